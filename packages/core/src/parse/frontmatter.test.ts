import type { Position } from 'unist'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { RoadmapFrontmatterSchema, StepFrontmatterSchema } from '../schema/frontmatter.js'
import type { Diagnostic } from '../diagnostic.js'
import { readFrontmatter } from './frontmatter.js'
import { parseMarkdown } from './markdown.js'

function read(markdown: string) {
  const file = new VFile({ path: 'backend/01-step.md', value: markdown })
  const frontmatter = readFrontmatter(file, parseMarkdown(file), StepFrontmatterSchema)
  const messages = file.messages.map(
    (message) =>
      `${span(message.place as Position)} ${message.ruleId}${message.fatal ? '' : ' (warning)'} ${message.reason}`
  )
  return { ...frontmatter, messages }
}

function span(position: Position | undefined): string {
  if (!position) return 'nowhere'
  if (!('start' in position)) return `${(position as { line: number }).line}:${(position as { column: number }).column}`
  return `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
}

const valid =
  '---\ntitle: Databases\nsummary: Store data.\nlevel: beginner\nrequires: [apis, backend/security-basics]\n---\n\nText.\n'

describe('readFrontmatter: valid data and positions', () => {
  test('gives the validated data and the raw YAML', () => {
    const { data, raw, messages } = read(valid)
    const expected = {
      title: 'Databases',
      summary: 'Store data.',
      level: 'beginner',
      requires: ['apis', 'backend/security-basics']
    }
    expect(data).toEqual(expected)
    expect(raw).toEqual(expected)
    expect(messages).toEqual([])
  })

  test('positions point at values, flow list items and the block', () => {
    const { positionOf, position } = read(valid)
    expect(span(positionOf(['title']))).toBe('2:8-2:17')
    expect(span(positionOf(['level']))).toBe('4:8-4:16')
    expect(span(positionOf(['requires', 0]))).toBe('5:12-5:16')
    expect(span(positionOf(['requires', 1]))).toBe('5:18-5:41')
    expect(span(positionOf(['requires']))).toBe('5:11-5:42')
    expect(span(position)).toBe('1:1-6:4')
    // No value there: the whole block.
    expect(span(positionOf(['tags']))).toBe('1:1-6:4')
    expect(span(positionOf([]))).toBe('1:1-6:4')
  })

  test('block list items have their own positions', () => {
    const { positionOf } = read('---\ntitle: T\nsummary: S\nlevel: beginner\nrequires:\n  - apis\n  - databases\n---\n')
    expect(span(positionOf(['requires', 0]))).toBe('6:5-6:9')
    expect(span(positionOf(['requires', 1]))).toBe('7:5-7:14')
  })

  test('CRLF line endings give the same positions', () => {
    const { positionOf, messages } = read(valid.replaceAll('\n', '\r\n'))
    expect(messages).toEqual([])
    expect(span(positionOf(['requires', 1]))).toBe('5:18-5:41')
  })
})

describe('readFrontmatter: schema problems at the key or value', () => {
  test('an empty value is reported at its key', () => {
    const { data, messages, positionOf } = read('---\ntitle:\nsummary: S\nlevel: beginner\n---\n')
    expect(data).toBeUndefined()
    expect(span(positionOf(['title']))).toBe('2:1-2:6')
    expect(messages).toEqual(['2:1-2:6 frontmatter-invalid Unexpected `title` value (empty), expected a string'])
  })

  test('unknown keys, wrong types and missing keys', () => {
    const { messages } = read('---\ntitle: 42\nsummary: {a: 1}\nlevle: beginner\nrequires: databases\n---\n')
    // In document order (zod reports in its own order; parsing a file sorts them).
    expect(messages.toSorted(byLine)).toEqual([
      '1:1-6:4 frontmatter-required Missing frontmatter key `level`, expected a level: `beginner`, `intermediate` or `advanced`',
      '2:8-2:10 frontmatter-invalid Unexpected `title` value `42`, expected a string',
      '3:10-3:16 frontmatter-invalid Unexpected `summary` value (a map), expected a string',
      '4:1-4:6 frontmatter-unknown-key Unexpected frontmatter key `levle`; did you mean `level`?',
      '5:11-5:20 frontmatter-invalid Unexpected `requires` value `databases`, expected a list of step ids'
    ])
  })

  test('a misspelled level gets a did-you-mean; a word far from every level gets the list', () => {
    expect(read('---\ntitle: T\nsummary: S\nlevel: intermidiate\n---\n').messages).toEqual([
      '4:8-4:20 frontmatter-invalid Unexpected `level` value `intermidiate`, expected a level: `beginner`, `intermediate` or `advanced`; did you mean `intermediate`?'
    ])
    expect(read('---\ntitle: T\nsummary: S\nlevel: expert\n---\n').messages).toEqual([
      '4:8-4:14 frontmatter-invalid Unexpected `level` value `expert`, expected a level: `beginner`, `intermediate` or `advanced`'
    ])
  })

  test('a bad list item is reported at the item', () => {
    const { messages } = read('---\ntitle: T\nsummary: S\nlevel: beginner\nrequires:\n  - apis\n  - Not An Id\n---\n')
    expect(messages).toEqual([
      '7:5-7:14 frontmatter-invalid Unexpected `requires.1` value `Not An Id`, expected a step id such as `databases` or `backend/databases`'
    ])
  })

  test('a date that does not exist, and a summary of two sentences', () => {
    const file = new VFile({
      path: 'backend/roadmap.md',
      value: '---\ntitle: T\ndescription: One. Two.\nupdated: 2026-02-30\n---\n'
    })
    readFrontmatter(file, parseMarkdown(file), RoadmapFrontmatterSchema)
    expect(file.messages.map((message) => `${span(message.place as Position)} ${message.reason}`)).toEqual([
      '3:14-3:23 Unexpected `description` value `One. Two.`, expected one sentence; move the rest into the introduction',
      '4:10-4:20 Unexpected `updated` value `2026-02-30`, expected a day from `01` to `28` in `YYYY-MM-DD`; February 2026 has 28 days'
    ])
  })

  test.each([
    ['2026-13-01', 'expected a month from `01` to `12` in `YYYY-MM-DD`; month `13` does not exist'],
    ['2026-04-31', 'expected a day from `01` to `30` in `YYYY-MM-DD`; April 2026 has 30 days'],
    [
      '2026-02-29',
      'expected a day from `01` to `28` in `YYYY-MM-DD`; February 2026 has 28 days (2026 is not a leap year)'
    ],
    ['2026-1-5', 'expected a date written `YYYY-MM-DD`, such as `2026-11-26`; did you mean `2026-01-05`?']
  ])('the date `%s` is reported with the part that is wrong', (date, expected) => {
    const file = new VFile({
      path: 'backend/roadmap.md',
      value: `---\ntitle: T\ndescription: D.\nupdated: ${date}\n---\n`
    })
    readFrontmatter(file, parseMarkdown(file), RoadmapFrontmatterSchema)
    expect(file.messages.map((message) => `${message.ruleId} ${message.reason}`)).toEqual([
      `frontmatter-invalid Unexpected \`updated\` value \`${date}\`, ${expected}`
    ])
  })

  test('frontmatter that is a list, not a map', () => {
    expect(read('---\n- title\n---\n').messages).toEqual([
      '1:1-3:4 frontmatter-invalid Unexpected frontmatter value (a list), expected a map of keys such as `title: …`'
    ])
  })

  test('no frontmatter at all', () => {
    const { data, position, messages } = read('Text first.\n\n---\ntitle: T\n---\n')
    expect(data).toBeUndefined()
    expect(position).toBeUndefined()
    expect(messages).toEqual([
      '1:1 frontmatter-missing Missing frontmatter, expected a `---` block of YAML at the top of the file'
    ])
  })
})

describe('readFrontmatter: YAML problems are diagnostics, never throws', () => {
  test.each([
    [
      "an unquoted value with a colon, at the colon (the issue's example)",
      'title: Containers: images, registries and runtimes\n',
      '2:18-2:20 yaml-syntax Unexpected `: ` in the value of `title` (YAML reads it as a nested key), expected the value in quotes: `title: "Containers: images, registries and runtimes"`'
    ],
    [
      'a value with two colons, once',
      'title: Tools: git: basics\n',
      '2:13-2:15 yaml-syntax Unexpected `: ` in the value of `title` (YAML reads it as a nested key), expected the value in quotes: `title: "Tools: git: basics"`'
    ],
    [
      'a value that starts with a backtick',
      'title: `npm` scripts\n',
      '2:8-2:9 yaml-syntax Unexpected `` ` `` at the start of the value of `title` (YAML reserves it), expected the value in quotes: ``title: "`npm` scripts"``'
    ],
    [
      'text after a quoted part',
      'title: "Hello" world\n',
      `2:16-2:21 yaml-syntax Unexpected \`world\` after \`"Hello"\` in the value of \`title\`, expected the whole value in quotes: \`title: '"Hello" world'\``
    ],
    [
      'a key written twice',
      'title: A\ntitle: B\n',
      '3:1-3:6 yaml-syntax Unexpected duplicate frontmatter key `title`, expected each key once; remove one of them'
    ],
    [
      'a tab as indentation',
      'requires:\n\t- apis\n',
      '3:1-3:2 yaml-syntax Unexpected tab in the indentation, expected spaces (YAML does not allow tabs there)'
    ],
    [
      'an alias without its anchor',
      'title: *name\n',
      '2:8-2:13 yaml-syntax Unexpected YAML: Unresolved alias (the anchor must be set before the alias): name'
    ]
  ])('%s', (_, yaml, expected) => {
    const { data, raw, messages } = read(`---\n${yaml}---\n`)
    expect(data).toBeUndefined()
    expect(raw).toBeUndefined()
    expect(messages).toEqual([expected])
  })

  test('an unclosed `[` is reported where it is, with where the parser gave up as related information', () => {
    const file = new VFile({
      path: 'backend/01-step.md',
      value: '---\ntitle: [Draft APIs\nsummary: S\nlevel: beginner\n---\n'
    })
    readFrontmatter(file, parseMarkdown(file), StepFrontmatterSchema)
    const [message, ...rest] = file.messages as Array<Diagnostic>
    expect(rest).toEqual([])
    expect(`${span(message?.place as Position)} ${message?.ruleId} ${message?.reason}`).toBe(
      '2:8-2:9 yaml-syntax Unexpected unclosed `[` in the frontmatter, expected a `]` to end the list; add it, or put the value in quotes if the `[` is part of the text (`title: "[Draft] APIs"`)'
    )
    expect(message?.related?.map((related) => `${span(related.place as Position)} ${related.message}`)).toEqual([
      '3:1-3:2 The YAML parser stopped here: Flow sequence in block collection must be sufficiently indented and end with a ]'
    ])
  })

  test.each([
    [
      'a `requires` list',
      'title: T\nrequires: [apis, databases\nsummary: S\n',
      '3:11-3:12 yaml-syntax Unexpected unclosed `[` in the frontmatter'
    ],
    [
      'a quote',
      'title: "Draft\nsummary: S\n',
      '2:8-2:9 yaml-syntax Unexpected unclosed `"` in the frontmatter, expected a closing `"` to end the value; add it where the value ends'
    ]
  ])('an unclosed %s too', (_, yaml, expected) => {
    const { messages } = read(`---\n${yaml}---\n`)
    expect(messages).toHaveLength(1)
    expect(messages[0]?.startsWith(expected)).toBe(true)
  })

  test('CR-only line endings: one message that names them, at the first one', () => {
    const { messages } = read('---\rtitle: T\rsummary: S\rlevel: beginner\r---\r\rText.\r')
    expect(messages).toEqual([
      '2:9-3:1 yaml-syntax Unexpected carriage return (CR) line ending in the frontmatter: YAML reads only LF and CRLF as line breaks; convert the file to LF line endings (`\\n`)'
    ])
  })

  test('aliases that expand without bound (a "billion laughs") are reported on the block', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const name of ['b', 'c', 'd', 'e']) {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1)
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`)
    }
    const { messages } = read(`---\n${laughs.join('\n')}\n---\n`)
    expect(messages).toEqual([
      '1:1-7:4 yaml-syntax Unexpected YAML: Excessive alias count indicates a resource exhaustion attack'
    ])
  })

  test('a YAML warning is a warning, and the data is still checked', () => {
    const { messages } = read('---\ntitle: !custom T\nsummary: S\nlevel: beginner\n---\n')
    expect(messages).toEqual(['2:8-2:15 yaml-syntax (warning) Unexpected YAML: Unresolved tag: !custom'])
  })
})

function byLine(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10)
}
