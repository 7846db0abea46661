import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { UsageError } from '../errors.js'
import { parseCliArguments } from './args.js'

function usageError(argv: string[]): string {
  try {
    parseCliArguments(argv)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as UsageError).message
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`)
}

describe('parseCliArguments', () => {
  test('defaults', () => {
    expect(parseCliArguments([])).toMatchObject({
      paths: [],
      format: 'stylish',
      output: undefined,
      maxWarnings: undefined,
      fix: false,
      offline: false,
      changed: undefined,
      config: undefined,
      color: undefined,
      help: false,
      version: false
    })
  })

  test('paths and flags, long and short', () => {
    expect(
      parseCliArguments([
        'content/backend',
        '-f',
        'json',
        '-o',
        'report.json',
        '--max-warnings',
        '0',
        '--fix',
        '--offline',
        '-c',
        'lint.json'
      ])
    ).toMatchObject({
      paths: ['content/backend'],
      format: 'json',
      output: 'report.json',
      maxWarnings: 0,
      fix: true,
      offline: true,
      config: 'lint.json'
    })
    expect(parseCliArguments(['--format=sarif', '--output=out/report.sarif'])).toMatchObject({
      format: 'sarif',
      output: 'out/report.sarif'
    })
  })

  test('--color and --no-color', () => {
    expect(parseCliArguments(['--color']).color).toBe(true)
    expect(parseCliArguments(['--no-color']).color).toBe(false)
    expect(parseCliArguments(['--color', '--no-color']).color).toBe(false)
  })

  test.each([
    [['--changed'], ''],
    [['--changed='], ''],
    [['--changed=origin/main'], 'origin/main'],
    [['--changed', 'main'], 'main'],
    [['--changed', '--offline'], '']
  ])('%j gives the base %j', (argv, base) => {
    expect(parseCliArguments(argv).changed).toBe(base)
  })

  test('`--changed PATH` keeps an existing path as a path', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'roadmap-lint-args-'))
    try {
      expect(parseCliArguments(['--changed', directory])).toMatchObject({ changed: '', paths: [directory] })
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  test.each(['stylish', 'json', 'github', 'sarif', 'markdown'])('accepts the format %s', (format) => {
    expect(parseCliArguments(['--format', format]).format).toBe(format)
  })

  test('an unknown format lists the known ones', () => {
    expect(usageError(['--format', 'xml'])).toBe(
      'Unknown format `xml`, expected one of `stylish`, `json`, `github`, `sarif`, `markdown`'
    )
  })

  test('--concurrency is still accepted, as deprecated: files are checked on one thread', () => {
    expect(parseCliArguments([]).deprecated).toEqual([])
    for (const value of ['auto', 'off', '3'])
      expect(parseCliArguments(['--concurrency', value]).deprecated).toEqual(['--concurrency'])
    expect(parseCliArguments(['--concurrency=3']).deprecated).toEqual(['--concurrency'])
    expect(parseCliArguments(['--link-concurrency', '64']).links.concurrency).toBe(64)
  })

  test('--allow-env names one variable per flag, repeatable', () => {
    expect(parseCliArguments([]).links.allowEnv).toEqual([])
    expect(parseCliArguments(['--allow-env', 'GITHUB_TOKEN', '--allow-env=GITLAB_TOKEN']).links.allowEnv).toEqual([
      'GITHUB_TOKEN',
      'GITLAB_TOKEN'
    ])
    expect(usageError(['--allow-env', 'A,B'])).toBe(
      'Unexpected `--allow-env A,B`, expected the name of one environment variable such as `GITHUB_TOKEN` (repeat the flag for more)'
    )
  })

  test('an unknown flag is a usage error', () => {
    expect(usageError(['--bogus'])).toMatch(/^Unknown option '--bogus'/)
  })

  test('a flag without its value is a usage error', () => {
    expect(usageError(['--format'])).toMatch(/--format/)
  })

  test.each([
    [['--max-warnings=-1'], 'Unexpected `--max-warnings -1`, expected a whole number of at least 0'],
    [['--max-warnings', 'ten'], 'Unexpected `--max-warnings ten`, expected a whole number of at least 0'],
    [['--link-concurrency', '0'], 'Unexpected `--link-concurrency 0`, expected a whole number of at least 1'],
    [
      ['--concurrency', '0'],
      "Unexpected `--concurrency 0`, expected `auto`, `off` or a whole number of threads of at least 1 (the link checker's limit is `--link-concurrency`)"
    ],
    [
      ['--concurrency', 'two'],
      "Unexpected `--concurrency two`, expected `auto`, `off` or a whole number of threads of at least 1 (the link checker's limit is `--link-concurrency`)"
    ],
    [['--timeout', '1.5'], 'Unexpected `--timeout 1.5`, expected a whole number of at least 1'],
    [['--max-warnings='], 'Unexpected `--max-warnings `, expected a whole number of at least 0']
  ])('%j is a usage error', (argv, message) => {
    expect(usageError(argv)).toBe(message)
  })
})

describe('parseCliArguments: `--` before flags (the npm habit)', () => {
  test('`pnpm lint:content -- --offline` passes `content -- --offline`: the same as `content --offline`', () => {
    expect(parseCliArguments(['content', '--', '--offline'])).toEqual(parseCliArguments(['content', '--offline']))
    expect(parseCliArguments(['content', '--', '--offline'])).toMatchObject({ paths: ['content'], offline: true })
  })

  test('flags and paths after `--` are both read; a trailing `--` is nothing', () => {
    expect(parseCliArguments(['--', 'content/backend', '-f', 'json', '--changed'])).toMatchObject({
      paths: ['content/backend'],
      format: 'json',
      changed: ''
    })
    expect(parseCliArguments(['content', '--'])).toMatchObject({ paths: ['content'] })
  })

  test('a path that starts with `-` is written `./-name`; the error after `--` says so', () => {
    expect(parseCliArguments(['--', './-draft.md'])).toMatchObject({ paths: ['./-draft.md'] })
    expect(usageError(['--', '--bogus'])).toBe(
      "Unknown option '--bogus'; flags after `--` are still flags, so write a path that starts with `-` as `./-name`"
    )
    expect(usageError(['--bogus'])).toBe("Unknown option '--bogus'")
  })
})
