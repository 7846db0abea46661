// A bug in one check must not take the run down: the error becomes an
// `internal-error` on the file being checked, the rest is linted, and the
// exit code is 1 (2 with --exit-on-internal-error). The bugs are planted:
// `list-marker` throws on one file, `step-numbering` (a cross-file rule)
// throws when asked.
import { join } from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import {
  quietConfigText,
  resourceMd,
  runCapturing,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from './helpers/content.js'

const bugs = vi.hoisted(() => ({ crossFile: false }))

vi.mock('../src/rules/list-marker.js', async (original) => {
  const { listMarker } = await original<typeof import('../src/rules/list-marker.js')>()
  return {
    listMarker: {
      ...listMarker,
      check: (context: Parameters<typeof listMarker.check>[0]) => {
        if (context.file.path.endsWith('02-buggy.md'))
          throw new TypeError("Cannot read properties of undefined (reading 'length')")
        listMarker.check(context)
      }
    }
  }
})

vi.mock('../src/rules/step-numbering.js', async (original) => {
  const { stepNumbering } = await original<typeof import('../src/rules/step-numbering.js')>()
  return {
    stepNumbering: {
      ...stepNumbering,
      check: (context: Parameters<typeof stepNumbering.check>[0]) => {
        if (bugs.crossFile) throw new RangeError('Maximum call stack size exceeded')
        stepNumbering.check(context)
      }
    }
  }
})

// The linter loads the parse from here when the first file must be parsed.
vi.mock('@roadmap/core/pipeline', async (original) => {
  const core = await original<typeof import('@roadmap/core/pipeline')>()
  return {
    ...core,
    parseContentFile: (...args: Parameters<typeof core.parseContentFile>) => {
      if (args[1].path.endsWith('04-crash.md')) throw new RangeError('Maximum call stack size exceeded')
      return core.parseContentFile(...args)
    }
  }
})

afterEach(() => {
  bugs.crossFile = false
})

const temporary = useTempDirs()

async function project(): Promise<string> {
  const root = await temporary()
  const shortener = stepMd(topicMd('Types', resourceMd('Short', 'https://bit.ly/abc')))
  // `*` markers: `list-marker` would report them, if it did not throw on this file.
  const buggy = stepMd(
    topicMd('Tools', resourceMd('MDN', 'https://developer.mozilla.org/en-US/')).replace('- [', '* [')
  )
  await writeTree(root, { 'roadmap-lint.config.json': quietConfigText() })
  await writeTree(
    join(root, 'content'),
    withRoadmaps({
      'backend/01-basics.md': shortener,
      'backend/02-buggy.md': buggy,
      'backend/03-other.md': buggy.replace('Tools', 'More')
    })
  )
  return root
}

async function lintJson(root: string, ...flags: string[]) {
  const run = await runCapturing(['--offline', '-f', 'json', ...flags], { cwd: root })
  expect(run.stderr).toBe('')
  const problems = JSON.parse(run.stdout) as Array<{
    file: string
    line: number
    column: number
    ruleId: string
    message: string
  }>
  return {
    code: run.code,
    problems: problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.ruleId}`),
    messages: problems.map((problem) => problem.message)
  }
}

test('a rule that throws on one file: an internal-error there, every other check and file still reported, exit 1', async () => {
  const { code, problems, messages } = await lintJson(await project())
  expect(code).toBe(1)
  expect(problems).toEqual([
    'content/backend/01-basics.md:13:3 url-shortener',
    'content/backend/02-buggy.md:1:1 internal-error',
    'content/backend/03-other.md:13:1 list-marker'
  ])
  expect(messages[1]).toBe(
    "Internal error while running rule `list-marker`: TypeError: Cannot read properties of undefined (reading 'length'). This is a bug in roadmap-lint, not in the content: please report it at https://github.com/roadmap-dev/roadmap/issues with this file"
  )
})

test('--exit-on-internal-error: the same report, exit 2', async () => {
  const root = await project()
  const strict = await lintJson(root, '--exit-on-internal-error')
  expect(strict.code).toBe(2)
  expect(strict.problems).toEqual((await lintJson(root)).problems)
})

test('--exit-on-internal-error changes nothing when no check failed', async () => {
  const root = await temporary()
  await writeTree(
    join(root, 'content'),
    withRoadmaps({ 'backend/01-basics.md': stepMd(topicMd('Types', resourceMd('Short', 'https://bit.ly/abc'))) })
  )
  expect((await lintJson(root, '--exit-on-internal-error')).code).toBe(1)
})

test('a cross-file rule that throws: an internal-error on the first file, naming the rule', async () => {
  bugs.crossFile = true
  const { code, problems, messages } = await lintJson(await project())
  expect(code).toBe(1)
  expect(problems).toContain('content/backend/01-basics.md:1:1 internal-error')
  expect(problems).toContain('content/backend/01-basics.md:13:3 url-shortener')
  expect(messages.find((message) => message.startsWith('Internal error'))).toMatch(
    /^Internal error while running rule `step-numbering` across files: RangeError: Maximum call stack size exceeded\. /
  )
})

test('a parser that throws on one file: an internal-error there, the other files linted', async () => {
  const root = await project()
  await writeTree(join(root, 'content'), {
    'backend/04-crash.md': stepMd(topicMd('Crash', resourceMd('Short', 'https://bit.ly/xyz')))
  })
  const { code, problems, messages } = await lintJson(root)
  expect(code).toBe(1)
  expect(problems).toEqual([
    'content/backend/01-basics.md:13:3 url-shortener',
    'content/backend/02-buggy.md:1:1 internal-error',
    'content/backend/03-other.md:13:1 list-marker',
    'content/backend/04-crash.md:1:1 internal-error'
  ])
  expect(messages[3]).toMatch(/^Internal error while parsing: RangeError: Maximum call stack size exceeded\. /)
})

test('stylish shows it like any other error, with its docs page', async () => {
  const run = await runCapturing(['--offline'], { cwd: await project(), env: { COLUMNS: '160' } })
  expect(run.stdout).toContain(
    'internal-error  https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/internal-error.md'
  )
})
