import { describe, expect, test } from 'vitest'
import { isHomePage, isLoginPage, isParkingHost, redirectQuietFailure } from './site-shape.js'

const url = (text: string) => new URL(text)

test('home pages: the root, an index file, a locale root', () => {
  const home = [
    'https://example.com',
    'https://example.com/index.html',
    'https://example.com/en/',
    'https://example.com/de-DE'
  ]
  const deeper = ['https://example.com/docs/', 'https://example.com/en/docs', 'https://example.com/blog/index.html']
  expect(home.map((text) => isHomePage(url(text)))).toEqual(home.map(() => true))
  expect(deeper.map((text) => isHomePage(url(text)))).toEqual(deeper.map(() => false))
})

test('login pages: sign-in hosts and paths, not pages about authentication', () => {
  const login = [
    'https://example.com/login?return_to=%2Fdocs',
    'https://gitlab.example/users/sign_in',
    'https://github.com/session/new',
    'https://accounts.google.com/v3/signin/identifier',
    'https://example.com/oauth/authorize?client_id=1'
  ]
  const other = [
    'https://example.com/docs/auth/',
    'https://example.com/blog/logging-in-with-passkeys',
    'https://example.com/signing'
  ]
  expect(login.map((text) => isLoginPage(url(text)))).toEqual(login.map(() => true))
  expect(other.map((text) => isLoginPage(url(text)))).toEqual(other.map(() => false))
})

test('parking hosts', () => {
  expect(isParkingHost(url('https://www.hugedomains.com/domain_profile.cfm?d=gone.example'))).toBe(true)
  expect(isParkingHost(url('https://www.godaddy.com/forsale/gone.example'))).toBe(true)
  expect(isParkingHost(url('https://www.godaddy.com/help'))).toBe(false)
})

describe('a redirect chain shows a quiet failure on its face', () => {
  test.each([
    ['https://example.com/docs/setup', 'https://example.com/', 'redirect-home'],
    ['https://old.example/guide', 'https://new.example/en/', 'redirect-home'],
    ['https://example.com/settings', 'https://example.com/login?next=/settings', 'redirect-login'],
    ['http://gone.example/page', 'https://sedo.com/search/details/?domain=gone.example', 'parked-domain']
  ])('%s → %s: %s', (start, final, kind) => {
    expect(redirectQuietFailure(url(start), url(final))?.kind).toBe(kind)
  })

  test.each([
    ['http://example.com/', 'https://www.example.com/'],
    ['https://example.com/docs', 'https://example.com/docs/'],
    ['https://example.com/login', 'https://example.com/login/'],
    ['https://example.com/docs', 'https://example.com/docs']
  ])('%s → %s: none', (start, final) => {
    expect(redirectQuietFailure(url(start), url(final))).toBeUndefined()
  })
})
