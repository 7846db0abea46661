import { expect, test } from 'vitest'
import { HostTable } from './hosts.js'

test('exact host names win over `*.` wildcards, and longer wildcards over shorter ones', () => {
  const table = new HostTable(
    {
      'docs.example.com': { concurrency: 1 },
      '*.example.com': { concurrency: 2 },
      '*.api.example.com': { concurrency: 3 },
      'GitHub.com': { accept: [403] }
    },
    {}
  )
  expect(
    ['docs.example.com', 'www.example.com', 'v1.api.example.com', 'example.com', 'github.com.'].map(
      (host) => table.get(host).concurrency
    )
  ).toEqual([1, 2, 3, undefined, undefined])
  expect(table.get('github.com').accept.has(403)).toBe(true)
  expect(table.maxConcurrency(4)).toBe(4)
})

test('`${NAME}` in header values comes from the environment; unset names are listed and their headers not sent', () => {
  const table = new HostTable(
    {
      'api.github.com': { headers: { Authorization: 'Bearer ${GITHUB_TOKEN}', 'X-Team': '${TEAM}-docs' } },
      'gitlab.com': { headers: { 'PRIVATE-TOKEN': '${GITLAB_TOKEN}' } }
    },
    { GITHUB_TOKEN: 'ghp_example\n', TEAM: 'core' }
  )
  expect(table.get('api.github.com').envHeaders).toEqual({ authorization: 'Bearer ghp_example', 'x-team': 'core-docs' })
  expect(table.get('api.github.com').headers).toEqual({})
  expect(table.get('gitlab.com').envHeaders).toEqual({})
  expect(table.missingEnv).toEqual(['GITLAB_TOKEN'])
})

test('the cache fingerprint changes with the configured headers and whether their variables are set, never holding a value', () => {
  const fingerprint = (env: Record<string, string>, template = 'Bearer ${TOKEN}') =>
    new HostTable({ 'api.github.com': { headers: { Authorization: template } } }, env).get('api.github.com').fingerprint
  expect(fingerprint({ TOKEN: 'one' })).toBe(fingerprint({ TOKEN: 'two' }))
  expect(fingerprint({ TOKEN: 'one' })).not.toBe(fingerprint({}))
  expect(fingerprint({ TOKEN: 'one' })).not.toBe(fingerprint({ TOKEN: 'one' }, 'token ${TOKEN}'))
  expect(fingerprint({ TOKEN: 'one' })).toMatch(/^[0-9a-f]{16}$/)
  expect(new HostTable({}, {}).get('example.com').fingerprint).toBe('none')
})
