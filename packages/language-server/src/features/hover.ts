import { readFileSync } from 'node:fs'
import type { Diagnostic, FileSummary } from '@roadmap/core/pipeline'
import { parseContentFile } from '@roadmap/core/pipeline'
import type { Hover, Position } from 'vscode-languageserver'
import { messageRange, rangeOf } from '../diagnostics/to-lsp.js'
import { contains } from './offsets.js'
import { requirementAt } from './requirement-at.js'
import { ruleDocs } from './rule-docs.js'

/** What a hover reads: the file, its last diagnostics, the content and the editor's text of open files. */
export interface HoverSubject {
  file: FileSummary | undefined
  messages: ReadonlyArray<Diagnostic>
  content: ReadonlyArray<FileSummary>
  /** The editor's text of a file when it is open, else `undefined` (read from disk). */
  textOf: (path: string) => string | undefined
}

/**
 * A hover: on a `requires` entry, the step it names (title and summary); on a
 * diagnostic, its rule's docs.
 *
 * @example
 *   hover({ file, messages, content, textOf }, { line: 4, character: 14 })
 */
export function hover(subject: HoverSubject, position: Position): Hover | undefined {
  const found = requirementAt(subject.file, position, subject.content)
  if (found) {
    const { requirement, target } = found
    const range = rangeOf(requirement.place)
    if (!target?.step) {
      return {
        range,
        contents: { kind: 'markdown', value: `No step \`${requirement.roadmap}/${requirement.step}\` in the content.` }
      }
    }
    const summary = stepSummary(target.path, subject.textOf(target.path))
    const title = target.step.title ?? target.step.id
    const value = [`**${title}** (\`${requirement.roadmap}/${requirement.step}\`)`, summary]
      .filter(Boolean)
      .join('\n\n')
    return { range, contents: { kind: 'markdown', value } }
  }
  const docs = subject.messages
    .filter((message) => message.ruleId && contains(messageRange(message), position))
    .map((message) => message.ruleId && ruleDocs(message.ruleId))
    .filter((page): page is string => Boolean(page))
  const unique = [...new Set(docs)]
  return unique.length > 0 ? { contents: { kind: 'markdown', value: unique.join('\n\n---\n\n') } } : undefined
}

function stepSummary(path: string, text: string | undefined): string | undefined {
  let source = text
  try {
    source ??= readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
  const parsed = parseContentFile(source, { path })
  return parsed.kind === 'step' ? parsed.draft?.summary : undefined
}
