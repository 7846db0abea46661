import type { FileSummary } from '@roadmap/core/pipeline-light'
import type { Location, Position } from 'vscode-languageserver'
import { URI } from 'vscode-uri'
import { requirementAt } from './requirement-at.js'

/**
 * Go to definition from a `requires` entry: the file of the step it names,
 * at its start (its frontmatter, with the title).
 *
 * @example
 *   definition(summary, position, project.summaries())?.uri // 'file:///repo/content/backend/04-databases.md'
 */
export function definition(
  file: FileSummary | undefined,
  position: Position,
  content: ReadonlyArray<FileSummary>
): Location | undefined {
  const target = requirementAt(file, position, content)?.target
  if (!target) return undefined
  const start = { line: 0, character: 0 }
  return { uri: URI.file(target.path).toString(), range: { start, end: start } }
}
