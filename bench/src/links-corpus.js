// The link benchmark's library as a second corpus shape for the structure
// benchmark (`--shape links`): the same 5,000 steps, 20 resources each.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const benchRoot = fileURLToPath(new URL('..', import.meta.url))

/** The link benchmark's library, with the config it needs (`url-insecure` off); undefined until `pnpm bench:links` has written it. */
export function linksCorpus(count) {
  const root = join(benchRoot, '.corpus', `links-${count}`)
  if (!existsSync(join(root, 'content'))) return undefined
  const markdownFiles = spawnSync('find', [join(root, 'content'), '-name', '*.md'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n').length
  const roadmaps = spawnSync('find', [join(root, 'content'), '-mindepth', '1', '-maxdepth', '1', '-type', 'd'], {
    encoding: 'utf8'
  })
    .stdout.trim()
    .split('\n').length
  const bytes = Number(spawnSync('du', ['-sb', join(root, 'content')], { encoding: 'utf8' }).stdout.split('\t')[0])
  return {
    generated: false,
    folder: join(root, 'content'),
    config: join(root, 'roadmap-lint.config.json'),
    manifest: {
      shape: 'links',
      steps: markdownFiles - roadmaps,
      roadmaps,
      markdownFiles: markdownFiles + 1,
      bytes,
      linesPerStep: '–',
      linksPerStep: 20
    }
  }
}
