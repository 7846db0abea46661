import { stat } from 'node:fs/promises'
import { VFile } from 'vfile'
import type { Diagnostic } from '../diagnostic.js'
import { ContentNotFoundError } from '../errors.js'
import { parseContentFile, type StepParseResult, type RoadmapParseResult } from '../parse/parse-file.js'
import { classifyContentPath } from '../parse/content-path.js'
import type { DecodeOptions } from '../parse/decode.js'
import type { Roadmap } from '../schema/roadmap.js'
import { assembleRoadmap } from '../validate/assemble.js'
import { missingRoadmapFile } from '../validate/roadmap-missing.js'
import { checkCrossFile } from '../validate/cross-file.js'
import type { RoadmapSource } from '../validate/sources.js'
import { discoverRoadmaps } from './discover.js'
import { readContentFile } from './read-content-file.js'

export type LoadOptions = DecodeOptions

export interface LoadResult {
  /** Every roadmap whose files have no errors, sorted by id, steps in order. */
  roadmaps: Roadmap[]
  /** Every problem found, sorted by file, line and column. */
  diagnostics: Diagnostic[]
  /** The parsed sources, for tools that check more (such as `@roadmap/lint`). */
  sources: RoadmapSource[]
}

/**
 * Load a `content/` folder (all roadmaps) or one roadmap folder, validate it
 * and return the roadmaps with every problem found. Throws only when the
 * folder itself does not exist (`ContentNotFoundError`).
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
  const sources: RoadmapSource[] = []

  for (const folder of folders) {
    const source: RoadmapSource = { id: folder.id, roadmap: undefined, steps: [], others: [...folder.problems] }
    const parsed = await Promise.all(folder.files.map((path) => loadFile(path, options)))
    for (const result of parsed) {
      if (result.kind === 'step') source.steps.push(result)
      else if (result.kind === 'roadmap') source.roadmap = result
      else source.others.push(result.file)
    }
    if (!source.roadmap) source.others.push(missingRoadmapFile(folder.path, folder.id))
    sources.push(source)
  }

  checkCrossFile(sources)

  const roadmaps = sources
    .map((source) => assembleRoadmap(source))
    .filter((roadmap): roadmap is Roadmap => roadmap !== undefined)
    .sort((a, b) => (a.id < b.id ? -1 : 1))

  const files = [...problems, ...sources.flatMap(filesOf)]
  return { roadmaps, diagnostics: sortDiagnostics(files.flatMap((file) => file.messages)), sources }
}

async function loadFile(path: string, options: LoadOptions) {
  // A file the layout has no place for is reported by name, without reading it.
  if (classifyContentPath(path).kind === 'unexpected') return parseContentFile('', { ...options, path })
  const read = await readContentFile(path, options.maxBytes)
  if ('file' in read) {
    return { kind: 'unexpected' as const, file: read.file }
  }
  return parseContentFile(read.contents, { ...options, path })
}

function filesOf(source: RoadmapSource): VFile[] {
  const files = [...source.others, ...source.steps.map((step: StepParseResult) => step.file)]
  if (source.roadmap) files.push((source.roadmap as RoadmapParseResult).file)
  return files
}

/** Sorted by file, then line, then column: the order people read a report in. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      compare(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
