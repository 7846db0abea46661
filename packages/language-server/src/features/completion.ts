import type { FileSummary } from '@roadmap/core/pipeline-light'
import { resourceKinds } from '@roadmap/core/schema'
import { type CompletionItem, CompletionItemKind, type Position } from 'vscode-languageserver'
import { cursorContext } from './frontmatter-context.js'
import { frontmatterKeys } from './frontmatter-schema.js'

/** What completion needs to know of the file and the content around it. */
export interface CompletionSubject {
  /** The file's text, as the editor has it. */
  text: string
  /** The file's summary (its kind, roadmap and step id). */
  file: FileSummary
  /** Every file of the content. */
  content: ReadonlyArray<FileSummary>
}

/**
 * Completion at a position: frontmatter keys not yet written and the values
 * the JSON Schema lists, `requires` entries (this roadmap's step ids and
 * `roadmap/step` of the others), and resource kinds in a resource's title.
 *
 * @example
 *   complete({ text, file, content: project.summaries() }, { line: 4, character: 12 })
 */
export function complete(subject: CompletionSubject, position: Position): CompletionItem[] {
  const context = cursorContext(subject.text.split(/\r?\n/), position)
  const kind = subject.file.kind === 'roadmap' ? 'roadmap' : 'step'
  switch (context.kind) {
    case 'key':
      return frontmatterKeys(kind)
        .filter((key) => !context.present.has(key.name))
        .map((key) => ({
          label: key.name,
          kind: CompletionItemKind.Property,
          detail: key.required ? 'required' : 'optional',
          ...(key.description ? { documentation: key.description } : {}),
          insertText: key.list ? `${key.name}: []` : `${key.name}: `
        }))
    case 'value':
      return (frontmatterKeys(kind).find((key) => key.name === context.key)?.values ?? []).map((value) => ({
        label: value,
        kind: CompletionItemKind.EnumMember
      }))
    case 'list-entry':
      return context.key === 'requires' ? requiresEntries(subject) : []
    case 'resource-kind':
      return resourceKinds.map((value) => ({ label: value, kind: CompletionItemKind.EnumMember }))
    default:
      return []
  }
}

function requiresEntries({ file, content }: CompletionSubject): CompletionItem[] {
  const items: CompletionItem[] = []
  for (const other of content) {
    if (!other.step || other.path === file.path) continue
    const sameRoadmap = other.roadmapId === file.roadmapId
    const id = sameRoadmap ? other.step.id : `${other.roadmapId}/${other.step.id}`
    items.push({
      label: id,
      kind: CompletionItemKind.Reference,
      ...(other.step.title ? { detail: other.step.title } : {}),
      // This roadmap's steps first, in their order; then the others by roadmap.
      sortText: `${sameRoadmap ? 0 : 1}${other.roadmapId}/${String(other.step.order).padStart(2, '0')}`
    })
  }
  return items
}
