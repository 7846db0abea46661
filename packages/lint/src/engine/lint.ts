import { ContentPathError, defaultLimits, type ContentLimits } from '@roadmap/core/pipeline-light'
import {
  checkContent,
  coreContentRules,
  coreRules,
  discoverContent,
  readContentFile
} from '@roadmap/core/pipeline-light'
import { summarizeFile } from '@roadmap/core/pipeline-light'
import { existsSync } from 'node:fs'
import type { ResolvedConfig } from '../config/load-config.js'
import type { ContentRule, FileRule, Rule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { applySettings } from './apply-settings.js'
import type { ContentIndex, IndexedFile } from '../rule/content.js'
import { UsageError } from '../errors.js'
import { internalError, internalErrorRule } from '../rule/internal-error.js'
import { checkContentFile, checkRead } from './lint-file.js'
import { FileCache } from './cache/file-cache.js'
import { cacheKey } from './cache/cache-key.js'
import { loadParser } from './parser.js'
import { runPool } from './run-pool.js'

/** Something that also checks the files as they are linted (the link checker). */
export interface LintExtension {
  /**
   * Called for each selected file that the configuration does not ignore, as
   * soon as it is checked (its summary has every link): start work early here.
   */
  onFile?: (file: IndexedFile) => void
  /** Called once every file is parsed and checked; may add messages to the files. */
  finish?: (index: ContentIndex) => Promise<void>
}

export interface LintOptions {
  /** Files or folders to lint: a `content/` folder, roadmap folders or Markdown files. */
  paths: ReadonlyArray<string>
  cwd: string
  rules: ReadonlyArray<Rule>
  /** Severities, options and ignores; `limits` defaults to the core's `defaultLimits`. */
  config: Pick<ResolvedConfig<unknown>, 'severities' | 'ruleOptions' | 'isIgnored'> & { limits?: ContentLimits }
  /** Report only on files this accepts; the rest are context (`--changed`). */
  select?: (entry: IndexedFile) => boolean
  /** Largest content file, in bytes. */
  maxBytes?: number
  /**
   * Keep the text of files that have no problem after their own checks
   * (default `true`). `--fix` needs them; a plain run drops them to keep
   * memory flat and reads a file again only to show a code frame.
   */
  keepSources?: boolean
  extensions?: ReadonlyArray<LintExtension>
  /** Keep each file's validated model (`IndexedFile.model`), to build the dataset from the run. */
  keepModels?: boolean
  /**
   * Results of earlier runs by file content (`openFileCache`): a file whose
   * bytes are unchanged is not parsed or checked again, when the results were
   * kept by the same tool, rules and configuration (`cacheKey`). Cross-file
   * checks and extensions still see every file. Not used with `keepModels`:
   * models come from the parse, never from a cache. The caller saves it
   * (`cache.save()`), or discards what the run wrote (`cache.discard()`) if
   * the run failed.
   */
  cache?: FileCache
}

export interface LintResult {
  /**
   * The reported files (named and selected), sorted by path. A file the
   * configuration ignores keeps only the messages no configuration silences
   * (the core's rules, `internal-error`).
   */
  files: IndexedFile[]
  index: ContentIndex
}

/**
 * Lint content: the core's parse and cross-file checks, then the rules, then
 * extensions; every problem in one run. Library code: it never prints.
 *
 * @example
 *   const { files } = await lint({ paths: ['content'], cwd: process.cwd(), rules: lintRules, config })
 */
export async function lint(options: LintOptions): Promise<LintResult> {
  const {
    folders,
    problems: layoutProblems,
    isNamed
  } = await discoverContent(options.paths, options.cwd).catch((error: unknown) => {
    // A path that is not content is a usage error of whoever named it.
    throw error instanceof ContentPathError ? new UsageError(error.message, { cause: error }) : error
  })
  const problems = [...layoutProblems, ...folders.flatMap((folder) => folder.problems)]
  const fileRules = options.rules.filter((rule): rule is FileRule => rule.scope === 'file')
  const contentRules = options.rules.filter((rule): rule is ContentRule => rule.scope === 'content')
  const isOff = (ruleId: string) => options.config.severities.get(ruleId) === 'off'
  // A file the configuration ignores is still reported for the rules no
  // configuration silences (`applySettings`); only its links are not checked.
  const isSelected = (entry: IndexedFile) => isNamed(entry.path) && (options.select ? options.select(entry) : true)
  const isIgnored = (entry: IndexedFile) => options.config.isIgnored(entry.path)

  const hasExtensions = (options.extensions?.length ?? 0) > 0
  const work = folders.flatMap((folder) => folder.files.map((path) => ({ path, roadmapId: folder.id })))
  const checkOptions = {
    rules: fileRules,
    ruleOptions: options.config.ruleOptions,
    isOff,
    maxBytes: options.maxBytes,
    limits: options.config.limits ?? defaultLimits,
    keepModels: options.keepModels ?? false
  }
  const check = async (path: string, roadmapId: string, contents?: Uint8Array): Promise<IndexedFile> => {
    if (!contents) return checkContentFile(path, roadmapId, checkOptions)
    await loadParser()
    return checkRead(path, roadmapId, { contents }, checkOptions)
  }
  const cache = options.keepModels ? undefined : options.cache
  const urls = new Map(
    [...coreRules, ...options.rules, internalErrorRule].map((rule) => [rule.meta.id, rule.meta.url] as const)
  )
  const urlOf = (ruleId: string) => urls.get(ruleId)
  cache?.useKey(
    cacheKey({
      rules: options.rules,
      config: { ...options.config, limits: checkOptions.limits },
      maxBytes: options.maxBytes
    })
  )
  const checkCached = async (path: string, roadmapId: string): Promise<IndexedFile> => {
    if (!cache) return check(path, roadmapId)
    const read = await readContentFile(path, checkOptions.maxBytes)
    if ('file' in read) return checkRead(path, roadmapId, read, checkOptions)
    const hash = FileCache.hash(read.contents)
    const hit = cache.get(path, roadmapId, hash, urlOf)
    if (hit) return hit
    const checked = await check(path, roadmapId, read.contents)
    if (!checked.file.messages.some((message) => message.ruleId === lintRuleIds.internalError))
      cache.set(path, hash, checked)
    return checked
  }
  // Reading is synchronous inside: a few files in hand at once only overlap
  // the promises around it.
  const files = await runPool(work, 8, async ({ path, roadmapId }) => {
    const entry = await checkCached(path, roadmapId)
    entry.selected = isSelected(entry)
    if (entry.selected && !isIgnored(entry)) for (const extension of options.extensions ?? []) extension.onFile?.(entry)
    // Reading and parsing are synchronous: let the link checker's requests go
    // out between files, so links are checked while parsing goes on.
    if (hasExtensions) await new Promise((resolve) => setImmediate(resolve))
    if (options.keepSources === false && entry.file.messages.length === 0)
      (entry.file as { value: unknown }).value = undefined
    return entry
  })

  for (const file of problems) {
    const entry: IndexedFile = {
      path: file.path,
      file,
      summary: summarizeFile(undefined, file.path, ''),
      model: undefined,
      roadmapId: undefined,
      selected: true,
      suppressions: []
    }
    entry.selected = isSelected(entry)
    files.push(entry)
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  const index: ContentIndex = { files, byPath: new Map(files.map((file) => [file.path, file])) }
  const diagnostics = checkContent(
    [...coreContentRules, ...contentRules.filter((rule) => !isOff(rule.meta.id))],
    { files: files.map((file) => file.summary), exists: existsSync },
    {
      optionsOf: (ruleId) => options.config.ruleOptions.get(ruleId),
      // A check across files that throws is a bug: reported as an internal
      // error on the first file, so the problems found so far still count.
      onError: (rule, error) => {
        const first = files[0]
        if (!first) throw error
        first.file.messages.push(internalError(first.path, `running rule \`${rule.meta.id}\` across files`, error))
      }
    }
  )
  for (const diagnostic of diagnostics) index.byPath.get(diagnostic.file ?? '')?.file.messages.push(diagnostic)
  for (const extension of options.extensions ?? []) await extension.finish?.(index)

  const reported = files.filter((file) => file.selected)
  for (const file of reported) applySettings(file, options.config.severities, isIgnored(file))
  return { files: reported, index }
}
