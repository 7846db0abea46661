import { expect, test } from 'vitest'
import { fixedContent, lintContent, ofRule, resourceMd, stepMd } from '../../test/helpers/content.js'

const http = resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP')
const methods = resourceMd('MDN: methods', 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Methods')

function withList(list: string, intro?: string): string {
  return stepMd(`## REST\n\nResources and methods.\n\n${list}`, intro === undefined ? {} : { intro })
}

test('reports `*` and `+` markers, at the marker', async () => {
  const messages = await lintContent({
    'backend/01-apis.md': withList(`* ${http}\n* ${methods}\n`, 'Learn:\n\n+ resources\n+ methods')
  })
  expect(ofRule(messages, 'list-marker')).toEqual([
    'backend/01-apis.md:9:1-9:2 warning list-marker Unexpected list marker `+`, expected `-`',
    'backend/01-apis.md:10:1-10:2 warning list-marker Unexpected list marker `+`, expected `-`',
    'backend/01-apis.md:16:1-16:2 warning list-marker Unexpected list marker `*`, expected `-`',
    'backend/01-apis.md:17:1-17:2 warning list-marker Unexpected list marker `*`, expected `-`'
  ])
})

test('checks nested lists and leaves numbered lists alone', async () => {
  const messages = await lintContent({
    'backend/01-apis.md': withList(
      `- ${http}\n`,
      '1. Read the spec.\n2. Build something:\n   * a client\n   - a server'
    )
  })
  expect(ofRule(messages, 'list-marker')).toEqual([
    'backend/01-apis.md:9:4-9:5 warning list-marker Unexpected list marker `*`, expected `-`'
  ])
})

test('the fix replaces the marker and nothing else, joining lists a marker change had split', async () => {
  const fixed = await fixedContent({
    'backend/01-apis.md': withList(`- ${http}\n* ${methods}\n`, 'Learn:\n\n+ *resources*\n+ methods')
  })
  expect(fixed['backend/01-apis.md']).toBe(withList(`- ${http}\n- ${methods}\n`, 'Learn:\n\n- *resources*\n- methods'))
  expect(await lintContent({ 'backend/01-apis.md': fixed['backend/01-apis.md'] ?? '' })).toEqual([])
})
