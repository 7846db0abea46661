import { describe, expect, it } from 'vitest'
import { cursorContext } from './frontmatter-context.js'

const at = (text: string) => {
  const lines = text.replace('|', '').split('\n')
  const line = text.split('\n').findIndex((each) => each.includes('|'))
  const character = (text.split('\n')[line] ?? '').indexOf('|')
  return cursorContext(lines, { line, character })
}

describe('cursorContext', () => {
  it('reads a key being typed, with the keys already written', () => {
    expect(at('---\ntitle: A\nle|\n---\n')).toEqual({ kind: 'key', prefix: 'le', present: new Set(['title']) })
  })

  it('reads the value of a key', () => {
    expect(at('---\nlevel: be|\n---\n')).toEqual({ kind: 'value', key: 'level', prefix: 'be' })
  })

  it('reads an entry of a flow list and of a block list', () => {
    expect(at('---\nrequires: [databases, fr|]\n---\n')).toEqual({ kind: 'list-entry', key: 'requires', prefix: 'fr' })
    expect(at('---\nrequires:\n  - data|\n---\n')).toEqual({ kind: 'list-entry', key: 'requires', prefix: 'data' })
  })

  it('works while the frontmatter is still open', () => {
    expect(at('---\nrequires: [|')).toEqual({ kind: 'list-entry', key: 'requires', prefix: '' })
  })

  it('reads a resource kind in a link title, outside the frontmatter', () => {
    expect(at('---\ntitle: A\n---\n\n- [Guide](https://example.com "vi|')).toEqual({
      kind: 'resource-kind',
      prefix: 'vi'
    })
  })

  it('finds nothing in prose', () => {
    expect(at('---\ntitle: A\n---\n\nSome |text')).toEqual({ kind: 'none' })
  })
})
