import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { resourceMd, runCapturing, stepMd, topicMd, useTempDirs, withRoadmaps, writeTree } from '../../test/helpers/content.js'
import { helpText } from './help.js'
import { version } from './run.js'

const temporary = useTempDirs()
const mdn = resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP')
const clean = { 'backend/01-apis.md': stepMd(topicMd('REST', mdn)) }
/** Two warnings: a list marker and a tracking parameter. */
const warnings = { 'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP?utm_source=x')).replace('- [', '* [')) }
/** One error (a shortener) and one warning (a list marker). */
const errors = { 'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('Short', 'https://bit.ly/abc')), { intro: 'Learn:\n\n* this' }) }

async function project(files: Record<string, string>, extra: Record<string, string> = {}): Promise<string> {
  const root = await temporary()
  await writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...extra })
  await writeTree(join(root, 'content'), withRoadmaps(files))
  return root
}

describe('exit codes', () => {
  test('0 for clean content, saying how many files were checked', async () => {
    const root = await project(clean)
    expect(await runCapturing(['--offline'], { cwd: root })).toEqual({ code: 0, stdout: '✔ No problems in 2 files\n', stderr: '' })
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
      stderr: 'roadmap-lint: Unexpected `--shard abc`, expected `i/n` with whole numbers and `1 <= i <= n`, such as `2/3`\nRun `roadmap-lint --help` for usage.\n'
    })
  })

  test('link flags with --offline: a note on stderr that they do nothing', async () => {
    const run = await runCapturing(['--offline', '--shard=1/2', '--timeout', '5'], { cwd: await project(clean) })
    expect(run).toMatchObject({ code: 0, stderr: 'roadmap-lint: `--timeout` and `--shard` have no effect with `--offline`, which checks no links.\n' })
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
    expect(run.stderr).toBe(`roadmap-lint: Cannot find \`${join(root, 'content')}\`: expected a content folder, a roadmap folder or a Markdown file\nRun \`roadmap-lint --help\` for usage.\n`)
  })

  test('2 for a config error, before anything is linted', async () => {
    const root = await project(errors, { 'roadmap-lint.config.json': '{ "rules": { "url-shortner": "off" } }' })
    expect(await runCapturing(['--offline'], { cwd: root })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'roadmap-lint: Invalid roadmap-lint.config.json:\n  rules.url-shortner: Unknown rule `url-shortner`; did you mean `url-shortener`?\n'
    })
  })
})

describe('configuration', () => {
  test('the nearest config applies, found from a subfolder', async () => {
    const root = await project(errors, { 'roadmap-lint.config.json': '{ "rules": { "url-shortener": "warning" } }' })
    const run = await runCapturing(['--offline', '--format', 'json', '../content'], { cwd: join(root, 'content') })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).map((problem: { severity: string; ruleId: string }) => `${problem.severity} ${problem.ruleId}`)).toEqual([
      'warning list-marker',
      'warning url-shortener'
    ])
  })

  test('--config names a file anywhere, and wins over the nearest', async () => {
    const root = await project(errors, { 'roadmap-lint.config.json': '{}', 'config/strict.json': '{ "rules": { "list-marker": "error", "url-shortener": "off" } }' })
    const run = await runCapturing(['--offline', '--format', 'json', '--config', 'config/strict.json'], { cwd: root })
    expect(JSON.parse(run.stdout).map((problem: { severity: string; ruleId: string }) => `${problem.severity} ${problem.ruleId}`)).toEqual(['error list-marker'])
  })

  test('--config with a missing file is exit 2', async () => {
    const run = await runCapturing(['--offline', '--config', 'nope.json'], { cwd: await project(clean) })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('roadmap-lint: Cannot read config file `nope.json`: it does not exist\n')
  })

  test('`ignore` leaves files out of the report', async () => {
    const root = await project(errors, { 'roadmap-lint.config.json': '{ "ignore": ["content/backend/01-*.md"] }' })
    expect(await runCapturing(['--offline'], { cwd: root })).toEqual({ code: 0, stdout: '✔ No problems in 1 file\n', stderr: '' })
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

describe('formats', () => {
  test('json: a flat array with paths relative to the working directory', async () => {
    const run = await runCapturing(['--offline', '-f', 'json'], { cwd: await project(errors) })
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: 'content/backend/01-apis.md',
        line: 9,
        column: 1,
        endLine: 9,
        endColumn: 2,
        ruleId: 'list-marker',
        severity: 'warning',
        message: 'Unexpected list marker `*`, expected `-`',
        url: 'https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/list-marker.md'
      },
      {
        file: 'content/backend/01-apis.md',
        line: 15,
        column: 3,
        endLine: 15,
        endColumn: 40,
        ruleId: 'url-shortener',
        severity: 'error',
        message: 'Unexpected URL shortener `bit.ly` in `https://bit.ly/abc`, expected the full address of the page; open the link and use the URL it leads to',
        url: 'https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/url-shortener.md'
      }
    ])
  })

  test.each([
    ['stylish', /^content\/backend\/01-apis\.md\n {2}9:1 +warning/],
    ['github', /^::warning file=content\/backend\/01-apis\.md,line=9,/m],
    ['sarif', /"version": "2\.1\.0"/],
    ['markdown', /^\|.*\|$/m]
  ])('%s', async (format, pattern) => {
    const run = await runCapturing(['--offline', '--format', format], { cwd: await project(errors) })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(pattern)
    expect(run.stdout).toContain('url-shortener')
  })

  test('--output writes the report to a file, creating its folder, and nothing to stdout', async () => {
    const root = await project(errors)
    const run = await runCapturing(['--offline', '-f', 'sarif', '-o', 'reports/lint.sarif'], { cwd: root, env: { FORCE_COLOR: '1' } })
    expect(run).toMatchObject({ code: 1, stdout: '' })
    const sarif = JSON.parse(await readFile(join(root, 'reports', 'lint.sarif'), 'utf8'))
    expect(sarif.runs[0].results).toHaveLength(2)
  })

  test('--output never colours, whatever FORCE_COLOR says', async () => {
    const root = await project(errors)
    await runCapturing(['--offline', '-o', 'lint.txt'], { cwd: root, env: { FORCE_COLOR: '1' }, isTTY: true })
    expect(await readFile(join(root, 'lint.txt'), 'utf8')).not.toContain('\u001b[')
  })
})

describe('colour', () => {
  test('on a terminal, unless NO_COLOR is set', async () => {
    const root = await project(errors)
    expect((await runCapturing(['--offline'], { cwd: root, isTTY: true })).stdout).toContain('\u001b[')
    expect((await runCapturing(['--offline'], { cwd: root, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[')
  })

  test('FORCE_COLOR colours a pipe; --no-color wins over it', async () => {
    const root = await project(errors)
    expect((await runCapturing(['--offline'], { cwd: root })).stdout).not.toContain('\u001b[')
    expect((await runCapturing(['--offline'], { cwd: root, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[')
    expect((await runCapturing(['--offline', '--no-color'], { cwd: root, env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[')
    expect((await runCapturing(['--offline', '--color'], { cwd: root })).stdout).toContain('\u001b[')
  })
})

describe('--help and --version', () => {
  test('--help prints the usage and exits 0', async () => {
    expect(await runCapturing(['--help'], { cwd: await temporary() })).toEqual({ code: 0, stdout: helpText, stderr: '' })
    expect((await runCapturing(['-h'], { cwd: await temporary() })).stdout).toBe(helpText)
  })

  test('--version prints the version of the package', async () => {
    const packageJson = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(await runCapturing(['--version'], { cwd: await temporary() })).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' })
    expect(version).toBe(packageJson.version)
  })
})

describe('--fix', () => {
  test('fixes what it can, says so, and reports what is left at its new place', async () => {
    const root = await project({
      'backend/01-apis.md': stepMd(topicMd('REST', mdn), { intro: 'See [MDN](https://developer.mozilla.org/en-US/?utm_source=a&utm_medium=b) and [this](https://bit.ly/c).\n\n* one\n* two' })
    })
    const run = await runCapturing(['--offline', '--fix', '-f', 'json'], { cwd: root })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('Fixed 3 problems in 1 file.\n')
    expect(JSON.parse(run.stdout).map((problem: { line: number; column: number; ruleId: string }) => `${problem.line}:${problem.column} ${problem.ruleId}`)).toEqual([
      '7:53 url-shortener'
    ])
    const text = await readFile(join(root, 'content/backend/01-apis.md'), 'utf8')
    expect(text).toContain('See [MDN](https://developer.mozilla.org/en-US/) and [this](https://bit.ly/c).\n\n- one\n- two\n')
    expect((await readdir(join(root, 'content/backend'))).sort()).toEqual(['01-apis.md', 'roadmap.md'])
  })

  test('with nothing to fix, fixes nothing and changes nothing', async () => {
    const root = await project(clean)
    const before = await readFile(join(root, 'content/backend/01-apis.md'), 'utf8')
    expect(await runCapturing(['--offline', '--fix'], { cwd: root })).toEqual({ code: 0, stdout: '✔ No problems in 2 files\n', stderr: '' })
    expect(await readFile(join(root, 'content/backend/01-apis.md'), 'utf8')).toBe(before)
  })
})
