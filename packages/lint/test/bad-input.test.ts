// The bad input, one case each: every one gives a diagnostic (or, for
// the config, a clear exit-2 message), and the run goes on for the other files.
// Each content has a healthy step with a planted problem (a URL shortener in
// `01-basics.md`), so a test sees that the rest was still linted.
import { execFileSync } from 'node:child_process'
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
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
  await writeTree(root, { 'roadmap-lint.config.json': quietConfigText() })
  await writeTree(join(root, 'content'), withRoadmaps(healthy))
  return root
}

async function lintJson(root: string): Promise<{ code: number; problems: string[]; messages: string[] }> {
  const run = await runCapturing(['--offline', '-f', 'json'], { cwd: root })
  expect(run.stderr).toBe('')
  const problems = JSON.parse(run.stdout) as Problem[]
  return {
    code: run.code,
    problems: problems.map(
      (problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.ruleId}`
    ),
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
  await writeFile(
    join(root, 'content/backend/02-image.md'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
  )
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
  expect(problems).toEqual([shortener, 'content/backend/02-loop.md:1:1 error content-symlink'])
  expect(messages[1]).toBe(
    'Unexpected symbolic link `02-loop.md`, expected a real file or folder: content is never read through a link; replace the link with what it points to'
  )
})

test('a symbolic link loop: a folder that links to its parent', async () => {
  const root = await contentRoot()
  await symlink('.', join(root, 'content/loop'))
  await symlink('..', join(root, 'content/backend/up'))
  const { code, problems } = await lintJson(root)
  expect(code).toBe(1)
  // Links are never followed, so the walk ends; each link is named.
  expect(problems).toEqual([
    shortener,
    'content/backend/up:1:1 error content-symlink',
    'content/loop:1:1 error content-symlink'
  ])
})

test('a dangling symbolic link', async () => {
  const root = await contentRoot()
  await symlink(join(root, 'missing.md'), join(root, 'content/backend/02-gone.md'))
  const { problems } = await lintJson(root)
  expect(problems).toEqual([shortener, 'content/backend/02-gone.md:1:1 error content-symlink'])
})

test.each([
  ['the environment of the process', '/proc/self/environ'],
  ['a file outside the content folder', 'secret.md'],
  ['a file inside the content folder', 'content/backend/01-basics.md']
])('a symbolic link to %s is reported and never read, in any format', async (_, target) => {
  const root = await contentRoot()
  await writeFile(join(root, 'secret.md'), '---\ntitle: SECRET-TOKEN-42\n---\nSECRET-TOKEN-42\n')
  await symlink(target.startsWith('/') ? target : join(root, target), join(root, 'content/backend/02-env.md'))
  await symlink(join(root, 'secret.md'), join(root, 'content/backend/roadmap-extra.md'))
  const env = { ...process.env, ROADMAP_SECRET: 'SECRET-TOKEN-42' }
  for (const format of ['stylish', 'json', 'github', 'sarif', 'markdown']) {
    const run = await runCapturing(['--offline', '-f', format], { cwd: root, env })
    expect(run.code, format).toBe(1)
    expect(run.stdout + run.stderr, format).not.toContain('SECRET-TOKEN-42')
    expect(run.stdout, format).toContain('content-symlink')
  }
  const { problems } = await lintJson(root)
  expect(problems).toEqual([
    shortener,
    'content/backend/02-env.md:1:1 error content-symlink',
    'content/backend/roadmap-extra.md:1:1 error content-symlink'
  ])
})

test('a symbolic link is not followed by --fix, --changed or a named path either', async () => {
  const root = await contentRoot()
  await writeFile(
    join(root, 'secret.md'),
    stepMd(topicMd('Secret', resourceMd('SECRET-TOKEN-42', 'https://example.org/?utm_source=x')))
  )
  await symlink(join(root, 'secret.md'), join(root, 'content/backend/02-link.md'))
  const before = await readFile(join(root, 'secret.md'), 'utf8')
  const fixed = await runCapturing(['--offline', '--fix', '-f', 'json'], { cwd: root })
  expect(fixed.stdout).not.toContain('SECRET-TOKEN-42')
  expect(await readFile(join(root, 'secret.md'), 'utf8')).toBe(before)
  const named = await runCapturing(['--offline', '-f', 'json', 'content/backend/02-link.md'], { cwd: root })
  expect(JSON.parse(named.stdout).map((problem: { ruleId: string }) => problem.ruleId)).toEqual(['content-symlink'])
})

test('an unreadable file: a dangling path named in a roadmap that is not a link', async () => {
  // Tests may run as root, for whom `chmod 000` does not stop a read: a file
  // removed between discovery and reading is what cannot be read.
  const { readContentFile } = await import('@roadmap/core/pipeline')
  const root = await contentRoot()
  const read = await readContentFile(join(root, 'content/backend/02-removed.md'))
  expect('file' in read && read.file.messages.map((message) => `${message.ruleId} ${message.reason}`)).toEqual([
    'file-unreadable Cannot read file: it does not exist'
  ])
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
  expect(messages[1]).toBe(
    'Unexpected folder `02-folder.md` in roadmap `backend`, expected only `roadmap.md` and step files'
  )
})

test('a config file with a typo: exit 2 with a clear message', async () => {
  const root = await contentRoot()
  await writeTree(root, { 'roadmap-lint.config.json': '{ "rules": { "url-shortner": "warning" } }' })
  expect(await runCapturing(['--offline'], { cwd: root })).toEqual({
    code: 2,
    stdout: '',
    stderr:
      'roadmap-lint: Invalid roadmap-lint.config.json:\n  rules.url-shortner: Unknown rule `url-shortner`; did you mean `url-shortener`?\n'
  })
})

test('a hostile file among real content: a block quote nested 20,000 deep', async () => {
  // The case: a copy of the content (backend links into the other
  // roadmaps) plus a 20 KB step of `>>>…> text` in backend, and a real mistake
  // in another step (file names read from the copy, so that renumbering the
  // roadmap does not break the test).
  const root = await temporary()
  const backend = join(root, 'content', 'backend')
  await cp(join(repository, 'content'), join(root, 'content'), { recursive: true })
  const steps = (await readdir(backend)).filter((name) => /^\d+-.+\.md$/.test(name)).sort()
  const edited = steps[1] as string
  const deep = `${String(Number.parseInt(steps.at(-1) as string, 10) + 1).padStart(2, '0')}-deep.md`
  await writeFile(
    join(backend, deep),
    `---\ntitle: Deep\nsummary: Deep.\nlevel: beginner\n---\n\n${'>'.repeat(20_000)} text\n`
  )
  await writeFile(join(backend, edited), (await readFile(join(backend, edited), 'utf8')).replace('\n## ', '\n### '))
  const { code, problems } = await lintJson(root)
  expect(code).toBe(1)
  // The real problem in another file is still found, and the deep one is reported, not parsed.
  expect(problems).toEqual([
    expect.stringMatching(new RegExp(`^content/backend/${edited.replace('.', '\\.')}:\\d+:1 error heading-depth$`)),
    `content/backend/${deep}:7:1 error max-list-items`,
    `content/backend/${deep}:7:33 error max-nesting`,
    `content/backend/${deep}:7:10001 error max-line-length`
  ])
})
