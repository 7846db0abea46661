import { expect, test } from 'vitest'
import { mixedScriptLabel } from './lookalike-host.js'

test('finds a label that mixes Latin with Cyrillic or Greek, punycode decoded', () => {
  const paypal = new URL('https://p\u0430ypal.com/').hostname
  expect(paypal.startsWith('xn--')).toBe(true)
  expect(mixedScriptLabel(paypal)).toEqual({
    host: 'p\u0430ypal.com',
    label: 'p\u0430ypal',
    scripts: ['Latin', 'Cyrillic']
  })
  expect(mixedScriptLabel('docs.g\u03bfogle.com')?.scripts).toEqual(['Latin', 'Greek'])
})

test('accepts one script per label, and the mixes CJK languages write', () => {
  expect(mixedScriptLabel('developer.mozilla.org')).toBeUndefined()
  expect(mixedScriptLabel('пример.рф')).toBeUndefined()
  expect(mixedScriptLabel('xn--r8jz45g.jp')).toBeUndefined()
  expect(mixedScriptLabel('sony例え.jp')).toBeUndefined()
  expect(mixedScriptLabel('127.0.0.1')).toBeUndefined()
})
