import { expect, test } from 'vitest'
import { HostTable } from '../options/hosts.js'
import { requestHeaders } from './request-headers.js'

const settings = new HostTable(
  {
    'api.example': {
      headers: { Authorization: 'Bearer ${API_TOKEN}', 'X-Api-Key': '${API_KEY}', 'X-Client': 'docs', Cookie: 'a=1' }
    }
  },
  { API_TOKEN: 'tok-1', API_KEY: 'key-1' }
).get('api.example')

const hop = { userAgent: 'agent', sameOrigin: true }

test('headers from the environment go over https only; written ones over both', () => {
  expect(requestHeaders(settings, new URL('https://api.example/'), hop)).toEqual({
    'user-agent': 'agent',
    accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    authorization: 'Bearer tok-1',
    'x-api-key': 'key-1',
    'x-client': 'docs',
    cookie: 'a=1'
  })
  const plain = requestHeaders(settings, new URL('http://api.example/'), hop)
  expect(plain).toMatchObject({ 'x-client': 'docs', cookie: 'a=1' })
  expect(JSON.stringify(plain)).not.toMatch(/tok-1|key-1/)
})

test('credentials only on the link’s own origin; the chain’s cookies added to the written ones', () => {
  const away = requestHeaders(settings, new URL('https://api.example/'), {
    ...hop,
    sameOrigin: false,
    chainCookies: 'b=2'
  })
  expect(away.authorization).toBeUndefined()
  expect(away.cookie).toBe('b=2')
  // Not a credential header by name, but from the environment: still sent on https to the host it is configured for.
  expect(away['x-api-key']).toBe('key-1')
  expect(requestHeaders(settings, new URL('https://api.example/'), { ...hop, chainCookies: 'b=2' }).cookie).toBe(
    'a=1; b=2'
  )
})
