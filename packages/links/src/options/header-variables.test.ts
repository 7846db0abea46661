import { expect, test } from 'vitest'
import { headerVariables } from './header-variables.js'

test('every variable of every header, with the path of the header', () => {
  expect(
    headerVariables({
      hosts: {
        'api.github.com': { headers: { Authorization: 'Bearer ${GITHUB_TOKEN}', 'X-Pair': '${A}:${B}' } },
        '*.example.com': { accept: [403] },
        'plain.example': { headers: { 'X-Client': 'docs', 'X-Not': '$HOME and ${not a name}' } }
      }
    })
  ).toEqual([
    { path: 'hosts["api.github.com"].headers.Authorization', variable: 'GITHUB_TOKEN' },
    { path: 'hosts["api.github.com"].headers.X-Pair', variable: 'A' },
    { path: 'hosts["api.github.com"].headers.X-Pair', variable: 'B' }
  ])
  expect(headerVariables({})).toEqual([])
})
