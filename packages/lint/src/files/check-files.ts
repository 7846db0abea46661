import type { FileCheckOptions } from '../linter/check-file.js'
import { readContentFile } from '@roadmap/core/pipeline-light'
import { FileCache } from '../cache/file-cache.js'
import { unparsedFile, type CheckedFile } from '../linter/checked-file.js'
import { lintRuleIds } from '../rule-ids.js'

/** How a run reads and checks its files. */
export interface CheckFilesOptions {
  check: FileCheckOptions
  /** Results of earlier runs by file content. */
  cache: FileCache | undefined
  /** The docs URL of each rule, for messages from the cache (a record keeps none). */
  urlOf: (ruleId: string) => string | undefined
  /** Called as soon as each file is checked, in the order they are. */
  onChecked: (file: CheckedFile) => void
  /** Let other work run between files (the link checker's requests). */
  yieldBetween: boolean
  /** Resolves once the rules are prepared (`prepareRules`); awaited before the first file is parsed. */
  ready: () => Promise<void>
}

/** The core's parse loads the Markdown and YAML parsers and the zod schemas: only once a file must be parsed. */
let checkFile: typeof import('../linter/check-file.js').checkFile | undefined

/**
 * Read and check every file, one after the other: from the content cache
 * when it has the file's bytes, else parsed (the parser is loaded with the
 * first file that must be, so a run the cache answers whole never loads it).
 * Reading is synchronous inside, and so is checking: one file in hand at a
 * time keeps memory flat.
 */
export async function checkFiles(
  work: ReadonlyArray<{ path: string; roadmapId: string }>,
  options: CheckFilesOptions
): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = []
  for (const { path, roadmapId } of work) {
    const file = await checkOne(path, roadmapId, options)
    options.onChecked(file)
    checked.push(file)
    // Let the link checker's requests go out between files, so links are
    // checked while parsing goes on.
    if (options.yieldBetween) await new Promise((resolve) => setImmediate(resolve))
  }
  return checked
}

async function checkOne(path: string, roadmapId: string, options: CheckFilesOptions): Promise<CheckedFile> {
  const read = await readContentFile(path)
  if ('file' in read) return unparsedFile(read.file, roadmapId)
  const hash = options.cache && FileCache.hash(read.contents)
  const hit = hash === undefined ? undefined : options.cache?.get(path, roadmapId, hash, options.urlOf)
  if (hit) return hit
  checkFile ??= (await import('../linter/check-file.js')).checkFile
  await options.ready()
  const checked = checkFile(read.contents, path, roadmapId, options.check)
  if (hash !== undefined && !checked.file.messages.some((message) => message.ruleId === lintRuleIds.internalError))
    options.cache?.set(path, hash, checked)
  return checked
}
