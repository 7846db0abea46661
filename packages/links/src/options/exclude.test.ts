import { expect, test } from 'vitest'
import { compileExclude } from './exclude.js'

test('prefixes, `/regex/flags` strings and RegExps; the URL as written or normalised', () => {
  const excluded = compileExclude([
    'https://example.com/private/',
    '/^https?:\\/\\/(www\\.)?linkedin\\.com\\//i',
    /\.pdf$/g
  ])
  expect(excluded('https://example.com/private/a')).toBe(true)
  expect(excluded('HTTPS://EXAMPLE.COM/private/a', 'https://example.com/private/a')).toBe(true)
  expect(excluded('https://example.com/public')).toBe(false)
  expect(excluded('https://WWW.LinkedIn.com/in/x')).toBe(true)
  // A global regex is made stateless: the same URL matches every time.
  expect([1, 2, 3].map(() => excluded('https://example.com/a.pdf'))).toEqual([true, true, true])
  expect(compileExclude([])('https://example.com/')).toBe(false)
})
