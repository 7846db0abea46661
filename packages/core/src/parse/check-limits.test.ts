import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { checkLimits } from './check-limits.js'
import { defaultLimits, type ContentLimits } from './limits.js'
import { parseStep } from '../file/parse-file.js'

const frontmatter = '---\ntitle: T\nsummary: S.\nlevel: beginner\n---\n\n'
/** Lines before the body in `body()`: the frontmatter and a blank line. */
const bodyStart = 7

/** `line:column rule-id` of every problem `checkLimits` reports, and whether the text passed. */
function check(text: string, limits: Partial<ContentLimits> = {}): { ok: boolean; problems: string[] } {
  const file = new VFile({ path: 'backend/01-x.md', value: text })
  const ok = checkLimits(file, text, { ...defaultLimits, ...limits })
  return { ok, problems: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`) }
}

function body(markdown: string): string {
  return frontmatter + markdown
}

describe('real content', () => {
  const content = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'backend')
  test.each(readdirSync(content))('content/backend/%s is within every limit', (name) => {
    expect(check(readFileSync(join(content, name), 'utf8'))).toEqual({ ok: true, problems: [] })
  })

  test('nested lists, quotes, emphasis, links and code spans as prose has them', () => {
    const prose = [
      '> A quote with **bold *and em* text** and a [link](https://example.org/a_b_c "article").',
      '',
      '- One `**/*.md` glob, `a_b`, `[x]` and `<b>` in code, snake_case and 2 * 3 * 4.',
      '  - Nested, with [a link](https://example.org/(x)) and _emphasis_.',
      '    1. Deeper, ordered: ***very*** strong.',
      ''
    ].join('\n')
    // Three lists, then strong emphasis around `very`: 5 deep; the scan counts the `***` as 3.
    expect(check(body(prose), { maxNesting: 6 })).toEqual({ ok: true, problems: [] })
    expect(check(body(prose), { maxNesting: 5 }).problems).toEqual([`${bodyStart + 4}:25 max-nesting`])
  })
})

describe('max-nesting', () => {
  test('block quotes: reported at the `>` that passes the limit', () => {
    expect(check(body(`${'>'.repeat(40)} text\n`))).toEqual({ ok: false, problems: [`${bodyStart}:33 max-nesting`] })
    expect(check(body(`${'> '.repeat(40)}text\n`))).toEqual({
      ok: false,
      problems: [`${bodyStart}:${2 * 32 + 1} max-nesting`]
    })
  })

  test('20,000 block quotes on a line of 20 KB: each limit it passes, found without parsing', () => {
    expect(check(body(`${'>'.repeat(20_000)} text\n`)).problems).toEqual([
      `${bodyStart}:10001 max-line-length`,
      `${bodyStart}:1 max-list-items`,
      `${bodyStart}:33 max-nesting`
    ])
  })

  test('lists nested by indentation: two columns a level at least', () => {
    const lines = Array.from({ length: 40 }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`)
    // Line `level + 1` has 2 × level spaces and a marker: at most level + 1 deep.
    expect(check(body(lines.join('\n')))).toEqual({ ok: false, problems: [`${bodyStart + 32}:65 max-nesting`] })
  })

  test('list markers on one line, bullets and ordered', () => {
    expect(check(body(`${'- '.repeat(33)}x\n`)).problems).toEqual([`${bodyStart}:65 max-nesting`])
    expect(check(body(`${'1. '.repeat(33)}x\n`)).problems).toEqual([`${bodyStart}:97 max-nesting`])
  })

  test('emphasis: the opener that passes the limit, also across the lines of a paragraph', () => {
    expect(check(body(`${'*a '.repeat(40)}x${' a*'.repeat(40)}\n`)).problems).toEqual([
      `${bodyStart}:${3 * 32 + 1} max-nesting`
    ])
    expect(check(body(`${'_a\n'.repeat(40)}`)).problems).toEqual([`${bodyStart + 32}:1 max-nesting`])
  })

  test('emphasis and brackets inside lists and quotes add up', () => {
    expect(check(body(`> > ${'[a '.repeat(31)}\n`)).problems).toEqual([`${bodyStart}:${4 + 3 * 30 + 1} max-nesting`])
  })

  test('brackets, images and links in links: open `[` count until they close', () => {
    expect(check(body(`${'['.repeat(33)}x${']'.repeat(33)}(u)\n`)).problems).toEqual([`${bodyStart}:33 max-nesting`])
    expect(check(body(`${'![a '.repeat(33)}x${'](u)'.repeat(33)}\n`)).problems).toEqual([
      `${bodyStart}:${4 * 32 + 2} max-nesting`
    ])
    expect(check(body(`${'[a](u) '.repeat(100)}\n`)).ok).toBe(true)
  })

  test('each paragraph starts afresh: a blank line, a list item, a heading', () => {
    expect(check(body(`${'*a\n\n'.repeat(40)}`)).ok).toBe(true)
    expect(check(body(`${'- *a\n'.repeat(40)}`)).ok).toBe(true)
    expect(check(body(`${'## *a\n'.repeat(40)}`)).ok).toBe(true)
  })

  test('a `>` line or an ordered item does not end a paragraph: a quote or `2.` continues it', () => {
    expect(check(body(`${'> *a\n'.repeat(40)}`)).problems).toEqual([`${bodyStart + 31}:3 max-nesting`])
    expect(check(body(`a\n${'2. *a\n'.repeat(40)}`)).problems).toEqual([`${bodyStart + 32}:4 max-nesting`])
  })

  test('closers close, and what can neither open nor close does not count', () => {
    expect(check(body(`${'*a* **b** _c_ a*b*c snake_case 2 * 3 '.repeat(50)}\n`), { maxInlineMarkup: 10_000 }).ok).toBe(
      true
    )
  })

  test('code spans on one line are skipped; escaped delimiters do not count', () => {
    expect(check(body(`${'`**/*[a` '.repeat(50)}\n`)).ok).toBe(true)
    expect(check(body(`${'\\*a \\[ '.repeat(50)}\n`)).ok).toBe(true)
  })

  test('the frontmatter is not Markdown', () => {
    expect(check(`---\ntitle: ${'['.repeat(100)}\n---\n\nText.\n`).ok).toBe(true)
  })

  test('a thematic break is not a list', () => {
    expect(check(body(`${'- '.repeat(40)}\n`)).ok).toBe(true)
  })
})

describe('the other limits', () => {
  test('max-lines: at the first line past the limit', () => {
    expect(check(body('Text.\n'.repeat(30)), { maxLines: 20 }).problems).toEqual(['21:1 max-lines'])
    expect(check(body('Text.\n'.repeat(13)), { maxLines: 20 }).ok).toBe(true)
  })

  test('max-line-length: at the first character past the limit, once', () => {
    expect(check(body(`${'x'.repeat(120)}\n${'y'.repeat(200)}\n`), { maxLineLength: 100 }).problems).toEqual([
      `${bodyStart}:101 max-line-length`
    ])
  })

  test('max-list-items: list items, and block quotes where they start', () => {
    expect(check(body('- a\n'.repeat(11)), { maxListItems: 10 }).problems).toEqual([
      `${bodyStart + 10}:1 max-list-items`
    ])
    // One block quote of 20 lines is one; ten quotes of one line are ten.
    expect(check(body('> a\n'.repeat(20)), { maxListItems: 10 }).ok).toBe(true)
    expect(check(body('> a\n\n'.repeat(11)), { maxListItems: 10 }).problems).toEqual([
      `${bodyStart + 20}:1 max-list-items`
    ])
  })

  test('max-inline-markup: per paragraph, at the first piece past the limit', () => {
    // Two pieces of markup per link: `[` and `]`.
    expect(check(body(`${'[a](u) '.repeat(6)}\n`), { maxInlineMarkup: 10 }).problems).toEqual([
      `${bodyStart}:36 max-inline-markup`
    ])
    expect(check(body('[a](u)\n\n'.repeat(20)), { maxInlineMarkup: 10 }).ok).toBe(true)
    expect(check(body(`${'a_ '.repeat(11)}\n`), { maxInlineMarkup: 10 }).problems).toEqual([
      `${bodyStart}:32 max-inline-markup`
    ])
    expect(check(body(`</${'<!--'.repeat(11)}\n`), { maxInlineMarkup: 10 }).problems).toEqual([
      `${bodyStart}:39 max-inline-markup`
    ])
  })

  test('max-file-markup: in the whole file, at the line that passes the limit', () => {
    // Ten paragraphs of four pieces: each under the paragraph limit, 40 in all.
    const text = body('[a](u) [b](u)\n\n'.repeat(10))
    expect(check(text, { maxInlineMarkup: 10, maxFileMarkup: 40 }).ok).toBe(true)
    expect(check(text, { maxInlineMarkup: 10, maxFileMarkup: 30 }).problems).toEqual([
      `${bodyStart + 14}:1 max-file-markup`
    ])
  })

  test('every limit passed is reported, each once', () => {
    const text = body(`${'*a '.repeat(40)}\n${'x'.repeat(200)}\n${'- a\n'.repeat(30)}`)
    expect(check(text, { maxLineLength: 100, maxListItems: 20, maxLines: 30 }).problems).toEqual([
      `${bodyStart}:101 max-line-length`,
      `${bodyStart}:97 max-nesting`,
      `${bodyStart + 22}:1 max-list-items`,
      '31:1 max-lines'
    ])
  })
})

describe('parseStep', () => {
  test('a file past a limit is reported and not parsed', () => {
    const result = parseStep(body(`${'>'.repeat(40)} text\n`), { path: 'backend/01-deep.md' })
    expect(result.tree).toBeUndefined()
    expect(result.value).toBeUndefined()
    expect(
      result.diagnostics.map(
        (diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId} ${diagnostic.reason}`
      )
    ).toEqual([
      `${bodyStart}:33 max-nesting Unexpected nesting deeper than 32 levels (lists, block quotes, and emphasis or \`[\` brackets still open), expected at most 32; flatten the Markdown here`
    ])
  })

  test('limits are options; the defaults fill in the rest', () => {
    const text = body('Intro.\n\n## Topic\n\nText.\n\n- [A](https://example.org "article")\n')
    expect(parseStep(text, { path: 'backend/01-x.md' }).value).toBeDefined()
    expect(
      parseStep(text, { path: 'backend/01-x.md', limits: { maxLines: 5 } }).diagnostics.map(
        (diagnostic) => diagnostic.ruleId
      )
    ).toEqual(['max-lines'])
  })
})
