import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { parse } from '@astrojs/compiler'
import type { Node } from '@astrojs/compiler/types'
import { repoRoot } from './cruise.js'

/**
 * A copy of `apps/web/src` that dependency-cruiser can read, which does not
 * know `.astro` files: each becomes `<name>.astro.ts`, holding its
 * frontmatter and the scripts Astro bundles (not `is:inline` ones, which the
 * browser runs as written), found by Astro's own parser. An import of
 * `Page.astro` resolves to `Page.astro.ts` (the import plus `.ts`). Other
 * files are copied as they are. Rules see the paths they would see in the
 * repository (`apps/web/src/pages/index.astro.ts`).
 */
export async function webMirror(): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'roadmap-architecture-web-'))
  // The configuration names it, for TypeScript's settings.
  await cp(join(repoRoot, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'))
  const source = join(repoRoot, 'apps', 'web', 'src')
  for (const file of await readdir(source, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue
    const path = join(file.parentPath, file.name)
    const target = join(root, relative(repoRoot, path))
    await mkdir(dirname(target), { recursive: true })
    if (file.name.endsWith('.astro')) await writeFile(`${target}.ts`, await scriptOf(await readFile(path, 'utf8')))
    else await cp(path, target)
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) }
}

/** The TypeScript of a component: its frontmatter, then each bundled `<script>`. */
async function scriptOf(component: string): Promise<string> {
  const { ast } = await parse(component)
  const parts: string[] = []
  const visit = (node: Node) => {
    if (node.type === 'frontmatter') parts.push(node.value)
    if (node.type === 'element' && node.name === 'script' && !node.attributes.some((a) => a.name === 'is:inline'))
      parts.push(node.children.map((child) => ('value' in child ? child.value : '')).join(''))
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(ast)
  return parts.join('\n;\n')
}
