// `roadmap-lint --offline` must not load the link checker (undici and its
// request machinery): the checker is imported only when links are checked;
// nor the Markdown parser before a file must be parsed. Read from the built
// files, as Node loads them: an `import { type X }` that TypeScript keeps as
// `import {} from 'x'` still loads `x`.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')

/** The packages the static imports of `entry` reach, following this package's own files. */
function packagesLoaded(entry: string): Set<string> {
  const packages = new Set<string>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const [, specifier = ''] of text.matchAll(
      /^(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm
    )) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier))
      else packages.add(specifier)
    }
  }
  visit(join(dist, entry))
  return packages
}

test('the CLI loads the link checker only when links are checked', () => {
  if (!existsSync(join(dist, 'cli', 'bin.js'))) throw new Error('Build @roadmap/lint first: `pnpm build`')
  const loaded = [...packagesLoaded(join('cli', 'bin.js'))].filter((name) => !name.startsWith('node:'))
  expect(loaded).toContain('@roadmap/links/config')
  expect(loaded).not.toContain('@roadmap/links')
  expect(loaded).not.toContain('undici')
  // The package's root entry too: an app that lints content offline.
  expect([...packagesLoaded('index.js')]).not.toContain('@roadmap/links')
})

test('a run that checks links leaves the checker (undici, zod) to its thread: the main thread only posts URLs', () => {
  const loaded = [...packagesLoaded(join('cli', 'link-run.js'))].filter((name) => !name.startsWith('node:'))
  expect(loaded).toContain('@roadmap/links/thread')
  expect(loaded).not.toContain('@roadmap/links')
  expect(loaded).not.toContain('undici')
})

test('the CLI loads the Markdown parser only when a file must be parsed', () => {
  // A run that the content cache answers whole parses nothing: the parse
  // (remark, yaml and the core's zod schemas) loads with the first file parsed.
  const loaded = [...packagesLoaded(join('cli', 'bin.js'))]
  expect(loaded).toContain('@roadmap/core/pipeline-light')
  expect(
    loaded.filter((name) => /^(?:@roadmap\/core(?:\/pipeline)?$|unified|remark-|micromark|yaml$)/.test(name))
  ).toEqual([])
})
