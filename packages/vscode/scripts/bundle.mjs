// Bundles the extension and the language server with esbuild, so the .vsix
// holds everything it runs (no node_modules: `vsce package --no-dependencies`).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')
rmSync(dist, { recursive: true, force: true })

// The extension host loads CommonJS; `vscode` is the host's own module.
await build({
  entryPoints: [join(root, 'src/extension.ts')],
  outfile: join(dist, 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning'
})

// The server runs in its own Node process, as ESM like its packages; the
// banner gives the bundled CommonJS dependencies the `require` they call.
const require = createRequire(import.meta.url)
const server = join(dirname(require.resolve('@roadmap/language-server/package.json')), 'dist/bin.js')
const lintPackage = require.resolve('@roadmap/lint/package.json', { paths: [dirname(server)] })

// `@roadmap/lint` reads its version from its package.json beside its dist/
// when loaded; in the bundle there is none, so its version is written in.
const lintVersion = {
  name: 'roadmap-lint-version',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]lint[\\/]dist[\\/]version\.js$/ }, () => ({
      contents: `export const version = ${JSON.stringify(JSON.parse(readFileSync(lintPackage, 'utf8')).version)}`,
      loader: 'js'
    }))
  }
}
await build({
  entryPoints: [server],
  outfile: join(dist, 'server/server.mjs'),
  plugins: [lintVersion],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: {
    js: "import { createRequire as roadmapCreateRequire } from 'node:module'; const require = roadmapCreateRequire(import.meta.url);"
  },
  logLevel: 'warning'
})

// The rules' docs pages, for hovers on a diagnostic (the server reads them beside itself).
for (const name of ['core', 'lint']) {
  const from = join(
    dirname(require.resolve(`@roadmap/${name}/package.json`, { paths: [dirname(server)] })),
    'docs/rules'
  )
  if (!existsSync(from)) continue
  mkdirSync(join(dist, 'server/docs', name), { recursive: true })
  cpSync(from, join(dist, 'server/docs', name, 'rules'), { recursive: true })
}
