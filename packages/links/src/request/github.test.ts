import { expect, test } from 'vitest'
import { githubApiPath } from './github.js'

test.each([
  ['https://github.com/nodejs/node', '/repos/nodejs/node'],
  ['https://github.com/nodejs/node/', '/repos/nodejs/node'],
  ['https://github.com/nodejs/node/blob/main/README.md', '/repos/nodejs/node/contents/README.md?ref=main'],
  ['https://github.com/nodejs/node/tree/v20.x/doc/api', '/repos/nodejs/node/contents/doc/api?ref=v20.x'],
  ['https://github.com/nodejs/node/tree/v20.x', '/repos/nodejs/node/commits/v20.x'],
  ['https://github.com/nodejs/node/issues/1234', '/repos/nodejs/node/issues/1234'],
  ['https://github.com/nodejs/node/pull/42', '/repos/nodejs/node/pulls/42'],
  ['https://github.com/nodejs/node/releases/tag/v20.0.0', '/repos/nodejs/node/releases/tags/v20.0.0'],
  ['https://github.com/nodejs/node/releases', '/repos/nodejs/node'],
  ['https://www.github.com/nodejs/node', '/repos/nodejs/node']
])('%s is asked as %s', (url, path) => {
  expect(githubApiPath(new URL(url))).toBe(path)
})

test.each([
  'https://github.com/nodejs',
  'https://github.com/nodejs/node/actions',
  'https://github.com/nodejs/node/issues?q=is%3Aopen',
  'https://gist.github.com/someone/abc',
  'https://docs.github.com/en/rest'
])('%s is checked on the web', (url) => {
  expect(githubApiPath(new URL(url))).toBeUndefined()
})
