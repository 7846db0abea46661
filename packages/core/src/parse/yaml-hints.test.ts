import { parseDocument } from 'yaml'
import { describe, expect, test } from 'vitest'
import { yamlHint } from './yaml-hints.js'

/** The hints for a YAML source, with the text each one points at. */
function hints(source: string) {
  return parseDocument(source, { prettyErrors: false }).errors.map((error) => {
    const hint = yamlHint(error, source)
    return hint && { reason: hint.reason, at: source.slice(hint.range[0], hint.range[1]) }
  })
}

describe('yamlHint', () => {
  test('a `: ` in a plain value: at the `: `, with the line quoted', () => {
    const source = 'title: Containers: images, registries and runtimes\n'
    const [hint] = parseDocument(source, { prettyErrors: false }).errors.map((error) => yamlHint(error, source))
    // Column 18 of the example: offset 17 on the first line.
    expect(hint?.range).toEqual([17, 19])
    expect(hint?.reason).toBe(
      'Unexpected `: ` in the value of `title` (YAML reads it as a nested key), expected the value in quotes: `title: "Containers: images, registries and runtimes"`'
    )
  })

  test('a value with double quotes in it is quoted with single ones; a long one is cut; a comment is left out', () => {
    expect(hints('summary: Say "hi": then go\n')[0]?.reason).toContain(`\`summary: 'Say "hi": then go'\``)
    const long = `summary: Learn this: ${'word '.repeat(20).trim()} # note\n`
    expect(hints(long)[0]?.reason).toContain('`summary: "Learn this: word word word word word word word word word …"`')
  })

  test('a `: ` in a list item and on a continuation line', () => {
    expect(hints('requires:\n  - foo: bar: baz\n')[0]).toMatchObject({ at: ': ' })
    expect(hints('requires:\n  - foo: bar: baz\n')[0]?.reason).toContain('`foo: "bar: baz"`')
    // The `: ` is on the next line: no one-line fix to show.
    expect(hints('title: a\n  b: c\n')[0]).toEqual({
      reason: 'Unexpected `: ` in the value of `title` (YAML reads it as a nested key), expected the value in quotes',
      at: ': '
    })
  })

  test('a reserved first character: at it, in a code span that can hold a backtick', () => {
    expect(hints('title: `npm` basics\n')).toEqual([
      {
        reason:
          'Unexpected `` ` `` at the start of the value of `title` (YAML reserves it), expected the value in quotes: ``title: "`npm` basics"``',
        at: '`'
      }
    ])
    expect(hints('title: @scope/pkg\n')[0]?.reason).toContain('Unexpected `@` at the start of the value of `title`')
  })

  test('text after a value that ended early: at the text, with the whole value quoted', () => {
    expect(hints('title: [Draft] APIs\n')).toEqual([
      {
        reason:
          'Unexpected `APIs` after `[Draft]` in the value of `title`, expected the whole value in quotes: `title: "[Draft] APIs"`',
        at: 'APIs'
      }
    ])
    expect(hints('title: "Quoted" rest\n')[0]?.reason).toContain(`\`title: '"Quoted" rest'\``)
    expect(hints('title: *nix basics\n')[0]?.reason).toContain('`title: "*nix basics"`')
  })

  test('a tab as indentation says to use spaces', () => {
    expect(hints('requires:\n\t- apis\n')[0]?.reason).toBe(
      'Unexpected tab in the indentation, expected spaces (YAML does not allow tabs there)'
    )
  })

  test('other errors keep the parser reason', () => {
    expect(hints('title: "Draft\n')).toEqual([undefined])
  })
})
