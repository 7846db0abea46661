import { expect, test } from 'vitest'
import { markdownToHtml } from './markdown.js'

test('Markdown becomes HTML', () => {
  expect(
    markdownToHtml('Use **indexes** and [`EXPLAIN`](https://www.postgresql.org/docs/current/sql-explain.html).')
  ).toBe(
    '<p>Use <strong>indexes</strong> and <a href="https://www.postgresql.org/docs/current/sql-explain.html"><code>EXPLAIN</code></a>.</p>'
  )
  expect(markdownToHtml('### Junior developer\n\n- one\n- two')).toBe(
    '<h3>Junior developer</h3>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>'
  )
})

test('raw HTML and comments never reach the page', () => {
  expect(markdownToHtml('<!-- roadmap-lint-disable-next-line x -->\nText <b onclick="alert(1)">bold</b>.')).toBe(
    '<p>Text bold.</p>'
  )
  expect(markdownToHtml('<script>alert(1)</script>')).toBe('')
})

test('links that run code lose their target', () => {
  expect(markdownToHtml('[click](javascript:alert(1))')).toBe('<p><a>click</a></p>')
})
