import { existsSync } from 'node:fs'
import type { FileSummary } from '@roadmap/core/pipeline-light'
import { findConfig, type LintTextResult, loadConfig, lintText, type LintSettings } from '@roadmap/lint'
import type { ContentPlace } from './content-path.js'
import { readContent } from './read-content.js'

/**
 * One content folder as the server knows it: the configuration beside it and
 * a summary of every file, from the editor's text for open files and from
 * disk for the rest, so the checks across files see unsaved edits.
 */
export class Project {
  readonly #summaries = new Map<string, FileSummary>()

  private constructor(
    readonly place: ContentPlace,
    readonly config: LintSettings
  ) {}

  /**
   * Read the configuration and every file of a content folder.
   * Throws the configuration's `ConfigError` when it is invalid.
   *
   * @example
   *   const project = await Project.open(contentPlaceOf(path))
   */
  static async open(place: ContentPlace, config?: LintSettings): Promise<Project> {
    config ??= await loadConfig(findConfig(place.root), { cwd: place.root })
    const project = new Project(place, config)
    for (const file of await readContent(place.contentDir)) {
      project.#summaries.set(file.path, lintText({ text: file.bytes, path: file.path, config }).summary)
    }
    return project
  }

  /**
   * Lint a file's text against the rest of the content, and keep its summary
   * for the other files' checks. `changed` says whether what other files'
   * checks read of it (its ids, requires, aliases) changed.
   *
   * @example
   *   const { messages } = project.lint(path, document.getText())
   */
  lint(
    path: string,
    text: string | Uint8Array
  ): LintTextResult & { before: FileSummary | undefined; changed: boolean } {
    const result = lintText({
      text,
      path,
      config: this.config,
      project: {
        files: [...this.#summaries.values()],
        exists: (each) => this.#summaries.has(each) || existsSync(each)
      }
    })
    const before = this.#summaries.get(path)
    this.#summaries.set(path, result.summary)
    return { ...result, before, changed: crossFileKey(before) !== crossFileKey(result.summary) }
  }

  /**
   * The other files whose checks across files may change when a file's
   * summary goes from `before` to `after`: those with the same step id in
   * its roadmap, or that require it, before or after.
   *
   * @example
   *   for (const summary of project.related(before, after)) relint(summary.path)
   */
  related(before: FileSummary | undefined, after: FileSummary): FileSummary[] {
    const keys = new Set<string>()
    for (const summary of [before, after]) if (summary?.step) keys.add(`${summary.roadmapId}/${summary.step.id}`)
    return this.summaries().filter(
      (summary) =>
        summary.path !== after.path &&
        summary.step !== undefined &&
        (keys.has(`${summary.roadmapId}/${summary.step.id}`) ||
          summary.step.requires.some((requirement) => keys.has(`${requirement.roadmap}/${requirement.step}`)))
    )
  }

  /** Forget a file deleted from disk. */
  remove(path: string): boolean {
    return this.#summaries.delete(path)
  }

  /** The summary of the file at `path`, when it is part of the content. */
  summaryOf(path: string): FileSummary | undefined {
    return this.#summaries.get(path)
  }

  /** Every file's summary, by path. */
  summaries(): FileSummary[] {
    return [...this.#summaries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }

  /**
   * The file of a step, by its roadmap and id.
   *
   * @example
   *   project.stepFile('backend', 'databases')?.path
   */
  stepFile(roadmap: string, step: string): FileSummary | undefined {
    return this.summaries().find((summary) => summary.roadmapId === roadmap && summary.step?.id === step)
  }
}

// What the checks across files read of a file: when it changes, other files' verdicts may too.
function crossFileKey(summary: FileSummary | undefined): string {
  if (!summary) return ''
  return JSON.stringify([
    summary.kind,
    summary.roadmap?.id,
    summary.step?.id,
    summary.step?.order,
    summary.step?.requires.map((requirement) => `${requirement.roadmap}/${requirement.step}`),
    summary.step?.aliases.map((alias) => alias.key),
    summary.step?.topics,
    summary.headings.map((heading) => heading.anchor)
  ])
}
