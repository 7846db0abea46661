// A diagnostic's related places (`related` of @roadmap/core's diagnostics:
// where the YAML parser gave up on an unclosed `[`) in every format.
import { VFile } from 'vfile'
import { expect, test } from 'vitest'
import { options } from './__fixtures__/results.js'
import { expectValid } from './__fixtures__/sarif-validator.js'
import { formatters } from './index.js'

function unclosedBracket(): VFile[] {
  const file = new VFile({ path: 'content/backend/01-apis.md', value: '---\ntitle: [Draft\nsummary: S\n---\n' })
  const message = file.message('Unexpected unclosed `[` in the frontmatter, expected a `]` to end the list', {
    place: { start: { line: 2, column: 8 }, end: { line: 2, column: 9 } },
    ruleId: 'yaml-syntax'
  })
  message.fatal = true
  Object.assign(message, {
    related: [{ message: 'The YAML parser stopped here: Flow sequence …', place: { line: 3, column: 1 } }]
  })
  return [file]
}

test('json: a `related` field with each place, only on problems that have some', () => {
  const [problem] = JSON.parse(formatters.json(unclosedBracket(), options()))
  expect(problem.line).toBe(2)
  expect(problem.related).toEqual([
    { line: 3, column: 1, endLine: 3, endColumn: 1, message: 'The YAML parser stopped here: Flow sequence …' }
  ])
  const plain = new VFile({ path: 'a.md' })
  plain.message('x', { ruleId: 'y' })
  expect(JSON.parse(formatters.json([plain], options()))[0]).not.toHaveProperty('related')
})

test('sarif: relatedLocations, valid against the schema', () => {
  const output = formatters.sarif(unclosedBracket(), options())
  expectValid(output)
  const [result] = JSON.parse(output).runs[0].results
  expect(result.relatedLocations).toEqual([
    {
      id: 0,
      message: { text: 'The YAML parser stopped here: Flow sequence …' },
      physicalLocation: {
        artifactLocation: { uri: 'content/backend/01-apis.md', uriBaseId: '%SRCROOT%' },
        region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 1 }
      }
    }
  ])
})

test('stylish, github and markdown: a line under the message', () => {
  expect(formatters.stylish(unclosedBracket(), options({ width: 120 }))).toContain(
    'Unexpected unclosed `[` in the frontmatter, expected a `]` to end the list  yaml-syntax\n                ↳ 3:1 The YAML parser stopped here: Flow sequence …\n'
  )
  expect(formatters.github(unclosedBracket(), options())).toContain(
    'to end the list%0A↳ 3:1 The YAML parser stopped here'
  )
  expect(formatters.markdown(unclosedBracket(), options())).toContain(
    'to end the list<br>↳ 3:1 The YAML parser stopped here'
  )
})
