import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { mixedResults, options, warningResults } from './__fixtures__/results.js'
import { stylish } from './stylish.js'

/** ANSI codes made visible: `\u001B[31m` becomes `<31>`. */
const visible = (text: string) => text.replace(/\u001B\[(\d+)m/g, '<$1>')
const plain = (text: string) => text.replace(/\u001B\[\d+m/g, '')

describe('stylish', () => {
  test('says how many files it checked when there are no problems', () => {
    expect(stylish([], options())).toBe('✔ No problems in 0 files\n')
    expect(stylish([new VFile({ path: 'a.md' })], options())).toBe('✔ No problems in 1 file\n')
    expect(visible(stylish(warningResults().slice(1), options({ color: true })))).toBe(
      '<32>✔ No problems in 1 file<39>\n'
    )
  })

  test('warnings only', () => {
    expect(stylish(warningResults(), options())).toMatchInlineSnapshot(`
      "content/backend/steps/03-apis.md
        3:12  warning  Cannot find step \`http\`; did you mean  requires-unknown
                       \`internet\`?
          3 | requires: [http, dbs]
            |            ^^^^
        3:18  warning  Cannot find step \`dbs\`; did you mean   requires-unknown
                       \`databases\`?
          3 | requires: [http, dbs]
            |                  ^^^

      ✖ 2 problems (0 errors, 2 warnings)

      Rule docs:
        requires-unknown
          https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md
      "
    `)
  })

  test('errors and warnings, with code frames where the text has the line (a wide terminal)', () => {
    expect(stylish(mixedResults(), options({ width: 140 }))).toMatchInlineSnapshot(`
      "content/backend/roadmap.md
        3:12  warning  Cannot find step \`dbs\`; did you mean \`databases\`?                           requires-unknown
          3 | requires: [dbs]
            |            ^
        4:1   error    Unexpected key \`a|b\`: 100% unknown, remove it                               frontmatter-unknown-key
                       or rename it
          4 | a|b: c
            | ^^^^^^
        9:3   error    Unexpected resource kind \`blog\`, expected \`official\`, \`article\` or \`video\`  resource-kind
          9 | - [Docs](https://example.org "blog")
            |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        9:37  warning  Unexpected end of file
          9 | - [Docs](https://example.org "blog")
            |                                     ^

      content/backend/steps/02-databases.md
        1:1  error    Cannot read file: EACCES, permission denied  file-unreadable

      content/web dev/roadmap.md
        40:1  warning  Cannot reach \`https://example.org/gone\`: 404  link-dead

      ✖ 6 problems (3 errors, 3 warnings)

      Rule docs:
        file-unreadable          https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/file-unreadable.md
        frontmatter-unknown-key  https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/frontmatter-unknown-key.md
        link-dead                https://example.org/rules/link-dead
        requires-unknown         https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md
        resource-kind            https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/resource-kind.md
      "
    `)
  })

  test('colour on: red errors, yellow warnings, dim positions and rule ids, underlined paths', () => {
    expect(visible(stylish(mixedResults(), options({ color: true, width: 140 })))).toMatchInlineSnapshot(`
      "<4>content/backend/roadmap.md<24>
        <2>3:12<22>  <33>warning<39>  Cannot find step \`dbs\`; did you mean \`databases\`?                           <2>requires-unknown<22>
          <2>3 |<22> requires: [dbs]
          <2>  |<22>            <33>^<39>
        <2>4:1<22>   <31>error<39>    Unexpected key \`a|b\`: 100% unknown, remove it                               <2>frontmatter-unknown-key<22>
                       or rename it
          <2>4 |<22> a|b: c
          <2>  |<22> <31>^^^^^^<39>
        <2>9:3<22>   <31>error<39>    Unexpected resource kind \`blog\`, expected \`official\`, \`article\` or \`video\`  <2>resource-kind<22>
          <2>9 |<22> - [Docs](https://example.org "blog")
          <2>  |<22>   <31>^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^<39>
        <2>9:37<22>  <33>warning<39>  Unexpected end of file
          <2>9 |<22> - [Docs](https://example.org "blog")
          <2>  |<22>                                     <33>^<39>

      <4>content/backend/steps/02-databases.md<24>
        <2>1:1<22>  <31>error<39>    Cannot read file: EACCES, permission denied  <2>file-unreadable<22>

      <4>content/web dev/roadmap.md<24>
        <2>40:1<22>  <33>warning<39>  Cannot reach \`https://example.org/gone\`: 404  <2>link-dead<22>

      <1><31>✖ 6 problems (3 errors, 3 warnings)<39><22>

      Rule docs:
        file-unreadable          <2>https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/file-unreadable.md<22>
        frontmatter-unknown-key  <2>https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/frontmatter-unknown-key.md<22>
        link-dead                <2>https://example.org/rules/link-dead<22>
        requires-unknown         <2>https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md<22>
        resource-kind            <2>https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/resource-kind.md<22>
      "
    `)
  })

  test('a narrow terminal: messages wrap in their column, rule docs go under their ids', () => {
    expect(stylish(mixedResults(), options({ width: 72 }))).toMatchInlineSnapshot(`
      "content/backend/roadmap.md
        3:12  warning  Cannot find step \`dbs\`; did  requires-unknown
                       you mean \`databases\`?
          3 | requires: [dbs]
            |            ^
        4:1   error    Unexpected key \`a|b\`: 100%   frontmatter-unknown-key
                       unknown, remove it
                       or rename it
          4 | a|b: c
            | ^^^^^^
        9:3   error    Unexpected resource kind     resource-kind
                       \`blog\`, expected \`official\`,
                       \`article\` or \`video\`
          9 | - [Docs](https://example.org "blog")
            |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        9:37  warning  Unexpected end of file
          9 | - [Docs](https://example.org "blog")
            |                                     ^

      content/backend/steps/02-databases.md
        1:1  error    Cannot read file: EACCES, permission  file-unreadable
                      denied

      content/web dev/roadmap.md
        40:1  warning  Cannot reach \`https://example.org/gone\`: 404  link-dead

      ✖ 6 problems (3 errors, 3 warnings)

      Rule docs:
        file-unreadable
          https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/file-unreadable.md
        frontmatter-unknown-key
          https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/frontmatter-unknown-key.md
        link-dead
          https://example.org/rules/link-dead
        requires-unknown
          https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md
        resource-kind
          https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/resource-kind.md
      "
    `)
  })

  test('too narrow for a rule column: each rule id goes on a line of its own', () => {
    expect(stylish(warningResults(), options({ width: 50 }))).toMatchInlineSnapshot(`
      "content/backend/steps/03-apis.md
        3:12  warning  Cannot find step \`http\`; did you
                       mean \`internet\`?
                       requires-unknown
          3 | requires: [http, dbs]
            |            ^^^^
        3:18  warning  Cannot find step \`dbs\`; did you
                       mean \`databases\`?
                       requires-unknown
          3 | requires: [http, dbs]
            |                  ^^^

      ✖ 2 problems (0 errors, 2 warnings)

      Rule docs:
        requires-unknown
          https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/requires-unknown.md
      "
    `)
  })

  test('a long message in a 100-column terminal: no line past 100 (it was 236)', () => {
    const file = new VFile({ path: 'content/devops/05-containers.md', value: '---\ntitle: Containers: images\n---\n' })
    const reason = `Unexpected \`: \` in the value of \`title\` (YAML reads it as a nested key), expected the value in quotes: \`title: "${'Containers: images, registries and runtimes '.repeat(3).trim()}"\``
    const place = { start: { line: 2, column: 18 }, end: { line: 2, column: 20 } }
    file.message(reason, { place, ruleId: 'yaml-syntax' }).fatal = true
    const output = stylish([file], options({ width: 100 }))
    expect(Math.max(...output.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100)
    expect(output.split('\n').slice(0, 5)).toEqual([
      'content/devops/05-containers.md',
      '  2:18  error    Unexpected `: ` in the value of `title` (YAML reads it as a nested  yaml-syntax',
      '                 key), expected the value in quotes: `title: "Containers: images,',
      '                 registries and runtimes Containers: images, registries and runtimes',
      '                 Containers: images, registries and runtimes"`'
    ])
  })

  test.each([40, 50, 60, 80, 100, 120, 200])(
    'nothing but a rule docs URL passes %i columns, with or without colour',
    (width) => {
      const results = [...mixedResults(), ...warningResults()]
      for (const color of [false, true]) {
        const lines = plain(stylish(results, options({ width, color }))).split('\n')
        const long = lines.filter((line) => line.length > width && !/^ {4}https?:\/\/\S+$/.test(line))
        expect(long).toEqual([])
      }
    }
  )

  test('the summary says how many problems `--fix` can fix: those that carry a fix', () => {
    const [step, clean] = warningResults()
    if (!step || !clean) throw new Error('fixture')
    const edit = { range: [0, 1], text: '-' }
    Object.assign(step.messages[0] as object, { fix: edit })
    expect(stylish([step, clean], options({ width: 140 }))).toContain(
      '✖ 2 problems (0 errors, 2 warnings)\n  1 problem can be fixed with `--fix`\n'
    )
    Object.assign(step.messages[1] as object, { fix: edit })
    expect(visible(stylish([step], options({ color: true, width: 140 })))).toContain(
      '<1><33>✖ 2 problems (0 errors, 2 warnings)<39><22>\n<1><33>  2 problems can be fixed with `--fix`<39><22>\n'
    )
    // No fix: no line.
    Object.assign(step.messages[0] as object, { fix: undefined })
    Object.assign(step.messages[1] as object, { fix: null })
    expect(stylish([step], options())).not.toContain('--fix')
  })

  test('colour changes nothing but the ANSI codes', () => {
    const coloured = stylish(mixedResults(), options({ color: true }))
    expect(coloured).toContain('\u001B[')
    expect(plain(coloured)).toBe(stylish(mixedResults(), options()))
    expect(stylish(mixedResults(), options())).not.toContain('\u001B')
  })

  test('one error, with a tab before it (shown as →)', () => {
    const file = new VFile({ path: 'notes.md', value: '\t- [Docs](x)' })
    const place = { start: { line: 1, column: 11 }, end: { line: 1, column: 12 } }
    file.message('Unexpected `x`, expected a URL', { place, ruleId: 'resource-url' }).fatal = true
    expect(stylish([file], options()).replaceAll('\t', '→')).toMatchInlineSnapshot(`
      "notes.md
        1:11  error    Unexpected \`x\`, expected a URL  resource-url
          1 | →- [Docs](x)
            | →         ^

      ✖ 1 problem (1 error, 0 warnings)
      "
    `)
  })
})

test('control characters in messages, paths and content cannot reach the terminal', () => {
  const file = new VFile({ path: 'evil\u001B]52;c;aGk=\u0007.md', value: 'title: \u001B[2Jx' })
  const place = { start: { line: 1, column: 12 }, end: { line: 1, column: 13 } }
  file.message('Unexpected `\u001B[31mx\u009B`', { place, ruleId: 'rule\u0007' }).fatal = true
  const output = stylish([file], options())
  expect(output).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/)
  expect(output).toMatchInlineSnapshot(`
    "evil␛]52;c;aGk=␇.md
      1:12  error    Unexpected \`␛[31mx�\`  rule␇
        1 | title: ␛[2Jx
          |            ^

    ✖ 1 problem (1 error, 0 warnings)
    "
  `)
})
