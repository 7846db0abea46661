import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { manyResults, mixedResults, options, warningResults } from './__fixtures__/results.js'
import { markdown, maxRows } from './markdown.js'

describe('markdown', () => {
  test('no problems', () => {
    expect(markdown([], options())).toMatchInlineSnapshot(`
      "### roadmap-lint

      ✅ No problems
      "
    `)
    expect(markdown(warningResults().slice(1), options())).toBe(markdown([], options()))
  })

  test('warnings only', () => {
    expect(markdown(warningResults(), options())).toMatchInlineSnapshot(`
      "### roadmap-lint

      ⚠️ 0 errors, 2 warnings in 1 file

      | File | Line | Severity | Rule | Message |
      | --- | --- | --- | --- | --- |
      | content/backend/steps/03-apis.md | 3:12 | warning | [requires-unknown](https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md) | Cannot find step \`http\`; did you mean \`internet\`? |
      | content/backend/steps/03-apis.md | 3:18 | warning | [requires-unknown](https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md) | Cannot find step \`dbs\`; did you mean \`databases\`? |
      "
    `)
  })

  test('the verdict says how many problems `--fix` can fix', () => {
    const results = warningResults()
    Object.assign(results[0]?.messages[0] as object, { fix: { range: [0, 1], text: '-' } })
    expect(markdown(results, options())).toContain(
      '\n⚠️ 0 errors, 2 warnings in 1 file; 1 problem can be fixed with `--fix`\n'
    )
  })

  test('errors and warnings: pipes and line breaks escaped, rule ids linked', () => {
    expect(markdown(mixedResults(), options())).toMatchInlineSnapshot(`
      "### roadmap-lint

      ❌ 3 errors, 3 warnings in 3 files

      | File | Line | Severity | Rule | Message |
      | --- | --- | --- | --- | --- |
      | content/backend/roadmap.md | 3:12 | warning | [requires-unknown](https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md) | Cannot find step \`dbs\`; did you mean \`databases\`? |
      | content/backend/roadmap.md | 4:1 | error | [frontmatter-unknown-key](https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/frontmatter-unknown-key.md) | Unexpected key \`a\\|b\`: 100% unknown, remove it<br>or rename it |
      | content/backend/roadmap.md | 9:3 | error | [resource-kind](https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/resource-kind.md) | Unexpected resource kind \`blog\`, expected \`official\`, \`article\` or \`video\` |
      | content/backend/roadmap.md | 9:37 | warning |  | Unexpected end of file |
      | content/backend/steps/02-databases.md | 1:1 | error | [file-unreadable](https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/file-unreadable.md) | Cannot read file: EACCES, permission denied |
      | content/web dev/roadmap.md | 40:1 | warning | [link-dead](https://example.org/rules/link-dead) | Cannot reach \`https://example.org/gone\`: 404 |
      "
    `)
  })

  test(`at most ${maxRows} rows, then a line saying how many were left out`, () => {
    const output = markdown(manyResults(maxRows + 3), options())
    expect(output.split('\n').filter((line) => line.startsWith('| content/'))).toHaveLength(maxRows)
    expect(output.split('\n').slice(-4)).toMatchInlineSnapshot(`
      [
        "| content/backend/roadmap.md | 200:1 | error | resource-kind | Problem 200 |",
        "",
        "…and 3 more problems not shown.",
        "",
      ]
    `)
    expect(markdown(manyResults(maxRows), options())).not.toContain('not shown')
  })

  test('paths are plain text, and a URL cannot end its link early', () => {
    const file = new VFile({ path: 'content/*draft*_[1]|x.md' })
    const message = file.message('Bad', { ruleId: 'odd-rule' })
    message.url = 'https://example.org/rules/odd (rule)|x'
    expect(markdown([file], options()).split('\n').at(-2)).toMatchInlineSnapshot(
      `"| content/\\*draft\\*\\_\\[1\\]\\|x.md | 1:1 | warning | [odd-rule](https://example.org/rules/odd%20%28rule%29%7Cx) | Bad |"`
    )
  })
})
