import type { ContentLimits, ContentParseResult } from '@roadmap/core'
import { loadParser, parseContentFile } from './parser.js'
import { readContentFile, summarizeFile } from '@roadmap/core/pipeline-light'
import { VFile } from 'vfile'
import type { FileRule } from '../rule/define-rule.js'
import { reportFor } from '../rule/report-for.js'
import { collectLinks } from './collect-links.js'
import { internalError } from '../rule/internal-error.js'
import { keepForCrossFile } from './keep-for-cross-file.js'
import type { IndexedFile } from '../rule/content.js'
import { readDisableComments, type DisableComment } from '../util/disable-comments.js'

/** What checking one file needs: all of it can cross to a worker thread but `rules`, which the worker has itself. */
export interface CheckFileOptions {
  rules: ReadonlyArray<FileRule>
  ruleOptions: ReadonlyMap<string, unknown>
  isOff: (ruleId: string) => boolean
  maxBytes: number | undefined
  /** What a file may hold before it is parsed. */
  limits: ContentLimits
  /** Keep the validated model of each file (to build the dataset). */
  keepModels?: boolean
  /** Resolves once the rules are prepared (`prepareRules`); awaited before the first file is checked. */
  ready?: (() => Promise<void>) | undefined
}

export interface AfterCheckOptions {
  /** Keep `http://` links for `url-insecure` (see `keepForCrossFile`). */
  keepInsecureLinks: boolean
  /** Called once the file is checked, with its tree and every link, before it is slimmed. */
  onChecked: (entry: IndexedFile) => void
}

/**
 * Read and check one file with the per-file rules: every message, every link
 * and what cross-file checks read, but no tree. A worker thread runs this, and
 * the main thread `afterCheck`.
 */
export async function checkContentFile(
  path: string,
  roadmapId: string,
  options: CheckFileOptions
): Promise<IndexedFile> {
  await loadParser()
  await options.ready?.()
  return checkRead(path, roadmapId, await readContentFile(path, options.maxBytes), options)
}

/** `checkContentFile` for a file already read (the cache reads it first, to hash it); parses only once `loadParser` has resolved. */
export function checkRead(
  path: string,
  roadmapId: string,
  read: { contents: Uint8Array } | { file: VFile },
  options: CheckFileOptions
): IndexedFile {
  return 'file' in read
    ? indexedFile(path, read.file, undefined, roadmapId)
    : checkFile(path, read.contents, roadmapId, options)
}

/**
 * Hand a checked file to `onChecked`, then keep only what cross-file rules
 * need. Call it as soon as the file is checked, with no `await` between: the
 * caller runs several files at once, and every link and message kept across
 * an `await` is alive at every collection, which costs a large library a
 * second of garbage collection (bench/README.md).
 */
export function afterCheck(indexed: IndexedFile, options: AfterCheckOptions): IndexedFile {
  options.onChecked(indexed)
  keepForCrossFile(indexed, { keepInsecureLinks: options.keepInsecureLinks })
  return indexed
}

/**
 * Check one file. An error thrown by a check (a bug, ours or a library's)
 * becomes an `internal-error` on this file: the run goes on.
 */
function checkFile(path: string, contents: Uint8Array, roadmapId: string, options: CheckFileOptions): IndexedFile {
  let parsed: ContentParseResult
  try {
    parsed = parseFile(path, contents, options)
  } catch (error) {
    const indexed = indexedFile(path, new VFile({ path }), undefined, roadmapId)
    indexed.file.messages.push(internalError(path, 'parsing', error))
    return indexed
  }
  const indexed = indexedFile(path, parsed.file, parsed, roadmapId)
  if (options.keepModels && parsed.kind === 'step' && parsed.value)
    indexed.model = { kind: 'step', value: parsed.value }
  if (options.keepModels && parsed.kind === 'roadmap' && parsed.value)
    indexed.model = { kind: 'roadmap', value: parsed.value }
  if (parsed.kind === 'unexpected' || !parsed.tree) return indexed

  let disableComments: DisableComment[]
  try {
    const { links, anchors } = collectLinks(parsed.file, parsed.tree, parsed.kind === 'step')
    indexed.links = links
    indexed.anchors = anchors
    disableComments = readDisableComments(parsed.tree)
    indexed.suppressions = disableComments.map(({ line, rules }) => ({ line, rules }))
  } catch (error) {
    parsed.file.messages.push(internalError(path, 'reading links and suppression comments', error))
    return indexed
  }

  for (const rule of options.rules) {
    if (options.isOff(rule.meta.id)) continue
    try {
      rule.check({
        file: parsed.file,
        parsed,
        links: indexed.links,
        disableComments,
        options: options.ruleOptions.get(rule.meta.id),
        report: (reason, place, fix) => reportFor(rule, parsed.file, indexed.fixes, reason, place, fix)
      })
    } catch (error) {
      parsed.file.messages.push(internalError(path, `running rule \`${rule.meta.id}\``, error))
    }
  }

  return indexed
}

function parseFile(path: string, contents: Uint8Array, options: CheckFileOptions): ContentParseResult {
  return parseContentFile(contents, {
    path,
    limits: options.limits,
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {})
  })
}

function indexedFile(
  path: string,
  file: VFile,
  parsed: ContentParseResult | undefined,
  roadmapId: string
): IndexedFile {
  const summary = summarizeFile(parsed, path, roadmapId)
  return {
    path,
    file,
    summary,
    model: undefined,
    roadmapId,
    anchors: new Set(),
    links: [],
    selected: true,
    fixes: new Map(),
    suppressions: [],
    secureHosts: new Set()
  }
}
