import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runCapturing } from '../../test/helpers/content.js'
import { errors, project, temporary } from './__fixtures__/projects.js'
import { helpText } from './help.js'
import { version } from '../version.js'

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
        message:
          'Unexpected URL shortener `bit.ly` in `https://bit.ly/abc`, expected the full address of the page; open the link and use the URL it leads to',
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

  test("stylish fits the terminal's width, else COLUMNS, else 80", async () => {
    const cwd = await project(errors)
    const widest = (text: string) =>
      Math.max(
        ...text
          .replace(/\u001B\[\d+m/g, '')
          .split('\n')
          .filter((line) => !/^ {4}https:\/\/\S+$/.test(line))
          .map((line) => line.length)
      )
    const terminal = await runCapturing(['--offline'], { cwd, isTTY: true, columns: 60 })
    expect(terminal.stdout).toContain('\u001B[')
    expect(widest(terminal.stdout)).toBeLessThanOrEqual(60)
    expect(widest((await runCapturing(['--offline'], { cwd, env: { COLUMNS: '70' } })).stdout)).toBeLessThanOrEqual(70)
    const piped = (await runCapturing(['--offline'], { cwd })).stdout
    expect(widest(piped)).toBeLessThanOrEqual(80)
    expect(widest(piped)).toBeGreaterThan(70)
  })

  test('--output writes the report to a file, creating its folder, and nothing to stdout', async () => {
    const root = await project(errors)
    const run = await runCapturing(['--offline', '-f', 'sarif', '-o', 'reports/lint.sarif'], {
      cwd: root,
      env: { FORCE_COLOR: '1' }
    })
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
    expect(
      (await runCapturing(['--offline'], { cwd: root, isTTY: true, env: { NO_COLOR: '1' } })).stdout
    ).not.toContain('\u001b[')
  })

  test('FORCE_COLOR colours a pipe; --no-color wins over it', async () => {
    const root = await project(errors)
    expect((await runCapturing(['--offline'], { cwd: root })).stdout).not.toContain('\u001b[')
    expect((await runCapturing(['--offline'], { cwd: root, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[')
    expect(
      (await runCapturing(['--offline', '--no-color'], { cwd: root, env: { FORCE_COLOR: '1' } })).stdout
    ).not.toContain('\u001b[')
    expect((await runCapturing(['--offline', '--color'], { cwd: root })).stdout).toContain('\u001b[')
  })
})

describe('--help and --version', () => {
  test('--help prints the usage and exits 0', async () => {
    expect(await runCapturing(['--help'], { cwd: await temporary() })).toEqual({
      code: 0,
      stdout: helpText,
      stderr: ''
    })
    expect((await runCapturing(['-h'], { cwd: await temporary() })).stdout).toBe(helpText)
  })

  test('--version prints the version of the package', async () => {
    const packageJson = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(await runCapturing(['--version'], { cwd: await temporary() })).toEqual({
      code: 0,
      stdout: `${packageJson.version}\n`,
      stderr: ''
    })
    expect(version).toBe(packageJson.version)
  })
})
