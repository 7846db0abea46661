import { basename, dirname } from 'node:path'
import { defaultLimits, type Diagnostic, type FileSummary } from '@roadmap/core/pipeline-light'
import { resolveConfig } from '../config/load-config.js'
import type { Rule } from '../rule/define-rule.js'
import { lintRules } from '../rules/index.js'
import { checkAcrossFiles } from './check-content.js'
import { checkFile } from './check-file.js'
import { checkLinks, type VerdictOf } from './check-links.js'
import { ruleSet } from './rule-set.js'
import { applySettings, type LintSettings } from './settings.js'

/** The rest of the content, as the checks across files need it. */
export interface LintProject {
  /** The summary of every file of the content (`lint()`'s `summaries`); the one at this file's path is replaced by this text's. */
  files: ReadonlyArray<FileSummary>
  /** Whether anything exists at an absolute path (default: whether it is one of `files`). */
  exists?: (path: string) => boolean
  /** The link checker's verdict on a URL, where one is known (a cache): the link rules judge those links. */
  verdictOf?: VerdictOf
}

export interface LintTextOptions {
  /** The file's text, as an editor has it, saved or not (or its bytes). */
  text: string | Uint8Array
  /** Its absolute path: its name says what it is (`roadmap.md`, `NN-step-id.md`), its folder which roadmap. Never read. */
  path: string
  /** The rules to run besides the core's (default `lintRules`). */
  rules?: ReadonlyArray<Rule>
  /** Severities, options, `ignore` and limits: a resolved configuration (`loadConfig`); default none. */
  config?: LintSettings
  /** The rest of the content; without it, only the file's own checks run, none across files. */
  project?: LintProject
}

export interface LintTextResult {
  /** Every problem in the file, as `roadmap-lint` reports it: sorted, each fix on its message. */
  messages: Diagnostic[]
  /** What the checks across files read of this text: for the project view of the other files. */
  summary: FileSummary
}

/**
 * Lint one file's text: the pure linter under `lint()`, for an editor on
 * unsaved text. The content format's rules and the file rules, then, with
 * the other files' summaries, the checks across files (only their problems in
 * this file) and, with verdicts, the link rules; then the configuration and
 * the file's disable comments. No I/O: nothing is read or written.
 *
 * @example
 *   const { summaries } = await lint({ paths: ['content'], cwd, config })
 *   const { messages } = lintText({ text, path, config, project: { files: summaries } })
 */
export function lintText(options: LintTextOptions): LintTextResult {
  const { path, project } = options
  const rules = options.rules ?? lintRules
  const config = options.config ?? resolveConfig({}, undefined, { rules })
  const set = ruleSet(rules, config)
  const checked = checkFile(options.text, path, basename(dirname(path)), {
    rules: set.file,
    optionsOf: set.optionsOf,
    limits: config.limits ?? defaultLimits
  })
  const messages = [...checked.file.messages]
  if (project) {
    const files = [...project.files.filter((file) => file.path !== path), checked.summary].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0
    )
    const known = new Set(files.map((file) => file.path))
    const across = checkAcrossFiles(files, {
      rules: set.content,
      optionsOf: set.optionsOf,
      exists: project.exists ?? ((each) => known.has(each)),
      errorsOn: path
    })
    messages.push(...across.filter((message) => message.file === path))
    if (project.verdictOf) messages.push(...checkLinks(checked.summary, project.verdictOf, set.link, set.optionsOf))
  }
  return {
    messages: applySettings(messages, checked.suppressions, config.severities, config.isIgnored(path)),
    summary: checked.summary
  }
}
