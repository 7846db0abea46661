import { expect, test } from 'vitest'
import { previewUrl, siteUrlConfig } from './site-url.mjs'

test('SITE_URL gives the origin and the path, which always ends with a slash', () => {
  expect(siteUrlConfig('https://roadmap-dev.github.io/roadmap/')).toEqual({
    site: 'https://roadmap-dev.github.io',
    base: '/roadmap/'
  })
  expect(siteUrlConfig('https://example.org/roadmap')).toEqual({ site: 'https://example.org', base: '/roadmap/' })
  expect(siteUrlConfig('https://example.org')).toEqual({ site: 'https://example.org', base: '/' })
})

test('without SITE_URL, the preview address', () => {
  expect(siteUrlConfig(undefined)).toEqual({ site: new URL(previewUrl).origin, base: '/' })
  expect(siteUrlConfig('  ')).toEqual({ site: new URL(previewUrl).origin, base: '/' })
})

test('anything but an absolute http(s) address is refused with what was expected', () => {
  expect(() => siteUrlConfig('roadmap-dev.github.io/roadmap')).toThrow(
    'Unexpected SITE_URL `roadmap-dev.github.io/roadmap`, expected an absolute URL such as `https://example.org/roadmap/`'
  )
  expect(() => siteUrlConfig('ftp://example.org/')).toThrow(/expected an http\(s\) URL/)
  expect(() => siteUrlConfig('https://example.org/?x=1')).toThrow(/without query/)
})
