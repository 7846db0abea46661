// Prose from a hostile pull request: every way CommonMark spells a link or an
// image, and every way a browser would still read `javascript:`.
import type { Position } from 'unist'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'
import { parseStep } from '../file/parse-file.js'
import { parseMarkdown } from '../parse/markdown.js'
import { reportUnsafeLinks, schemeOf } from './unsafe-links.js'

function unsafe(markdown: string): string[] {
  const file = new VFile({ path: 'backend/roadmap.md', value: markdown })
  reportUnsafeLinks(file, parseMarkdown(file), new Set())
  return file.messages.map((message) => {
    const { start, end } = message.place as Position
    return `${start.line}:${start.column}-${end.line}:${end.column} ${message.ruleId} ${message.reason}`
  })
}

function schemes(markdown: string): string[] {
  return unsafe(markdown).map((line) => /link scheme `([^`]*)`/.exec(line)?.[1] ?? line)
}

test('a browser reads the scheme after decoding entities, escapes, case, controls, tabs and line breaks', () => {
  expect(
    schemes(
      [
        '[a](javascript:alert(1))',
        '[b](jav&#x61;script:alert(1))',
        '[c](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
        '[d](javascript&colon;alert(1))',
        '[e](javascript\\:alert(1))',
        '[f](JaVaScRiPt:alert(1))',
        '[g](<java\tscript:alert(1)>)',
        '[h](&#1;javascript:alert(1))',
        '[i](<  javascript:alert(1)>)',
        '[j](data:text/html;base64,PHNjcmlwdD4=)',
        '[k](vbscript:msgbox(1))',
        '[l](file:///etc/passwd)',
        '<javascript:alert(1)>'
      ].join('\n\n')
    )
  ).toEqual([
    'javascript:',
    'javascript:',
    'javascript:',
    'javascript:',
    'javascript:',
    'javascript:',
    'javascript:',
    'javascript:',
    'javascript:',
    'data:',
    'vbscript:',
    'file:',
    'javascript:'
  ])
})

test('web pages, email addresses and relative links are fine', () => {
  expect(
    unsafe(
      [
        '[a](https://example.org/) [b](http://example.org/) [c](mailto:a@example.org) <https://example.org/> <a@example.org>',
        '[d](./02-apis.md#rest) [e](#top) [f](//example.org/) [g](page?x=javascript:alert(1)) [h](%6Aavascript:x)'
      ].join('\n\n')
    )
  ).toEqual([])
})

test('link definitions are checked where they are written, and a reference to one is not reported again', () => {
  expect(unsafe('See [the docs][docs] and [again][docs].\n\n[docs]: javascript:alert(1)\n')).toEqual([
    '3:1-3:28 link-scheme Unexpected link scheme `javascript:` in `javascript:alert(1)`, expected `https:`, `http:`, `mailto:` or a relative link; link to a web page instead'
  ])
})

test('images anywhere: inline, by reference, inside a link and in a heading', () => {
  expect(
    unsafe(
      '## ![logo](https://t.example/logo.png) Topic\n\nA ![pixel](https://tracker.example/p.gif "x") and ![ref][img].\n\n- [![badge](https://t.example/b.svg)](https://example.org/ "article")\n\n[img]: https://t.example/i.png\n'
    ).map((line) => line.split(' ').slice(0, 4).join(' '))
  ).toEqual([
    '1:4-1:39 image-unexpected Unexpected image',
    '3:3-3:46 image-unexpected Unexpected image',
    '3:51-3:62 image-unexpected Unexpected image',
    '5:4-5:37 image-unexpected Unexpected image'
  ])
})

test("a step's resources are left to resource-url: one message, never two, for a hostile resource", () => {
  const step = `---\ntitle: APIs\nsummary: Design them.\nlevel: beginner\n---\n\nWhy [x](javascript:a).\n\n## REST\n\nWhat [y](data:x).\n\n- [Spec](javascript:alert(1) "official")\n- [Two](javascript:b "article") and more\n`
  const { file } = parseStep(step, { path: 'backend/01-apis.md' })
  expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
    '7:5 link-scheme',
    '11:6 link-scheme',
    '13:3 resource-url',
    // Not a resource (the item holds more than its link): its link is checked as prose.
    '14:1 resource-format',
    '14:3 link-scheme'
  ])
})

test('schemeOf: lower-cased, as the WHATWG URL parser finds it; none for relative URLs', () => {
  expect(schemeOf(' \u0000JAVA\nSCRIPT:x ')).toBe('javascript')
  expect(schemeOf('\uFFFDjavascript:x')).toBe('javascript')
  expect(schemeOf('https://example.org/')).toBe('https')
  expect(schemeOf('./x.md')).toBeUndefined()
  expect(schemeOf('1http:x')).toBeUndefined()
  expect(schemeOf('')).toBeUndefined()
})
