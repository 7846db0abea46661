import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { mixedResults } from './__fixtures__/results.js'
import { count, diagnosticsOf, pathOf, sourceLines, spanOf, tally } from './diagnostics.js'

describe('spanOf', () => {
  const file = new VFile()
  test('a point ends where it starts', () => {
    const place = { line: 3, column: 5 }
    expect(spanOf(file.message('x', { place }))).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 5 })
  })
  test('a range keeps its end', () => {
    const place = { start: { line: 3, column: 5 }, end: { line: 4, column: 2 } }
    expect(spanOf(file.message('x', { place }))).toEqual({ line: 3, column: 5, endLine: 4, endColumn: 2 })
  })
  test('no place is 1:1', () => {
    expect(spanOf(file.message('x'))).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 })
  })
  test('an end before the start is the start', () => {
    const place = { start: { line: 3, column: 5 }, end: { line: 3, column: 2 } }
    expect(spanOf(file.message('x', { place }))).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 5 })
  })
})

test('diagnosticsOf sorts by path, line, column and rule id, and tally counts them', () => {
  const diagnostics = diagnosticsOf(mixedResults())
  const where = diagnostics.map(({ file, diagnostic }) => {
    const { line, column } = spanOf(diagnostic)
    return `${pathOf(file)}:${line}:${column} ${diagnostic.ruleId ?? '-'}`
  })
  expect(where).toMatchInlineSnapshot(`
    [
      "content/backend/roadmap.md:3:12 requires-unknown",
      "content/backend/roadmap.md:4:1 frontmatter-unknown-key",
      "content/backend/roadmap.md:9:3 resource-kind",
      "content/backend/roadmap.md:9:37 -",
      "content/backend/steps/02-databases.md:1:1 file-unreadable",
      "content/web dev/roadmap.md:40:1 link-dead",
    ]
  `)
  expect(tally(diagnostics)).toEqual({ errors: 3, warnings: 3, files: 3, fixable: 0 })
})

test('count', () => {
  expect([count(0, 'error'), count(1, 'error'), count(2, 'error')]).toEqual(['0 errors', '1 error', '2 errors'])
})

test('sourceLines splits on every line ending, and has nothing for a file without text', () => {
  expect(sourceLines(new VFile({ value: 'a\r\nb\rc\nd' }))).toEqual(['a', 'b', 'c', 'd'])
  expect(sourceLines(new VFile({ value: new TextEncoder().encode('é\n') }))).toEqual(['é', ''])
  expect(sourceLines(new VFile({ path: 'a.md' }))).toBeUndefined()
  expect(pathOf(new VFile())).toBe('')
})

test('problems at the same place are ordered by rule id, whatever order they were reported in', () => {
  const file = new VFile({ path: 'a.md' })
  for (const ruleId of ['zeta', 'alpha', 'mu']) file.message('x', { place: { line: 2, column: 3 }, ruleId })
  file.message('x', { place: { line: 2, column: 3 } })
  expect(diagnosticsOf([file]).map(({ diagnostic }) => diagnostic.ruleId)).toEqual([undefined, 'alpha', 'mu', 'zeta'])
})
