import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { quietConfigText, resourceMd, runCapturing, stepMd, topicMd } from '../../test/helpers/content.js'
import { clean, errors, project, temporary, warnings } from './__fixtures__/projects.js'

describe('exit codes', () => {
  test('0 for clean content, saying how many files were checked', async () => {
    const root = await project(clean)
    expect(await runCapturing(['--offline'], { cwd: root })).toEqual({
      code: 0,
      stdout: '✔ No problems in 2 files\n',
      stderr: ''
    })
  })

  test('0 with warnings only, 1 with an error', async () => {
    expect((await runCapturing(['--offline'], { cwd: await project(warnings) })).code).toBe(0)
    expect((await runCapturing(['--offline'], { cwd: await project(errors) })).code).toBe(1)
  })

  test('--max-warnings: 1 when there are more warnings than allowed', async () => {
    const root = await project(warnings)
    expect((await runCapturing(['--offline', '--max-warnings', '2'], { cwd: root })).code).toBe(0)
    const over = await runCapturing(['--offline', '--max-warnings', '1'], { cwd: root })
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('roadmap-lint found too many warnings (maximum: 1).\n')
  })

  test('2 for an unknown flag, with a pointer to --help', async () => {
    const run = await runCapturing(['--offline', '--bogus'], { cwd: await project(clean) })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^roadmap-lint: Unknown option '--bogus'.*\nRun `roadmap-lint --help` for usage\.\n$/s)
  })

  test('2 for a malformed --shard, even with --offline, which does not use it', async () => {
    const run = await runCapturing(['--shard', 'abc', '--offline'], { cwd: await project(clean) })
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'roadmap-lint: Unexpected `--shard abc`, expected `i/n` with whole numbers and `1 <= i <= n`, such as `2/3`\nRun `roadmap-lint --help` for usage.\n'
    })
  })

  test('link flags with --offline: a note on stderr that they do nothing', async () => {
    const run = await runCapturing(['--offline', '--shard=1/2', '--timeout', '5'], { cwd: await project(clean) })
    expect(run).toMatchObject({
      code: 0,
      stderr: 'roadmap-lint: `--timeout` and `--shard` have no effect with `--offline`, which checks no links.\n'
    })
  })

  test('--concurrency still runs, with a note on stderr that it is deprecated and does nothing', async () => {
    const run = await runCapturing(['--offline', '--concurrency', '2'], { cwd: await project(clean) })
    expect(run).toEqual({
      code: 0,
      stdout: '✔ No problems in 2 files\n',
      stderr:
        'roadmap-lint: `--concurrency` is deprecated and has no effect: files are checked on one thread; remove the flag.\n'
    })
  })

  test('2 for an unknown format', async () => {
    const run = await runCapturing(['--offline', '--format', 'xml'], { cwd: await project(clean) })
    expect(run).toMatchObject({ code: 2, stdout: '' })
    expect(run.stderr).toContain('Unknown format `xml`')
  })

  test('2 for a path that does not exist', async () => {
    const root = await temporary()
    const run = await runCapturing(['--offline'], { cwd: root })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `roadmap-lint: Cannot find \`${join(root, 'content')}\`: expected a content folder, a roadmap folder or a Markdown file\nRun \`roadmap-lint --help\` for usage.\n`
    )
  })

  test('2 for a config error, before anything is linted', async () => {
    const root = await project(errors, { 'roadmap-lint.config.json': '{ "rules": { "url-shortner": "off" } }' })
    expect(await runCapturing(['--offline'], { cwd: root })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'roadmap-lint: Invalid roadmap-lint.config.json:\n  rules.url-shortner: Unknown rule `url-shortner`; did you mean `url-shortener`?\n'
    })
  })
})

describe('configuration', () => {
  test('the nearest config applies, found from a subfolder', async () => {
    const root = await project(errors, { 'roadmap-lint.config.json': '{ "rules": { "url-shortener": "warning" } }' })
    const run = await runCapturing(['--offline', '--format', 'json', '../content'], { cwd: join(root, 'content') })
    expect(run.code).toBe(0)
    expect(
      JSON.parse(run.stdout).map(
        (problem: { severity: string; ruleId: string }) => `${problem.severity} ${problem.ruleId}`
      )
    ).toEqual(['warning list-marker', 'warning url-shortener'])
  })

  test('--config names a file anywhere, and wins over the nearest', async () => {
    const root = await project(errors, {
      'roadmap-lint.config.json': '{}',
      'config/strict.json': quietConfigText({ rules: { 'list-marker': 'error', 'url-shortener': 'off' } })
    })
    const run = await runCapturing(['--offline', '--format', 'json', '--config', 'config/strict.json'], { cwd: root })
    expect(
      JSON.parse(run.stdout).map(
        (problem: { severity: string; ruleId: string }) => `${problem.severity} ${problem.ruleId}`
      )
    ).toEqual(['error list-marker'])
  })

  test('--config with a missing file is exit 2', async () => {
    const run = await runCapturing(['--offline', '--config', 'nope.json'], { cwd: await project(clean) })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('roadmap-lint: Cannot read config file `nope.json`: it does not exist\n')
  })

  test("`ignore` leaves the linter's rules out of a file's report", async () => {
    const root = await project(errors, { 'roadmap-lint.config.json': '{ "ignore": ["content/backend/01-*.md"] }' })
    expect(await runCapturing(['--offline'], { cwd: root })).toEqual({
      code: 0,
      stdout: '✔ No problems in 2 files\n',
      stderr: ''
    })
  })

  test('a planted config cannot hide a problem of the content format: not by severity, not by `ignore`', async () => {
    const broken = {
      'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('Spec', 'javascript:alert(1)', 'official')))
    }
    const off = await project(broken, { 'roadmap-lint.config.json': '{ "rules": { "resource-url": "off" } }' })
    const refused = await runCapturing(['--offline'], { cwd: off })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(
      /^roadmap-lint: Invalid roadmap-lint\.config\.json:\n {2}rules\.resource-url: Unexpected setting for rule `resource-url`/
    )
    const ignored = await project(broken, { 'roadmap-lint.config.json': '{ "ignore": ["content/**"] }' })
    const run = await runCapturing(['--offline', '-f', 'json'], { cwd: ignored })
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout).map((problem: { ruleId: string }) => problem.ruleId)).toEqual(['resource-url'])
  })

  test('a JS config that throws is exit 2 with its message', async () => {
    const root = await project(clean, { 'roadmap-lint.config.mjs': "throw new Error('cannot decide')\n" })
    expect(await runCapturing(['--offline'], { cwd: root })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'roadmap-lint: Cannot load config file `roadmap-lint.config.mjs`: cannot decide\n'
    })
  })
})
