import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folders whose code decides what checking a file gives: this package's and `@roadmap/core`'s. */
function codeFolders(): string[] {
  // This module is `<package>/(src|dist)/engine/cache/fingerprint.(ts|js)`.
  const own = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  const core = join(dirname(createRequire(import.meta.url).resolve('@roadmap/core/package.json')), 'dist')
  return [own, core]
}

function addFiles(hash: ReturnType<typeof createHash>, folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) addFiles(hash, path)
    else if (/\.(js|ts|json)$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name))
      hash.update(`${entry.name}\0`).update(readFileSync(path))
  }
}

/**
 * What a cached result depends on besides the file: the exact code of the
 * linter and the core (their files' bytes, so a rebuilt or upgraded package
 * never reuses results, whatever its version says) and the run's settings.
 */
export function cacheFingerprint(settings: unknown): string {
  const hash = createHash('sha256')
  for (const folder of codeFolders()) addFiles(hash, folder)
  hash.update(
    JSON.stringify(settings, (_, value: unknown) =>
      value instanceof Map ? [...value] : value instanceof Set ? [...value] : value
    )
  )
  return hash.digest('base64url')
}
