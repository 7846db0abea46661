import { describe, expect, test } from 'vitest'
import { findFragment, fragmentOf, pageAnchors } from './fragments.js'

describe('findFragment', () => {
  const anchors = { kind: 'known' as const, ids: new Set(['install', 'user-content-usage', 'Configuration']) }
  test.each([
    ['install', { id: 'install', state: 'found' }],
    ['usage', { id: 'usage', state: 'found' }],
    ['user-content-usage', { id: 'user-content-usage', state: 'found' }],
    ['instal', { id: 'instal', state: 'missing', suggestion: 'install' }],
    ['configuration', { id: 'configuration', state: 'missing', suggestion: 'Configuration' }],
    ['faq', { id: 'faq', state: 'missing' }]
  ])('#%s', (id, expected) => {
    expect(findFragment(id, anchors)).toEqual(expected)
  })

  test('unknown anchors give an unknown state', () => {
    expect(findFragment('x', { kind: 'unknown', why: 'not HTML' })).toEqual({ id: 'x', state: 'unknown' })
  })
})

test('fragments that name no element are not checked', () => {
  const ids = [
    'https://a.example/#top',
    'https://a.example/#:~:text=hello',
    'https://a.example/#/route',
    'https://a.example/#!/x',
    'https://github.com/o/r/blob/main/a.ts#L10-L20',
    'https://a.example/#',
    'https://a.example/#caf%C3%A9',
    'https://a.example/#L10'
  ]
  expect(ids.map((url) => fragmentOf(new URL(url)))).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    'café',
    'L10'
  ])
})

test('pageAnchors reads only whole HTML pages', async () => {
  const body = Buffer.from('<h1 id="a">A</h1>')
  expect(await pageAnchors({ 'content-type': 'text/html' }, body, false, 100)).toEqual({
    kind: 'known',
    ids: new Set(['a'])
  })
  expect(await pageAnchors({ 'content-type': 'image/png' }, body, false, 100)).toEqual({
    kind: 'unknown',
    why: 'not HTML'
  })
  expect(await pageAnchors({ 'content-type': 'text/html' }, body, true, 100)).toEqual({
    kind: 'unknown',
    why: 'larger than 100 bytes'
  })
  expect(await pageAnchors({ 'content-type': 'text/html', 'content-encoding': 'gzip' }, body, false, 100)).toEqual({
    kind: 'unknown',
    why: 'cannot decode gzip body'
  })
})
