import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runCapturing, stepMd, topicMd } from '../../test/helpers/content.js'
import { clean, mdn, project } from './__fixtures__/projects.js'

describe('--fix', () => {
  test('fixes what it can, says so, and reports what is left at its new place', async () => {
    const root = await project({
      'backend/01-apis.md': stepMd(topicMd('REST', mdn), {
        intro:
          'See [MDN](https://developer.mozilla.org/en-US/?utm_source=a&utm_medium=b) and [this](https://bit.ly/c).\n\n* one\n* two'
      })
    })
    const run = await runCapturing(['--offline', '--fix', '-f', 'json'], { cwd: root })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('Fixed 3 problems in 1 file.\n')
    expect(
      JSON.parse(run.stdout).map(
        (problem: { line: number; column: number; ruleId: string }) =>
          `${problem.line}:${problem.column} ${problem.ruleId}`
      )
    ).toEqual(['7:53 url-shortener'])
    const text = await readFile(join(root, 'content/backend/01-apis.md'), 'utf8')
    expect(text).toContain(
      'See [MDN](https://developer.mozilla.org/en-US/) and [this](https://bit.ly/c).\n\n- one\n- two\n'
    )
    expect((await readdir(join(root, 'content/backend'))).sort()).toEqual(['01-apis.md', 'roadmap.md'])
  })

  test('a run without --fix says how many problems --fix can fix, and --fix fixes that many', async () => {
    const root = await project({
      'backend/01-apis.md': stepMd(topicMd('REST', mdn), {
        intro:
          'See [MDN](https://developer.mozilla.org/en-US/?utm_source=a&utm_medium=b) and [this](https://bit.ly/c).\n\n* one\n* two'
      })
    })
    const stylish = await runCapturing(['--offline'], { cwd: root })
    expect(stylish.code).toBe(1)
    expect(stylish.stdout).toContain('✖ 4 problems (1 error, 3 warnings)\n  3 problems can be fixed with `--fix`\n')
    const markdown = await runCapturing(['--offline', '-f', 'markdown'], { cwd: root })
    expect(markdown.stdout).toContain('❌ 1 error, 3 warnings in 1 file; 3 problems can be fixed with `--fix`\n')
    // The other formats are unchanged: they have no field for it.
    const json = await runCapturing(['--offline', '-f', 'json'], { cwd: root })
    expect(json.stdout).not.toContain('fix')

    const fixed = await runCapturing(['--offline', '--fix'], { cwd: root })
    expect(fixed.stderr).toBe('Fixed 3 problems in 1 file.\n')
    expect(fixed.stdout).toContain('✖ 1 problem (1 error, 0 warnings)\n')
    expect(fixed.stdout).not.toContain('can be fixed')
  })

  test('with nothing to fix, fixes nothing and changes nothing', async () => {
    const root = await project(clean)
    const before = await readFile(join(root, 'content/backend/01-apis.md'), 'utf8')
    expect(await runCapturing(['--offline', '--fix'], { cwd: root })).toEqual({
      code: 0,
      stdout: '✔ No problems in 2 files\n',
      stderr: ''
    })
    expect(await readFile(join(root, 'content/backend/01-apis.md'), 'utf8')).toBe(before)
  })
})
