import type { ContentLimits, ContentParseResult } from '@roadmap/core'
import { parseContentFile } from '@roadmap/core/pipeline'
import { summarizeFile } from '@roadmap/core/pipeline-light'
import { VFile } from 'vfile'
import type { FileRule } from '../rule/define-rule.js'
import { internalError } from '../rule/internal-error.js'
import { reportFor } from '../rule/report-for.js'
import { readDisableComments, type DisableComment } from '../util/disable-comments.js'
import { unparsedFile, type CheckedFile } from './checked-file.js'

/** What checking one file needs besides its text. */
export interface FileCheckOptions {
  /** The file rules to run: those the configuration turns off are left out. */
  rules: ReadonlyArray<FileRule>
  /** Each rule's options, as the configuration resolved them. */
  optionsOf: (ruleId: string) => unknown
  /** What a file may hold before it is parsed. */
  limits: ContentLimits
  /** Keep the validated model (to build the dataset). */
  keepModels?: boolean | undefined
}

/**
 * Check one file's text: the core's parse (the content format's rules), then
 * the file rules; every message with its fix, and the summary the checks
 * across files read, but no tree. No I/O: the file at `path` is never read,
 * its name says what it is (`roadmap.md`, `NN-step-id.md`). An error a check
 * throws (a bug, ours or a library's) is an `internal-error` on the file.
 *
 * @example
 *   const checked = checkFile(text, '/repo/content/backend/03-databases.md', 'backend', options)
 */
export function checkFile(
  contents: string | Uint8Array,
  path: string,
  roadmapId: string,
  options: FileCheckOptions
): CheckedFile {
  let parsed: ContentParseResult
  try {
    parsed = parseContentFile(contents, { path, limits: options.limits })
  } catch (error) {
    const file = new VFile({ path })
    file.messages.push(internalError(path, 'parsing', error))
    return unparsedFile(file, roadmapId)
  }
  const checked: CheckedFile = {
    path,
    file: parsed.file,
    summary: summarizeFile(parsed, path, roadmapId),
    suppressions: [],
    model: undefined
  }
  if (options.keepModels && parsed.kind === 'step' && parsed.value)
    checked.model = { kind: 'step', value: parsed.value }
  if (options.keepModels && parsed.kind === 'roadmap' && parsed.value)
    checked.model = { kind: 'roadmap', value: parsed.value }
  if (parsed.kind === 'unexpected' || !parsed.tree) return checked

  let disableComments: DisableComment[]
  try {
    disableComments = readDisableComments(parsed.tree)
    checked.suppressions = disableComments.map(({ line, rules }) => ({ line, rules }))
  } catch (error) {
    parsed.file.messages.push(internalError(path, 'reading suppression comments', error))
    return checked
  }

  for (const rule of options.rules) {
    try {
      rule.check({
        file: parsed.file,
        parsed,
        summary: checked.summary,
        links: checked.summary.links,
        disableComments,
        options: options.optionsOf(rule.meta.id),
        report: (reason, place, fix) => reportFor(rule, parsed.file, reason, place, fix)
      })
    } catch (error) {
      parsed.file.messages.push(internalError(path, `running rule \`${rule.meta.id}\``, error))
    }
  }
  return checked
}
