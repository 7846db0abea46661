import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const source = dirname(fileURLToPath(import.meta.url))

/** The packages the link worker's module graph imports (type-only imports left out). */
function packagesImported(entry: string): Set<string> {
  const packages = new Set<string>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const [, from, bare] of text.matchAll(
      /^(?:import|export) (?!type )[^'"]*?from ['"]([^'"]+)['"]|^import ['"]([^'"]+)['"]/gm
    )) {
      const specifier = from ?? bare ?? ''
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')))
      else packages.add(specifier)
    }
  }
  visit(join(source, entry))
  return packages
}

test("the link checker's thread loads only the checker and its dependencies; zod only to read a cache file", () => {
  // It starts while the main thread reads the configuration: every module it
  // loads is time and memory taken from a run (bench/README.md). Its options
  // come already checked; the cache file's schema is imported when there is a file.
  const packages = [...packagesImported('worker.ts')].filter((name) => !name.startsWith('node:'))
  expect(packages.sort()).toEqual(['@roadmap/errors', 'fastest-levenshtein', 'undici'])
  expect(readFileSync(join(source, '..', 'cache', 'cache.ts'), 'utf8')).toContain("await import('./cache-schema.js')")
})

test('the `@roadmap/links/thread` entry loads neither the checker nor zod on the calling thread', () => {
  const packages = [...packagesImported(join('..', 'thread.ts'))]
  // The entry re-exports the thread's class: its graph was followed.
  expect(packages).toContain('node:worker_threads')
  // `@roadmap/errors` is one class, for the errors the entry throws.
  expect(packages.filter((name) => !name.startsWith('node:'))).toEqual(['@roadmap/errors'])
})
