import { expect, test } from 'vitest'
import type { LinkVerdict } from '../types.js'
import { suggestionsFor } from './suggestions.js'

const verdict = (fields: Partial<LinkVerdict>): LinkVerdict => ({
  url: 'http://example.com/guide#setup',
  verdict: 'broken',
  reasonCode: 'status',
  reason: '404 Not Found',
  redirects: [],
  places: [],
  cached: false,
  attempts: 1,
  ...fields
})

test('a broken link: where it redirected before, its https form, the archive; each keeps the fragment but the archive', () => {
  const prior = { movedTo: { url: 'https://example.org/guide', at: 5 } }
  expect(suggestionsFor(verdict({}), prior, 'https://example.com/guide')).toEqual([
    { url: 'https://example.org/guide#setup', certainty: 'likely', source: 'earlier-redirect', seenAt: 5 },
    { url: 'https://example.com/guide#setup', certainty: 'likely', source: 'https' },
    { url: 'https://web.archive.org/web/http://example.com/guide', certainty: 'possible', source: 'archive' }
  ])
})

test('a redirect is certain only when this run followed it and it is not a quiet failure', () => {
  const redirected = verdict({
    verdict: 'redirected',
    reasonCode: 'moved-permanently',
    finalUrl: 'https://example.com/new#setup',
    redirects: [{ url: 'http://example.com/guide', status: 301, to: 'https://example.com/new' }]
  })
  expect(suggestionsFor(redirected, undefined, undefined)).toEqual([
    { url: 'https://example.com/new#setup', certainty: 'certain', source: 'redirect' }
  ])
  expect(suggestionsFor({ ...redirected, cached: true }, undefined, undefined)).toBeUndefined()
  expect(
    suggestionsFor({ ...redirected, quietFailure: { kind: 'redirect-home', reason: '' } }, undefined, undefined)
  ).toBeUndefined()
})

test('no suggestion for ok links, for failures that are not broken, or without a request', () => {
  expect(suggestionsFor(verdict({ verdict: 'ok' }), undefined, undefined)).toBeUndefined()
  expect(
    suggestionsFor(verdict({ verdict: 'unverifiable', reasonCode: 'timeout' }), undefined, undefined)
  ).toBeUndefined()
  expect(suggestionsFor(verdict({ attempts: 0, reasonCode: 'invalid-url' }), undefined, undefined)).toBeUndefined()
  expect(suggestionsFor(verdict({ reasonCode: 'private-address' }), undefined, undefined)).toBeUndefined()
})
