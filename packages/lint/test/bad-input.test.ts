// The bad input, one case each: every one gives a diagnostic (or, for
// the config, a clear exit-2 message), and the run goes on for the other files.
// Each content has a healthy step with a planted problem (a URL shortener in
// `01-basics.md`), so a test sees that the rest was still linted.
import { execFileSync } from 'node:child_process'
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { resourceMd, runCapturing, stepMd, topicMd, useTempDirs, withRoadmaps, writeTree } from './helpers/content.js'

const temporary = useTempDirs()
const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const healthy = { 'backend/01-basics.md': stepMd(topicMd('Types', resourceMd('Short', 'https://bit.ly/abc'))) }
const shortener = 'content/backend/01-basics.md:13:3 error url-shortener'

interface Problem {
  file: string
  line: number
  column: number
  severity: string
  ruleId: string
  message: string
}

async function contentRoot(): Promise<string> {
  const root = await temporary()
  await writeTree(join(root, 'content'), withRoadmaps(healthy))
  return root
}

async function lintJson(root: string): Promise<{ code: number; problems: string[]; messages: string[] }> {
  const run = await runCapturing(['--offline', '-f', 'json'], { cwd: root })
  expect(run.stderr).toBe('')
  const problems = JSON.parse(run.stdout) as Problem[]
  return {
    code: run.code,
    problems: problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.ruleId}`),
    messages: problems.map((problem) => problem.message)
  }
}

test('a file that is not UTF-8', async () => {
  const root = await contentRoot()
  // "Café" in Latin-1: the é is the single byte 0xE9.
  await writeFile(join(root, 'content/backend/02-latin1.md'), Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'))
  const { code, problems, messages } = await lintJson(root)
  expect(code).toBe(1)
  expect(problems).toEqual([shortener, 'content/backend/02-latin1.md:2:11 error file-encoding'])
  expect(messages[1]).toBe('Unexpected byte that is not UTF-8, expected UTF-8 text; re-save the file as UTF-8')
})

test('a binary file', async () => {
  const root = await contentRoot()
  await writeFile(join(root, 'content/backend/02-image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
  const { problems } = await lintJson(root)
  expect(problems).toEqual([shortener, 'content/backend/02-image.md:3:1 error file-encoding'])
})

test('a file of 10 MB', async () => {
  const root = await contentRoot()
  await writeFile(join(root, 'content/backend/02-huge.md'), `---\ntitle: Huge\n---\n${'x'.repeat(10 * 1024 * 1024)}\n`)
  const { code, problems, messages } = await lintJson(root)
  expect(code).toBe(1)
  expect(problems).toEqual([shortener, 'content/backend/02-huge.md:1:1 error file-too-large'])
  expect(messages[1]).toBe('Unexpected file of 10.0 MiB, expected at most 1.0 MiB; split it into smaller step files')
})

test('a symbolic link loop: a file that links to itself', async () => {
  const root = await contentRoot()
  await symlink('02-loop.md', join(root, 'content/backend/02-loop.md'))
  const { problems, messages } = await lintJson(root)
  expect(problems).toEqual([shortener, 'content/backend/02-loop.md:1:1 error file-unreadable'])
  expect(messages[1]).toBe('Cannot read `02-loop.md`: symbolic link loop; point the link at a real file or remove it')
})

test('a symbolic link loop: a folder that links to its parent', async () => {
  const root = await contentRoot()
  await symlink('.', join(root, 'content/loop'))
  await symlink('..', join(root, 'content/backend/up'))
  const { code, problems } = await lintJson(root)
  expect(code).toBe(1)
  // Links are followed one level only, so the walk ends; each odd entry is named.
  expect(problems).toEqual([
    shortener,
    'content/backend/up:1:1 error file-unexpected',
    'content/loop/backend:1:1 error file-unexpected',
    'content/loop/loop:1:1 error file-unexpected',
    'content/loop/roadmap.md:1:1 error roadmap-missing'
  ])
})

test('an unreadable file: a dangling symbolic link', async () => {
  // Tests may run as root, for whom `chmod 000` does not stop a read; a link
  // to nowhere cannot be read by anyone.
  const root = await contentRoot()
  await symlink(join(root, 'missing.md'), join(root, 'content/backend/02-gone.md'))
  const { problems, messages } = await lintJson(root)
  expect(problems).toEqual([shortener, 'content/backend/02-gone.md:1:1 error file-unreadable'])
  expect(messages[1]).toBe('Cannot read `02-gone.md`: it does not exist')
})

test('an unreadable file: a named pipe, which would block a reader', async () => {
  const root = await contentRoot()
  execFileSync('mkfifo', [join(root, 'content/backend/02-pipe.md')])
  const { problems, messages } = await lintJson(root)
  expect(problems).toEqual([shortener, 'content/backend/02-pipe.md:1:1 error file-unreadable'])
  expect(messages[1]).toBe('Cannot read file: it is not a regular file; replace it with a Markdown file')
})

test('an unreadable file: a folder named like a step file', async () => {
  const root = await contentRoot()
  await mkdir(join(root, 'content/backend/02-folder.md'))
  const { problems, messages } = await lintJson(root)
  expect(problems).toEqual([shortener, 'content/backend/02-folder.md:1:1 error file-unexpected'])
  expect(messages[1]).toBe('Unexpected folder `02-folder.md` in roadmap `backend`, expected only `roadmap.md` and step files')
})

test('a config file with a typo: exit 2 with a clear message', async () => {
  const root = await contentRoot()
  await writeTree(root, { 'roadmap-lint.config.json': '{ "rules": { "url-shortner": "warning" } }' })
  expect(await runCapturing(['--offline'], { cwd: root })).toEqual({
    code: 2,
    stdout: '',
    stderr: 'roadmap-lint: Invalid roadmap-lint.config.json:\n  rules.url-shortner: Unknown rule `url-shortner`; did you mean `url-shortener`?\n'
  })
})

test('a hostile file among real content: a block quote nested 20,000 deep', async () => {
  // The case: a copy of content/backend plus a 20 KB step of `>>>…> text`.
  const root = await temporary()
  await cp(join(repository, 'content', 'backend'), join(root, 'content', 'backend'), { recursive: true })
  await writeFile(join(root, 'content/backend/08-deep.md'), `---\ntitle: Deep\nsummary: Deep.\nlevel: beginner\n---\n\n${'>'.repeat(20_000)} text\n`)
  await writeFile(join(root, 'content/backend/04-apis.md'), (await readFile(join(root, 'content/backend/04-apis.md'), 'utf8')).replace('\n## ', '\n### '))
  const { code, problems } = await lintJson(root)
  expect(code).toBe(1)
  // The real problem in another file is still found, and the deep one is reported, not parsed.
  expect(problems).toEqual([
    expect.stringMatching(/^content\/backend\/04-apis\.md:\d+:1 error heading-depth$/),
    'content/backend/08-deep.md:7:1 error max-list-items',
    'content/backend/08-deep.md:7:33 error max-nesting',
    'content/backend/08-deep.md:7:10001 error max-line-length'
  ])
})
