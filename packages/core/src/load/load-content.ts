import { stat } from 'node:fs/promises'
import type { VFile } from 'vfile'
import { report, type Diagnostic } from '../diagnostic.js'
import { ContentNotFoundError } from '../errors.js'
import { classifyContentPath } from '../parse/content-path.js'
import type { DecodeOptions } from '../parse/decode.js'
import { parseContentFile, unexpectedResult, type ContentParseResult } from '../file/parse-file.js'
import { coreRuleIds } from '../rule-ids.js'
import type { ContentLimits } from '../parse/limits.js'
import type { Roadmap } from '../schema/roadmap.js'
import type { Step } from '../schema/step.js'
import { assembleRoadmap } from '../validate/assemble.js'
import { checkCrossFile } from '../rules/cross-file.js'
import { summarizeFile } from '../file/summarize.js'
import { discoverRoadmaps, type RoadmapFolder } from './discover.js'
import { readContentFile } from './read-content-file.js'

export interface LoadOptions extends DecodeOptions {
  /** Limits checked before each file is parsed (`defaultLimits` for any left out). */
  limits?: Partial<ContentLimits> | undefined
}

export interface LoadResult {
  /** Every roadmap whose files have no errors, sorted by id, steps in order. */
  roadmaps: Roadmap[]
  /** Every problem found, sorted by file, line and column. */
  diagnostics: Diagnostic[]
}

/**
 * Load a `content/` folder (all roadmaps) or one roadmap folder, validate it
 * and return the roadmaps with every problem found: the pipeline (discover →
 * read → parse → validate → cross-file) without the linter's rules. Throws
 * only when the folder itself does not exist (`ContentNotFoundError`).
 *
 * @example
 *   const { roadmaps, diagnostics } = await loadContent('content')
 */
export async function loadContent(directory: string, options: LoadOptions = {}): Promise<LoadResult> {
  try {
    if (!(await stat(directory)).isDirectory()) throw new Error('not a folder')
  } catch (cause) {
    throw new ContentNotFoundError(directory, { cause })
  }

  const { folders, problems } = await discoverRoadmaps(directory)
  const loaded = await Promise.all(
    folders.map(async (folder) => ({
      folder,
      files: await Promise.all(folder.files.map((path) => loadFile(path, options)))
    }))
  )
  const files = new Map<string, VFile>()
  for (const { folder, files: parsed } of loaded) {
    for (const file of [...folder.problems, ...parsed.map((result) => result.file)]) files.set(file.path, file)
  }
  const summaries = loaded.flatMap(({ folder, files: parsed }) =>
    parsed.map((result) => summarizeFile(result, result.file.path, folder.id))
  )
  for (const diagnostic of checkCrossFile(summaries)) files.get(diagnostic.file ?? '')?.messages.push(diagnostic)

  const roadmaps = loaded
    .map(({ folder, files: parsed }) => roadmapOf(folder, parsed))
    .filter((roadmap): roadmap is Roadmap => roadmap !== undefined)
    .sort((a, b) => (a.id < b.id ? -1 : 1))

  const all = [...problems, ...files.values()]
  return { roadmaps, diagnostics: sortDiagnostics(all.flatMap((file) => file.messages)) }
}

async function loadFile(path: string, options: LoadOptions): Promise<ContentParseResult> {
  // A file the layout has no place for is reported by name, without reading it.
  if (classifyContentPath(path).kind === 'unexpected') return parseContentFile('', { ...options, path })
  const read = await readContentFile(path, options.maxBytes)
  if ('file' in read) return unexpectedResult(read.file)
  return parseContentFile(read.contents, { ...options, path })
}

/** The roadmap of a folder none of whose files has an error. */
function roadmapOf(folder: RoadmapFolder, parsed: ReadonlyArray<ContentParseResult>): Roadmap | undefined {
  const files = [...folder.problems, ...parsed.map((result) => result.file)]
  if (files.some((file) => file.messages.some((message) => message.fatal === true))) return undefined
  const roadmapFile = parsed.find((result) => result.kind === 'roadmap')
  if (roadmapFile?.kind !== 'roadmap' || !roadmapFile.value) return undefined
  const steps = parsed.flatMap((result) => (result.kind === 'step' && result.value ? [result.value as Step] : []))
  const assembled = assembleRoadmap(roadmapFile.value, steps)
  if ('roadmap' in assembled) return assembled.roadmap
  report(roadmapFile.file, assembled.error, { ruleId: coreRuleIds.unexpectedContent, place: { line: 1, column: 1 } })
  return undefined
}

/** Sorted by file, then line, then column: the order people read a report in. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => compare(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
