import { parseContentFile, readContentFile, type ContentParseResult } from '@roadmap/core'
import type { VFile } from 'vfile'
import { reportFor, type FileRule } from '../rule.js'
import { collectLinks } from './collect-links.js'
import type { IndexedFile } from './content-index.js'
import { readSuppressions } from './suppressions.js'

export interface LintFileOptions {
  rules: ReadonlyArray<FileRule>
  ruleOptions: ReadonlyMap<string, unknown>
  isOff: (ruleId: string) => boolean
  maxBytes: number | undefined
}

/**
 * Read, parse and check one file with the per-file rules. The result still
 * holds the tree and every link; the caller hands it to extensions, then
 * slims it with `keepForCrossFile`, so memory stays flat however many files
 * there are.
 */
export async function lintFile(path: string, roadmapId: string, options: LintFileOptions): Promise<IndexedFile> {
  const read = await readContentFile(path, options.maxBytes)
  if ('file' in read) return indexedFile(path, read.file, undefined, roadmapId)

  const parsed = parseContentFile(read.contents, { path, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) })
  const indexed = indexedFile(path, parsed.file, parsed, roadmapId)
  if (parsed.kind === 'unexpected' || !parsed.tree) return indexed

  const { links, anchors } = collectLinks(parsed.file, parsed.tree, parsed.kind === 'step')
  indexed.links = links
  indexed.anchors = anchors
  indexed.suppressions = readSuppressions(parsed.tree)

  for (const rule of options.rules) {
    if (options.isOff(rule.meta.id)) continue
    rule.check({
      file: parsed.file,
      parsed,
      links,
      options: options.ruleOptions.get(rule.meta.id),
      report: (reason, place, fix) => reportFor(rule, parsed.file, indexed.fixes, reason, place, fix)
    })
  }

  return indexed
}

function indexedFile(path: string, file: VFile, parsed: ContentParseResult | undefined, roadmapId: string): IndexedFile {
  return { path, file, parsed, roadmapId, anchors: new Set(), links: [], selected: true, fixes: new Map(), suppressions: [], secureHosts: new Set() }
}
