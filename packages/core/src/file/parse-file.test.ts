import type { Position } from 'unist'
import { describe, expect, test } from 'vitest'
import type { Diagnostic } from '../diagnostic.js'
import { parseContentFile, parseRoadmap, parseStep } from './parse-file.js'

function lines(diagnostics: ReadonlyArray<Diagnostic>): string[] {
  return diagnostics.map((diagnostic) => {
    const { start, end } = diagnostic.place as Position
    return `${start.line}:${start.column}-${end.line}:${end.column} ${diagnostic.ruleId} ${diagnostic.reason}`
  })
}

const frontmatter = '---\ntitle: Databases\nsummary: Store and query data.\nlevel: beginner\nrequires: [apis]\n---\n'
const topic =
  '## Writing queries\n\nSQL describes the data you want.\n\n- [PostgreSQL: queries](https://www.postgresql.org/docs/current/queries.html "official")\n'

describe('parseStep', () => {
  test('a valid step gives the value, the draft and no diagnostics', () => {
    const result = parseStep(`${frontmatter}\nIntroduction.\n\n${topic}`, { path: 'content/backend/03-databases.md' })
    expect(result.diagnostics).toEqual([])
    expect(result.value).toEqual({
      id: 'databases',
      order: 3,
      title: 'Databases',
      summary: 'Store and query data.',
      level: 'beginner',
      requires: [{ roadmap: 'backend', step: 'apis' }],
      aliases: [],
      introduction: 'Introduction.',
      topics: [
        {
          id: 'writing-queries',
          title: 'Writing queries',
          aliases: [],
          description: 'SQL describes the data you want.',
          resources: [
            {
              title: 'PostgreSQL: queries',
              url: 'https://www.postgresql.org/docs/current/queries.html',
              kind: 'official'
            }
          ]
        }
      ]
    })
    expect(result.draft).toEqual(result.value)
    expect(result.tree?.type).toBe('root')
    expect(result.file.path).toBe('content/backend/03-databases.md')
  })

  test('bytes are decoded like a string', () => {
    const text = `${frontmatter}\n${topic}`
    expect(parseStep(new TextEncoder().encode(text), { path: 'backend/03-databases.md' }).value).toEqual(
      parseStep(text, { path: 'backend/03-databases.md' }).value
    )
  })

  test('resource problems: missing and unknown kind, bad URL, empty link text; each once, in document order', () => {
    const body = [
      '## Resources',
      '',
      'Text.',
      '',
      '- [No kind](https://example.org/a)',
      '- [Unknown kind](https://example.org/b "blog")',
      '- [Misspelled kind](https://example.org/d "oficial")',
      '- [Relative](/docs/page "article")',
      '- [](https://example.org/c "article")',
      '- [Local host](http://localhost:3000 "article")',
      ''
    ].join('\n')
    const result = parseStep(`${frontmatter}\n${body}`, { path: 'backend/03-databases.md' })
    expect(result.value).toBeUndefined()
    expect(result.draft?.topics[0]?.resources).toHaveLength(6)
    expect(lines(result.diagnostics)).toMatchInlineSnapshot(`
      [
        "12:3-12:35 resource-kind Missing resource kind, expected one of \`official\`, \`article\`, \`video\`, \`course\`, \`book\`, \`podcast\`, \`opensource\`; write it as the link title: \`[No kind](https://… "official")\`",
        "13:3-13:47 resource-kind Unexpected resource kind \`blog\`, expected a resource kind: one of \`official\`, \`article\`, \`video\`, \`course\`, \`book\`, \`podcast\`, \`opensource\`",
        "14:3-14:53 resource-kind Unexpected resource kind \`oficial\`, expected a resource kind: one of \`official\`, \`article\`, \`video\`, \`course\`, \`book\`, \`podcast\`, \`opensource\`; did you mean \`official\`?",
        "15:3-15:35 resource-url Unexpected resource URL \`/docs/page\`, expected an absolute \`https://\` (or \`http://\`) URL with a domain name",
        "16:3-16:38 resource-format Missing link text for resource \`https://example.org/c\`, expected link text naming the resource: \`[Title](https://example.org/c "official")\`",
        "17:3-17:48 resource-url Unexpected resource URL \`http://localhost:3000\`, expected an absolute \`https://\` (or \`http://\`) URL with a domain name",
      ]
    `)
  })

  test('body problems: no topics; an empty topic and an empty heading are one problem each', () => {
    expect(
      lines(parseStep(`${frontmatter}\nJust an introduction.\n`, { path: 'backend/03-databases.md' }).diagnostics)
    ).toMatchInlineSnapshot(`
      [
        "1:1-6:4 topic-incomplete Missing topics, expected at least one \`##\` topic",
      ]
    `)
    expect(
      lines(
        parseStep(`${frontmatter}\n## Empty\n\n##\n\nText.\n\n- [A](https://example.org "article")\n`, {
          path: 'backend/03-databases.md'
        }).diagnostics
      )
    ).toMatchInlineSnapshot(`
      [
        "8:1-8:9 topic-incomplete Unexpected empty topic \`Empty\`, expected paragraphs and then a list of resources",
        "10:1-10:3 heading-id Unexpected empty heading, expected text that gives a kebab-case id",
      ]
    `)
  })

  test('frontmatter problems still let the body be checked, and the draft keeps what is known', () => {
    const result = parseStep(
      `---\ntitle: Databases\nlevel: expert\nrequires: [apis, Not An Id]\n---\n\n## Topic\n\nText.\n\n- [A](https://example.org "blog")\n`,
      {
        path: 'backend/03-databases.md'
      }
    )
    expect(lines(result.diagnostics)).toMatchInlineSnapshot(`
      [
        "1:1-5:4 frontmatter-required Missing frontmatter key \`summary\`, expected a string",
        "3:8-3:14 frontmatter-invalid Unexpected \`level\` value \`expert\`, expected a level: \`beginner\`, \`intermediate\` or \`advanced\`",
        "4:18-4:27 frontmatter-invalid Unexpected \`requires.1\` value \`Not An Id\`, expected a step id such as \`databases\` or \`backend/databases\`",
        "11:3-11:34 resource-kind Unexpected resource kind \`blog\`, expected a resource kind: one of \`official\`, \`article\`, \`video\`, \`course\`, \`book\`, \`podcast\`, \`opensource\`",
      ]
    `)
    expect(result.draft).toMatchObject({
      id: 'databases',
      title: undefined,
      level: undefined,
      requires: [{ roadmap: 'backend', step: 'apis' }]
    })
    expect(result.frontmatter?.positionOf(['requires', 1])).toMatchObject({ start: { line: 4, column: 18 } })
  })

  test('a warning does not make the value undefined', () => {
    const result = parseStep(`---\ntitle: !custom Databases\nsummary: S\nlevel: beginner\n---\n\n${topic}`, {
      path: 'backend/03-databases.md'
    })
    expect(result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.fatal])).toEqual([
      ['yaml-syntax', false]
    ])
    expect(result.value?.title).toBe('Databases')
  })

  test('a path that is not a step file is reported without reading the contents', () => {
    const result = parseStep('\u0000 binary', { path: 'backend/roadmap.md' })
    expect(result.value).toBeUndefined()
    expect(result.tree).toBeUndefined()
    expect(result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.reason, diagnostic.line])).toEqual([
      ['file-unexpected', 'Expected a step file named `NN-step-id.md`', 1]
    ])
  })
})

describe('parseRoadmap', () => {
  const roadmap =
    '---\ntitle: Backend\ndescription: Build the server side of the web.\nupdated: 2026-11-26\ntags: [backend, web]\n---\n'

  test('sections keep their Markdown, `###` sub-headings and lists; comments are left out', () => {
    const result = parseRoadmap(
      `${roadmap}\n<!-- comment -->\n\nIntro.\n\n## What you do\n\nProse.\n\n### Day to day\n\n- Servers\n- Databases\n\n<!-- comment -->\n\n\`\`\`sh\nnpm start\n\`\`\`\n\n> A quote.\n\n---\n\n## Career path\n\nMore.\n`,
      { path: 'content/backend/roadmap.md' }
    )
    expect(result.diagnostics).toEqual([])
    expect(result.value).toEqual({
      id: 'backend',
      title: 'Backend',
      description: 'Build the server side of the web.',
      updated: '2026-11-26',
      tags: ['backend', 'web'],
      introduction: 'Intro.',
      sections: [
        {
          id: 'what-you-do',
          title: 'What you do',
          body: 'Prose.\n\n### Day to day\n\n- Servers\n- Databases\n\n```sh\nnpm start\n```\n\n> A quote.\n\n---'
        },
        { id: 'career-path', title: 'Career path', body: 'More.' }
      ]
    })
  })

  test('HTML, `#` headings and duplicate sections are reported in document order', () => {
    const result = parseRoadmap(
      `${roadmap}\n# Backend\n\n<div>Intro</div>\n\n## Career\n\nA <em>bold</em> claim.\n\n## Career\n`,
      { path: 'backend/roadmap.md' }
    )
    expect(result.value).toBeUndefined()
    expect(lines(result.diagnostics)).toMatchInlineSnapshot(`
      [
        "8:1-8:10 heading-depth Unexpected \`#\` heading, expected \`##\`: the title lives in the frontmatter \`title\`; use \`##\` for a section",
        "10:1-10:17 unexpected-content Unexpected HTML in the roadmap introduction, expected Markdown prose",
        "14:3-14:7 unexpected-content Unexpected HTML \`<em>\`, expected Markdown; only comments (\`<!-- … -->\`) are allowed",
        "16:1-16:10 duplicate-heading-id Unexpected section heading \`Career\` with id \`career\`, already used on line 12; rename one of them",
      ]
    `)
  })

  test('a path that is not `roadmap.md` is reported', () => {
    expect(
      parseRoadmap(roadmap, { path: 'backend/01-intro.md' }).diagnostics.map((diagnostic) => diagnostic.reason)
    ).toEqual(['Expected a file named `roadmap.md`'])
  })
})

describe('parseContentFile', () => {
  test('chooses the parser by the file name', () => {
    expect(parseContentFile('---\n---\n', { path: 'backend/roadmap.md' }).kind).toBe('roadmap')
    expect(parseContentFile('---\n---\n', { path: 'backend/01-intro.md' }).kind).toBe('step')
  })

  test('a name the layout does not define is `unexpected`, with the reason', () => {
    const result = parseContentFile('anything', { path: 'content/backend/notes.md' })
    expect(result.kind).toBe('unexpected')
    expect(result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.reason, diagnostic.file])).toEqual([
      [
        'file-unexpected',
        'Unexpected file `notes.md`, expected `roadmap.md` or a step file named `NN-step-id.md`',
        'content/backend/notes.md'
      ]
    ])
  })

  test('every diagnostic carries its rule, source, docs URL, file and severity', () => {
    const [diagnostic] = parseContentFile('---\ntitle: T\n---\n', { path: 'backend/roadmap.md' }).diagnostics
    expect(diagnostic).toMatchObject({
      ruleId: 'frontmatter-required',
      source: 'roadmap',
      url: 'https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/frontmatter-required.md',
      file: 'backend/roadmap.md',
      fatal: true
    })
  })
})
