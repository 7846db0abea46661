// The dataset build runs the pipeline and rules of `roadmap-lint`, with the
// configuration beside the content: it refuses content that `roadmap-lint`
// rejects, in roadmap-lint's words, and writes nothing then.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'
import { tempDir } from './temp-dir.js'

const run = promisify(execFile)
const script = fileURLToPath(new URL('../scripts/build-dataset.js', import.meta.url))

const roadmap = '---\ntitle: Web\ndescription: Build for the web.\nupdated: 2026-01-01\n---\n\nAn introduction.\n'
// Reviewed today: the linter warns about a step without a `reviewed` date.
const today = new Date().toISOString().slice(0, 10)
const step = (url: string) =>
  `---\ntitle: HTML\nsummary: Write pages.\nlevel: beginner\nreviewed: ${today}\n---\n\nWhy.\n\n## Elements\n\nWhat elements are.\n\n- [Elements](${url} "official")\n`

async function build(files: Record<string, string>) {
  const root = await tempDir('dataset')
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true })
    await writeFile(join(root, name), text)
  }
  const out = join(root, 'out')
  await mkdir(out)
  const result = await run(process.execPath, [script, '--content', join(root, 'content'), '--out', out]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr
    })
  )
  return { ...result, root, out }
}

test('writes the dataset of clean content', async () => {
  const { code, stdout, out } = await build({
    'content/web/roadmap.md': roadmap,
    'content/web/01-html.md': step('https://html.spec.whatwg.org/')
  })
  expect(code).toBe(0)
  expect(stdout).toContain('Built the dataset: 1 roadmap(s), 1 step(s).')
  expect(JSON.parse(await readFile(join(out, 'data.json'), 'utf8'))).toMatchObject([
    { id: 'web', steps: [{ id: 'html' }] }
  ])
})

test("refuses content a linter rule rejects, printing roadmap-lint's report, and writes nothing", async () => {
  const { code, stderr, out } = await build({
    'content/web/roadmap.md': roadmap,
    'content/web/01-html.md': step('https://bit.ly/html')
  })
  expect(code).toBe(1)
  expect(stderr).toContain('content/web/01-html.md')
  expect(stderr).toMatch(/14:3 +error +Unexpected URL shortener `bit\.ly`.*url-shortener/)
  expect(stderr).toContain('The dataset was not built')
  expect(existsSync(join(out, 'data.json'))).toBe(false)
})

test('follows the configuration beside the content: a rule it turns off does not refuse', async () => {
  const { code, stderr } = await build({
    'roadmap-lint.config.json': JSON.stringify({ rules: { 'url-shortener': 'off' } }),
    'content/web/roadmap.md': roadmap,
    'content/web/01-html.md': step('https://bit.ly/html')
  })
  expect(stderr).toBe('')
  expect(code).toBe(0)
})

test('a planted disable comment or config cannot make a step vanish from the dataset', async () => {
  const silenced = await build({
    'content/web/roadmap.md': roadmap,
    'content/web/01-html.md': step('https://html.spec.whatwg.org/'),
    'content/web/02-css.md': step('javascript:alert(1)').replace(
      '- [Elements]',
      '<!-- roadmap-lint-disable-next-line -->\n- [Elements]'
    )
  })
  expect(silenced.code).toBe(1)
  expect(silenced.stderr).toMatch(/content\/web\/02-css\.md\n.*error +Unexpected resource URL `javascript:alert\(1\)`/)
  expect(existsSync(join(silenced.out, 'data.json'))).toBe(false)
  const configured = await build({
    'roadmap-lint.config.json': JSON.stringify({ rules: { 'resource-url': 'off' }, ignore: ['content/**'] }),
    'content/web/roadmap.md': roadmap,
    'content/web/01-html.md': step('javascript:alert(1)')
  })
  expect(configured.code).toBe(1)
  expect(configured.stderr).toMatch(/^roadmap-lint: Invalid roadmap-lint\.config\.json:\n {2}rules\.resource-url: /)
  expect(configured.stderr).not.toMatch(/\n +at /)
  const ignored = await build({
    'roadmap-lint.config.json': JSON.stringify({ ignore: ['content/**'] }),
    'content/web/roadmap.md': roadmap,
    'content/web/01-html.md': step('javascript:alert(1)')
  })
  expect(ignored.code).toBe(1)
  expect(ignored.stderr).toContain('Unexpected resource URL `javascript:alert(1)`')
})
