import { defaultLimits, type FileSummary } from '@roadmap/core/pipeline-light'
import type { FileModel } from '@roadmap/core/pipeline'
import type { VFile } from 'vfile'
import type { FileCache } from '../cache/file-cache.js'
import { resolveConfig } from '../config/load-config.js'
import type { Rule } from '../rule/define-rule.js'
import type { LintSettings } from '../linter/settings.js'
import { lintRules } from '../rules/index.js'
import { fixFiles, type FixSummary } from './fix-files.js'
import type { LinkChecks } from './link-source.js'
import { lintFiles } from './lint-files.js'
import { reportsOf } from './reports.js'

export interface LintOptions {
  /** Files or folders to lint: a `content/` folder, roadmap folders or Markdown files. */
  paths: ReadonlyArray<string>
  /** Where `paths` are relative to, and the reported files' paths too. */
  cwd: string
  /** The rules to run besides the core's (default `lintRules`). */
  rules?: ReadonlyArray<Rule>
  /** Severities, options, `ignore` and limits: a resolved configuration (`loadConfig`); default none. */
  config?: LintSettings
  /**
   * Results of earlier runs by file content (`openFileCache`): a file whose
   * bytes are unchanged is not parsed or checked again, when the results were
   * kept by the same tool, rules and configuration (`cacheKey`). The checks
   * across files and the link checks still see every file. Not used with
   * `keepModels`: models come from the parse, never from a cache. The caller
   * saves it (`cache.save()`), or discards what the run wrote
   * (`cache.discard()`) if the run failed.
   */
  cache?: FileCache
  /**
   * Absolute paths of the files a change touched (`--changed`, `changedFiles`):
   * only the files they affect are reported (`affectedBy`); every file is
   * still read, as the context of the checks across files.
   */
  changed?: ReadonlySet<string>
  /** The link checks (`createLinkChecks`): without them, no link is checked. */
  links?: LinkChecks
  /**
   * Apply the safe fixes and write the files (`--fix`), then lint again: the
   * result is what is left, at its place in the files as they are now.
   */
  fix?: boolean
  /** Keep each file's validated model (`LintResult.models`), to build the dataset from the run. */
  keepModels?: boolean
}

/** A content file's validated model, when it has one. */
export interface ContentFileModel {
  /** Absolute path. */
  path: string
  roadmapId: string
  /** `undefined` when the file has an error of its own (or is not a step or `roadmap.md`). */
  model: FileModel['model'] | undefined
}

export interface LintResult {
  /**
   * The reported files (named and, with `changed`, affected), sorted by path:
   * each a VFile with its path relative to `cwd` (with `/`), its messages
   * (each fix on its message) and, when it has any, its text (for code
   * frames): what `formatters` take as they are. A file the configuration
   * ignores keeps only the messages no configuration silences (the core's
   * rules, `internal-error`).
   */
  files: VFile[]
  /** Every content file's summary, reported or not: the project view `lintText` takes. */
  summaries: FileSummary[]
  /** With `keepModels`, every content file's model; else empty. */
  models: ContentFileModel[]
  /** With `fix`, what the fixes did. */
  fixed?: FixSummary
}

/**
 * Lint content on disk: discover the files, read each (or take it from the
 * content cache), check it (`checkFile`), then the checks across files
 * (`checkAcrossFiles`), the link rules on the link checker's verdicts and
 * the configuration; with `fix`, apply the fixes and lint again. Every
 * problem in one run. Library code: it never prints.
 *
 * @example
 *   const config = await loadConfig(findConfig(process.cwd()))
 *   const { files } = await lint({ paths: ['content'], cwd: process.cwd(), config })
 *   process.stdout.write(formatters.stylish(files, { color: false, rules: allRuleMeta, version }))
 */
export async function lint(options: LintOptions): Promise<LintResult> {
  const rules = options.rules ?? lintRules
  const config = options.config ?? resolveConfig({}, undefined, { rules })
  const run = { ...options, rules, config }
  // `--fix` needs every file's text; a plain run drops the text of a file
  // without problems and reads it again only to show a code frame.
  let result = await lintFiles(run, options.links, options.fix === true)
  let fixed: FixSummary | undefined
  if (options.fix) {
    fixed = await fixFiles(result.reported, config.limits ?? defaultLimits)
    // Report what is left at its place in the files as they are now, by the
    // link verdicts known, without new requests.
    if (fixed.files.length > 0 || fixed.changed.length > 0) result = await lintFiles(run, options.links?.replay(), true)
  }
  return {
    files: reportsOf(result.reported, options.cwd),
    summaries: result.all.map((file) => file.summary),
    models: options.keepModels
      ? result.all.map((file) => ({ path: file.path, roadmapId: file.summary.roadmapId, model: file.model }))
      : [],
    ...(fixed ? { fixed } : {})
  }
}
