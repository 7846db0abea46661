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
