import type { FileSummary } from '@roadmap/core/pipeline-light'
import { type DocumentSymbol, type Range, SymbolKind } from 'vscode-languageserver'
import { rangeOf } from '../diagnostics/to-lsp.js'
import { contains } from './offsets.js'

/**
 * The outline of a content file: the step (or roadmap) and, in it, its
 * topics (`##` headings) with their resources, or a roadmap's sections.
 *
 * @example
 *   documentSymbols(summary, lineCount) // [{ name: 'Databases', children: [{ name: 'SQL', … }] }]
 */
export function documentSymbols(file: FileSummary, lineCount: number): DocumentSymbol[] {
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: Math.max(0, lineCount - 1), character: 0 } }
  const topics = file.headings
    .filter((heading) => heading.depth === 2)
    .map((heading, index, all) => {
      const next = all[index + 1]
      const range: Range = {
        start: rangeOf(heading.position).start,
        end: next ? rangeOf(next.position).start : whole.end
      }
      const resources = file.links
        .filter((link) => link.resource && contains(range, rangeOf(link.position).start))
        .map<DocumentSymbol>((link) => ({
          name: link.url,
          kind: SymbolKind.Field,
          range: rangeOf(link.position),
          selectionRange: rangeOf(link.position)
        }))
      return {
        name: heading.text || heading.anchor,
        detail: file.kind === 'step' ? 'topic' : 'section',
        kind: file.kind === 'step' ? SymbolKind.Class : SymbolKind.Namespace,
        range,
        selectionRange: rangeOf(heading.position),
        children: resources
      } satisfies DocumentSymbol
    })
  const name = file.step?.title ?? file.roadmap?.title ?? file.step?.id ?? file.roadmap?.id ?? file.path
  return [
    {
      name,
      detail: file.kind === 'step' ? `step ${file.roadmapId}/${file.step?.id ?? ''}` : `roadmap ${file.roadmapId}`,
      kind: file.kind === 'step' ? SymbolKind.Module : SymbolKind.Package,
      range: whole,
      selectionRange: { start: whole.start, end: whole.start },
      children: topics
    }
  ]
}
