import { createDiagnostic } from '@roadmap/core/pipeline-light'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { describe, expect, it } from 'vitest'
import { codeActions } from './code-actions.js'

const text = '---\ntitle: A\n---\n\nProse with a problem.\n\n* [Guide](https://example.com "article")\n'
const document = TextDocument.create('file:///repo/content/backend/01-a.md', 'markdown', 1, text)
const at = (line: number, ruleId: string, fix?: { range: [number, number]; text: string }) =>
  createDiagnostic('/repo/content/backend/01-a.md', `Problem of ${ruleId}`, {
    ruleId,
    place: { start: { line, column: 1 }, end: { line, column: 2 } },
    ...(fix ? { fix } : {})
  })
const whole = { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }
const edits = (actions: ReturnType<typeof codeActions>, title: string) =>
  actions.find((action) => action.title === title)?.edit?.changes?.[document.uri]

describe('codeActions', () => {
  it('puts a disable comment on the line before prose, and at the end of a list item', () => {
    const actions = codeActions(document, [at(5, 'heading-increment'), at(7, 'list-marker')], whole)
    expect(edits(actions, 'Disable heading-increment for this line')).toEqual([
      {
        range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
        newText: '<!-- roadmap-lint-disable-next-line heading-increment -->\n'
      }
    ])
    expect(edits(actions, 'Disable list-marker for this line')?.[0]?.newText).toBe(
      ' <!-- roadmap-lint-disable-line list-marker -->'
    )
  })

  it('offers no disable comment for the content format’s rules, nor inside the frontmatter', () => {
    const actions = codeActions(document, [at(5, 'heading-depth'), at(2, 'title-max-length')], whole)
    expect(actions.map((action) => action.title)).toEqual([])
  })

  it('turns a fix into a quick fix, and every fix into one fix-all edit', () => {
    const fix = { range: [text.indexOf('* ['), text.indexOf('* [') + 1] as [number, number], text: '-' }
    const actions = codeActions(document, [at(7, 'list-marker', fix)], {
      start: { line: 6, character: 0 },
      end: { line: 6, character: 0 }
    })
    expect(actions.map((action) => [action.title, action.kind])).toEqual([
      ['Fix: Problem of list-marker', 'quickfix'],
      ['Disable list-marker for this line', 'quickfix'],
      ['Fix all roadmap-lint problems', 'source.fixAll.roadmap']
    ])
    expect(edits(actions, 'Fix all roadmap-lint problems')).toEqual([
      { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } }, newText: '-' }
    ])
  })
})
