import { dirname } from 'node:path'
import { prepareRules } from './prepare-rules.js'
import { ContentPathError, defaultLimits, type ContentLimits } from '@roadmap/core/pipeline-light'
import { checkCrossFile, discoverContent, readContentFile, summarizeFile } from '@roadmap/core/pipeline-light'
import type { ResolvedConfig } from '../config/load-config.js'
import type { ContentRule, FileRule, Rule } from '../rule/define-rule.js'
import { reportFor } from '../rule/report-for.js'
import { lintRuleIds } from '../rule-ids.js'
import { applySettings } from './apply-settings.js'
import type { ContentIndex, IndexedFile } from '../rule/content.js'
import { UsageError } from '../errors.js'
import { internalError } from '../rule/internal-error.js'
import { afterCheck, checkRead } from './lint-file.js'
import { FileCache } from './cache/file-cache.js'
import { cacheKey } from './cache/cache-key.js'
import { fromTransfer, toTransfer, type TransferredFile } from './threads/transfer-file.js'
import type { KeepOptions } from './keep-for-cross-file.js'
import { fileChecking } from './threads/file-checking.js'
import { runPool } from './run-pool.js'

/** Something that also checks the files as they are linted (the link checker). */
export interface LintExtension {
  /**
   * Called for each selected file that the configuration does not ignore, as
   * soon as it is checked, with its tree and
   * every link: start work early here. Afterwards the file keeps only what
   * cross-file rules read (no `https://` links, for one), so keep what
   * `finish` will need.
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
  /** Files read and parsed at once on the main thread (when there are no worker threads). */
  concurrency?: number
  /**
   * Threads that read and check files (default 1: the main thread only): the
   * main thread and `threads - 1` worker threads. `'auto'`: one per core,
   * less one when an extension is given (the link checker has a thread of its
   * own), and only as many as the run has `minFilesPerThread` files for (a
   * worker takes about 0.3 s of CPU to start, and on few cores threads gain
   * little). Workers are used only with the built-in rules and in the built
   * package. The results are the same either way.
   */
  threads?: number | 'auto'
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
  const contentRoots = [...new Set(folders.map((folder) => dirname(folder.path)))]
  // Only once a file is checked: a run the cache answers whole loads no dictionary.
  let prepared: Promise<void> | undefined
  const ready = () => {
    prepared ??= prepareRules(fileRules, isOff, contentRoots)
    return prepared
  }
  // A file the configuration ignores is still reported for the rules no
  // configuration silences (`applySettings`); only its links are not checked.
  const isSelected = (entry: IndexedFile) => isNamed(entry.path) && (options.select ? options.select(entry) : true)
  const isIgnored = (entry: IndexedFile) => options.config.isIgnored(entry.path)

  const hasExtensions = (options.extensions?.length ?? 0) > 0
  const keepInsecureLinks = !isOff(lintRuleIds.urlInsecure)
  const work = folders.flatMap((folder) => folder.files.map((path) => ({ path, roadmapId: folder.id })))
  const checkOptions = {
    rules: fileRules,
    ruleOptions: options.config.ruleOptions,
    isOff,
    maxBytes: options.maxBytes,
    limits: options.config.limits ?? defaultLimits,
    keepModels: options.keepModels ?? false,
    ready
  }
  const afterOptions = {
    keepInsecureLinks,
    onChecked: (checked: IndexedFile) => {
      checked.selected = isSelected(checked)
      if (checked.selected && !isIgnored(checked))
        for (const extension of options.extensions ?? []) extension.onFile?.(checked)
    }
  }
  // With no extension to read every link, a file from a thread or the cache
  // is rebuilt with only the links cross-file checks read.
  const slim = hasExtensions ? undefined : { keepInsecureLinks }
  const checking = fileChecking(
    options.threads ?? 1,
    work.length,
    {
      ...checkOptions,
      keepSources: options.keepSources !== false,
      concurrency: options.concurrency ?? 8,
      contentRoots
    },
    hasExtensions ? 1 : 0
  )
  const cache = options.keepModels ? undefined : options.cache
  cache?.useKey(
    cacheKey({
      rules: options.rules,
      config: { ...options.config, limits: checkOptions.limits },
      maxBytes: options.maxBytes
    })
  )
  const checkCached = async (path: string, roadmapId: string): Promise<IndexedFile> => {
    if (!cache) return asChecked(await checking.check(path, roadmapId), slim)
    const read = await readContentFile(path, checkOptions.maxBytes)
    if ('file' in read) return checkRead(path, roadmapId, read, checkOptions)
    const hash = FileCache.hash(read.contents)
    const hit = cache.get(path, roadmapId, hash)
    if (hit) return fromTransfer(hit, slim)
    const checked = await checking.check(path, roadmapId, read.contents)
    const transferred = 'entry' in checked ? checked : toTransfer(checked, { withValue: false })
    if (!transferred.messages.some((message) => message.ruleId === lintRuleIds.internalError))
      cache.set(path, hash, transferred)
    return asChecked(checked, slim)
  }
  const files = await runPool(work, checking.inFlight, async ({ path, roadmapId }) => {
    const entry = afterCheck(await checkCached(path, roadmapId), afterOptions)
    // Reading and parsing are synchronous: let the link checker's requests go
    // out between files, so links are checked while parsing goes on.
    if (hasExtensions && checking.threads === 1) await new Promise((resolve) => setImmediate(resolve))
    if (options.keepSources === false && entry.file.messages.length === 0)
      (entry.file as { value: unknown }).value = undefined
    return entry
  }).finally(() => checking.close())

  for (const file of problems) {
    const entry: IndexedFile = {
      path: file.path,
      file,
      summary: summarizeFile(undefined, file.path, ''),
      model: undefined,
      roadmapId: undefined,
      anchors: new Set(),
      links: [],
      selected: true,
      fixes: new Map(),
      suppressions: [],
      secureHosts: new Set()
    }
    entry.selected = isSelected(entry)
    files.push(entry)
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  const index: ContentIndex = { files, byPath: new Map(files.map((file) => [file.path, file])) }
  // A check across files that throws is a bug: reported as an internal error
  // on the first file, so the problems found so far still count.
  const guard = (stage: string, check: () => void) => {
    try {
      check()
    } catch (error) {
      const first = files[0]
      if (!first) throw error
      first.file.messages.push(internalError(first.path, stage, error))
    }
  }
  guard('checking across files', () => {
    for (const diagnostic of checkCrossFile(files.map((file) => file.summary)))
      index.byPath.get(diagnostic.file ?? '')?.file.messages.push(diagnostic)
  })
  for (const rule of contentRules) {
    if (isOff(rule.meta.id)) continue
    guard(`running rule \`${rule.meta.id}\` across files`, () =>
      rule.check({
        index,
        options: options.config.ruleOptions.get(rule.meta.id),
        report: (target, reason, place, fix) => reportFor(rule, target.file, target.fixes, reason, place, fix)
      })
    )
  }
  for (const extension of options.extensions ?? []) await extension.finish?.(index)

  const reported = files.filter((file) => file.selected)
  for (const file of reported) applySettings(file, options.config.severities, isIgnored(file))
  return { files: reported, index }
}

/** A checked file, rebuilt if it came from a thread. */
function asChecked(checked: IndexedFile | TransferredFile, slim: KeepOptions | undefined): IndexedFile {
  return 'entry' in checked ? fromTransfer(checked, slim) : checked
}
