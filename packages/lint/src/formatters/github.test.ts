import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { mixedResults, options, warningResults } from './__fixtures__/results.js'
import { escapeData, escapeProperty, github } from './github.js'

describe('github', () => {
  test('prints nothing when there are no problems', () => {
    expect(github([], options())).toBe('')
    expect(github(warningResults().slice(1), options())).toBe('')
  })

  test('warnings only', () => {
    expect(github(warningResults(), options())).toMatchInlineSnapshot(`
      "::warning file=content/backend/steps/03-apis.md,line=3,col=12,endLine=3,endColumn=16,title=requires-unknown::Cannot find step \`http\`; did you mean \`internet\`?
      ::warning file=content/backend/steps/03-apis.md,line=3,col=18,endLine=3,endColumn=21,title=requires-unknown::Cannot find step \`dbs\`; did you mean \`databases\`?
      "
    `)
  })

  test('errors and warnings; a problem over several lines has no columns', () => {
    expect(github(mixedResults(), options())).toMatchInlineSnapshot(`
      "::warning file=content/backend/roadmap.md,line=3,col=12,endLine=3,endColumn=12,title=requires-unknown::Cannot find step \`dbs\`; did you mean \`databases\`?
      ::error file=content/backend/roadmap.md,line=4,endLine=5,title=frontmatter-unknown-key::Unexpected key \`a|b\`: 100%25 unknown, remove it%0Aor rename it
      ::error file=content/backend/roadmap.md,line=9,col=3,endLine=9,endColumn=37,title=resource-kind::Unexpected resource kind \`blog\`, expected \`official\`, \`article\` or \`video\`
      ::warning file=content/backend/roadmap.md,line=9,col=37,endLine=9,endColumn=37::Unexpected end of file
      ::error file=content/backend/steps/02-databases.md,line=1,col=1,endLine=1,endColumn=1,title=file-unreadable::Cannot read file: EACCES, permission denied
      ::warning file=content/web dev/roadmap.md,line=40,col=1,endLine=40,endColumn=1,title=link-dead::Cannot reach \`https://example.org/gone\`: 404
      "
    `)
  })

  test('escapes data and properties exactly as @actions/core does', () => {
    expect(escapeData('100% sure: a, b\r\nc')).toBe('100%25 sure: a, b%0D%0Ac')
    expect(escapeProperty('100% sure: a, b\r\nc')).toBe('100%25 sure%3A a%2C b%0D%0Ac')
    // `%` first, so an escape is never escaped twice.
    expect(escapeProperty('%3A')).toBe('%253A')
  })
})

describe('github, from a hostile file name or message', () => {
  test('no escape sequence reaches the log: ESC, CSI, OSC, BEL and C1 become visible; line breaks stay encoded', () => {
    const file = new VFile({
      path: 'content/\u001B]8;;https://evil.example/\u0007x\u001B]8;;\u0007\u001B[2J\u009B31m.md'
    })
    const message = file.message('Unexpected key `\u001B[31mred\u001B[0m`\u009D0;title\u0007,\r\n::error::forged', {
      place: { line: 1, column: 1 },
      ruleId: 'rule\u001B[1m',
      source: 'roadmap-lint'
    })
    message.fatal = true
    const output = github([file], options())
    expect(output).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/)
    expect(output.split('\n')).toHaveLength(2)
    expect(output).toMatchInlineSnapshot(`
      "::error file=content/␛]8;;https%3A//evil.example/␇x␛]8;;␇␛[2J�31m.md,line=1,col=1,endLine=1,endColumn=1,title=rule␛[1m::Unexpected key \`␛[31mred␛[0m\`�0;title␇,%0D%0A::error::forged
      "
    `)
  })
})
