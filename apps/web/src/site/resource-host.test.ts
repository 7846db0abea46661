import { expect, test } from 'vitest'
import { resourceHost } from './resource-host.js'

test('the host without `www.`, keeping other sub-domains', () => {
  expect(resourceHost('https://www.postgresql.org/docs/current/')).toBe('postgresql.org')
  expect(resourceHost('https://developer.mozilla.org/en-US/docs/Web/HTTP')).toBe('developer.mozilla.org')
  expect(resourceHost('http://example.com:8080/x?y#z')).toBe('example.com')
})
