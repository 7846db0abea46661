import fc from 'fast-check'
import { expect, test } from 'vitest'
import { parseUrl } from './resources.js'

/** What `new URL(text)` gives, or `undefined` where it throws. */
function standard(text: string): string | undefined {
  try {
    return new URL(text).href
  } catch {
    return undefined
  }
}

// Relative links are skipped before `new URL` is tried: the result must be the
// same as trying it, for every shape of text a link may hold.
const inputs = [
  'https://developer.mozilla.org/en-US/docs/Web/HTTP',
  'HTTP://Example.com',
  '  https://example.com/ ',
  '\u0000\u001fhttps://example.com',
  'h\tt\ntp://example.com',
  'mailto:someone@example.com',
  'urn:isbn:0451450523',
  'a+b-c.d:rest',
  './02-next.md',
  '../frontend/01-html.md#forms',
  '#top',
  '//example.com/path',
  '/absolute/path',
  '1http://example.com',
  '+http://example.com',
  'http//missing-colon',
  '',
  ' ',
  'https://',
  'http://[::1',
  'ht tp://example.com',
  '\u00a0https://example.com'
]

test.each(inputs)('parseUrl(%j) is what `new URL` gives', (input) => {
  expect(parseUrl(input)?.href).toBe(standard(input))
})

test('parseUrl agrees with `new URL` on random text made of the characters that decide a scheme', () => {
  const character = fc.constantFrom(
    'h',
    't',
    'p',
    's',
    'H',
    'a',
    '1',
    '+',
    '-',
    '.',
    ':',
    '/',
    '#',
    '?',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u0000',
    '\u001f',
    'é',
    '[',
    '@'
  )
  fc.assert(
    fc.property(fc.array(character, { maxLength: 14 }), (characters) => {
      const text = characters.join('')
      expect(parseUrl(text)?.href).toBe(standard(text))
    }),
    { seed: 14, numRuns: 20_000 }
  )
})
