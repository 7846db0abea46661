import { dirname } from 'node:path'
import { prepareRules } from '../linter/prepare-rules.js'
import { existsSync } from 'node:fs'
import { ContentPathError, coreRules, defaultLimits, discoverContent } from '@roadmap/core/pipeline-light'
import type { FileCache } from '../cache/file-cache.js'
import { cacheKey } from '../cache/cache-key.js'
import { UsageError } from '../errors.js'
import { checkAcrossFiles } from '../linter/check-content.js'
import { checkLinks } from '../linter/check-links.js'
import { unparsedFile, type CheckedFile } from '../linter/checked-file.js'
import { ruleSet } from '../linter/rule-set.js'
import { applySettings, type LintSettings } from '../linter/settings.js'
import type { Rule } from '../rule/define-rule.js'
import { internalErrorRule } from '../rule/internal-error.js'
import { affectedBy } from './affected.js'
import { checkFiles } from './check-files.js'
import type { LinkChecks } from './link-source.js'

/** One run over the files on disk, as `lint()` asks for it. */
export interface FilesRun {
  paths: ReadonlyArray<string>
  cwd: string
  rules: ReadonlyArray<Rule>
  config: LintSettings
  cache?: FileCache | undefined
  changed?: ReadonlySet<string> | undefined
  keepModels?: boolean | undefined
}

/** Every file of a run, and those reported, with their messages as the configuration leaves them. */
export interface FilesResult {
  /** Every content file (and layout problem), sorted by path: the context of the checks across files. */
  all: CheckedFile[]
  /** The files named and selected (`changed`), sorted by path. */
  reported: CheckedFile[]
}

/**
 * Check the content once: discover, read and check each file (or take it
 * from the cache), hand each reported file's links to the link checks as
 * soon as it is checked, then the checks across files, the link rules on
 * the verdicts and the configuration. `keepText` keeps the text of every
 * file (`--fix` needs it); else only that of files with problems of their own.
 */
export async function lintFiles(run: FilesRun, links: LinkChecks | undefined, keepText: boolean): Promise<FilesResult> {
  const { folders, problems, isNamed } = await discoverContent(run.paths, run.cwd).catch((error: unknown) => {
    // A path that is not content is a usage error of whoever named it.
    throw error instanceof ContentPathError ? new UsageError(error.message, { cause: error }) : error
  })
  const { config } = run
  const set = ruleSet(run.rules, config)
  const limits = config.limits ?? defaultLimits
  const affected = run.changed ? affectedBy(run.changed) : undefined
  const isSelected = (file: CheckedFile) => isNamed(file.path) && (affected ? affected(file) : true)
  const selected = new Set<string>()

  const cache = run.keepModels ? undefined : run.cache
  cache?.useKey(cacheKey({ rules: run.rules, config: { ...config, limits } }))
  const urls = new Map([...coreRules, ...run.rules, internalErrorRule].map((rule) => [rule.meta.id, rule.meta.url]))
  const work = folders.flatMap((folder) => folder.files.map((path) => ({ path, roadmapId: folder.id })))
  // Only once a file must be parsed: a run the cache answers whole loads no dictionary.
  let prepared: Promise<void> | undefined
  const contentRoots = [...new Set(folders.map((folder) => dirname(folder.path)))]
  const all = await checkFiles(work, {
    check: { rules: set.file, optionsOf: set.optionsOf, limits, keepModels: run.keepModels },
    ready: () => {
      prepared ??= prepareRules(set.file, contentRoots)
      return prepared
    },
    cache,
    urlOf: (ruleId) => urls.get(ruleId),
    yieldBetween: links !== undefined,
    onChecked: (file) => {
      if (!keepText && file.file.messages.length === 0) (file.file as { value: unknown }).value = undefined
      if (!isSelected(file)) return
      selected.add(file.path)
      // A file the configuration ignores is still reported for the rules no
      // configuration silences (`applySettings`); only its links are not checked.
      if (!config.isIgnored(file.path)) links?.add(file.path, file.summary.links)
    }
  })
  for (const problem of [...problems, ...folders.flatMap((folder) => folder.problems)]) {
    const file = unparsedFile(problem, '')
    if (isSelected(file)) selected.add(file.path)
    all.push(file)
  }
  all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  const byPath = new Map(all.map((file) => [file.path, file]))
  const across = checkAcrossFiles(
    all.map((file) => file.summary),
    { rules: set.content, optionsOf: set.optionsOf, exists: existsSync }
  )
  for (const diagnostic of across) byPath.get(diagnostic.file ?? '')?.file.messages.push(diagnostic)

  const reported = all.filter((file) => selected.has(file.path))
  const verdicts = await links?.verdicts()
  for (const file of reported) {
    const ignored = config.isIgnored(file.path)
    if (verdicts && !ignored)
      file.file.messages.push(...checkLinks(file.summary, verdicts(file.path), set.link, set.optionsOf))
    file.file.messages = applySettings(file.file.messages, file.suppressions, config.severities, ignored)
  }
  return { all, reported }
}
