// The Markdown summary as a hostile pull request fills it: backticks, pipes,
// `<img>`, links, autolinks and line breaks in every field, rendered by a real
// GFM parser (micromark, as GitHub's cmark-gfm reads tables, code spans,
// escapes and autolink literals) with raw HTML allowed, as in a step summary.
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'
import { options } from './__fixtures__/results.js'
import { markdown } from './markdown.js'
import { messageCell, textCell } from './markdown-escape.js'

const hostile = [
  '`',
  '``',
  '` <img src=x onerror=alert(1)> `',
  'a|b',
  'a\\|b',
  '`a\\`|<img src=x>',
  '[phish](https://evil.example/)',
  '![pixel](https://tracker.example/p.gif)',
  '<a href="https://evil.example/">x</a>',
  'https://evil.example/ www.evil.example me@evil.example',
  'line\nbreak | <img src=y>',
  '&lt;img src=z&gt; &#x60;',
  '*emphasis* _x_ ~~s~~ # h',
  '\\` <img src=w> \\`'
]

function render(summary: string): string {
  return micromark(summary, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
}

function rows(html: string): string[][] {
  const body = html.split('<tbody>')[1] ?? ''
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => cell[1] ?? '')
  )
}

test('a value in any field of the summary stays text: one row of five cells, no HTML, no link', () => {
  const files = hostile.map((value) => {
    const file = new VFile({ path: `content/${value}.md` })
    const message = file.message(`Unexpected key \`${value}\`, expected \`title\`; ${value}`, {
      place: { line: 2, column: 1 },
      ruleId: `rule${value}`,
      source: 'roadmap-lint'
    })
    message.url = `https://example.org/${value}`
    Object.assign(message, { related: [{ message: `related ${value}`, place: { line: 1, column: 1 } }] })
    return file
  })
  const html = render(markdown(files, options()))
  const table = rows(html)
  expect(table).toHaveLength(hostile.length)
  for (const row of table) expect(row).toHaveLength(5)
  expect(html).not.toMatch(/<img|<a href="https:\/\/(evil|tracker)|<a href="mailto|<em>|<del>|<h1/)
  // The only links are the rule ids' docs, on their own host.
  expect([...html.matchAll(/<a href="([^"]*)"/g)].every((link) => link[1]?.startsWith('https://example.org/'))).toBe(
    true
  )
})

test('each value reads back as written', () => {
  for (const value of hostile) {
    const cell = rows(render(`| a |\n| --- |\n| ${textCell(value)} |\n`))[0]?.[0] ?? ''
    const text = cell
      .replace(/<br \/>|<br>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
    expect(text, JSON.stringify(value)).toBe(value)
  }
})

test('values stay in code spans where they can, and a message without backticks is plain text', () => {
  expect(messageCell('Unexpected key `a|b`, expected `title`')).toBe('Unexpected key `a\\|b`, expected `title`')
  expect(render(`| a |\n| --- |\n| ${messageCell('Unexpected key `a|b`')} |\n`)).toContain('<code>a|b</code>')
  expect(messageCell('Cannot reach `https://example.org/gone`: 404')).toBe(
    'Cannot reach `https://example.org/gone`: 404'
  )
  // A backslash would let `\|` end the cell: such a value is escaped text, between visible backticks.
  expect(messageCell('Unexpected `a\\|b`')).toBe('Unexpected \\`a\\\\\\|b\\`')
})

test('a value that holds a backtick, in a code span of two, stays one code span', () => {
  const message = 'Unexpected `` ` `` at the start of the value of `title`, expected ``title: "`npm` scripts"``'
  const html = render(`| a |\n| --- |\n| ${messageCell(message)} |\n`)
  expect(html).toContain(
    '<td>Unexpected <code>`</code> at the start of the value of <code>title</code>, expected <code>title: &quot;`npm` scripts&quot;</code></td>'
  )
  // Unpaired runs are text; a run is closed only by one as long.
  expect(render(`| a |\n| --- |\n| ${messageCell('a `` b ` c')} |\n`)).toContain('<td>a `` b ` c</td>')
  expect(render(`| a |\n| --- |\n| ${messageCell('Unexpected `a``b` and ` x `')} |\n`)).toContain(
    '<td>Unexpected <code>a``b</code> and <code>x</code></td>'
  )
})

test('runs of backticks that nothing closes stay text, however many', () => {
  // Runs of 1 to 200 backticks, each once: no run has one as long to close it.
  const message = Array.from({ length: 200 }, (_, index) => '`'.repeat(index + 1)).join(' x ')
  const html = render(`| a |\n| --- |\n| ${messageCell(message)} |\n`)
  expect(html).not.toContain('<code>')
})

test('a rule URL that is not a web page is no link', () => {
  const file = new VFile({ path: 'content/a.md' })
  const message = file.message('Bad', { ruleId: 'odd', source: 'roadmap-lint' })
  message.url = 'javascript:alert(1)'
  expect(markdown([file], options()).split('\n').at(-2)).toBe('| content/a.md | 1:1 | warning | odd | Bad |')
})
