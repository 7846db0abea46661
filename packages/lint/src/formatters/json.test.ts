import { describe, expect, test } from 'vitest'
import { mixedResults, options, warningResults } from './__fixtures__/results.js'
import { json, type JsonProblem } from './json.js'

describe('json', () => {
  test('an empty array when there are no problems', () => {
    expect(json([], options())).toBe('[]\n')
    expect(json(warningResults().slice(1), options())).toBe('[]\n')
  })

  test('warnings only', () => {
    expect(json(warningResults(), options())).toMatchInlineSnapshot(`
      "[
        {
          "file": "content/backend/steps/03-apis.md",
          "line": 3,
          "column": 12,
          "endLine": 3,
          "endColumn": 16,
          "ruleId": "requires-unknown",
          "severity": "warning",
          "message": "Cannot find step \`http\`; did you mean \`internet\`?",
          "url": "https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md"
        },
        {
          "file": "content/backend/steps/03-apis.md",
          "line": 3,
          "column": 18,
          "endLine": 3,
          "endColumn": 21,
          "ruleId": "requires-unknown",
          "severity": "warning",
          "message": "Cannot find step \`dbs\`; did you mean \`databases\`?",
          "url": "https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md"
        }
      ]
      "
    `)
  })

  test('errors and warnings: points, ranges, no place, no rule id, no url, no text', () => {
    expect(json(mixedResults(), options())).toMatchInlineSnapshot(`
      "[
        {
          "file": "content/backend/roadmap.md",
          "line": 3,
          "column": 12,
          "endLine": 3,
          "endColumn": 12,
          "ruleId": "requires-unknown",
          "severity": "warning",
          "message": "Cannot find step \`dbs\`; did you mean \`databases\`?",
          "url": "https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md"
        },
        {
          "file": "content/backend/roadmap.md",
          "line": 4,
          "column": 1,
          "endLine": 5,
          "endColumn": 1,
          "ruleId": "frontmatter-unknown-key",
          "severity": "error",
          "message": "Unexpected key \`a|b\`: 100% unknown, remove it\\nor rename it",
          "url": "https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/frontmatter-unknown-key.md"
        },
        {
          "file": "content/backend/roadmap.md",
          "line": 9,
          "column": 3,
          "endLine": 9,
          "endColumn": 37,
          "ruleId": "resource-kind",
          "severity": "error",
          "message": "Unexpected resource kind \`blog\`, expected \`official\`, \`article\` or \`video\`",
          "url": "https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/resource-kind.md"
        },
        {
          "file": "content/backend/roadmap.md",
          "line": 9,
          "column": 37,
          "endLine": 9,
          "endColumn": 37,
          "ruleId": null,
          "severity": "warning",
          "message": "Unexpected end of file",
          "url": null
        },
        {
          "file": "content/backend/steps/02-databases.md",
          "line": 1,
          "column": 1,
          "endLine": 1,
          "endColumn": 1,
          "ruleId": "file-unreadable",
          "severity": "error",
          "message": "Cannot read file: EACCES, permission denied",
          "url": "https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/file-unreadable.md"
        },
        {
          "file": "content/web dev/roadmap.md",
          "line": 40,
          "column": 1,
          "endLine": 40,
          "endColumn": 1,
          "ruleId": "link-dead",
          "severity": "warning",
          "message": "Cannot reach \`https://example.org/gone\`: 404",
          "url": "https://example.org/rules/link-dead"
        }
      ]
      "
    `)
  })

  test('every problem has every field, and they are sorted by file, line, column and rule id', () => {
    const fields = ['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'severity', 'message', 'url']
    const problems = JSON.parse(json(mixedResults(), options())) as JsonProblem[]
    for (const problem of problems) {
      expect(Object.keys(problem)).toEqual(fields)
    }
    const order = problems.map(({ file, line, column, ruleId }) => [file, line, column, ruleId ?? ''] as const)
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    const sorted = [...order].sort((a, b) => compare(a[0], b[0]) || a[1] - b[1] || a[2] - b[2] || compare(a[3], b[3]))
    expect(order).toEqual(sorted)
  })

  test('the order does not depend on the order of the results', () => {
    expect(json(mixedResults().reverse(), options())).toBe(json(mixedResults(), options()))
  })
})
