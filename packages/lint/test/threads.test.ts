// Files checked on worker threads (with the main thread checking some too)
// give the same report, byte for byte, as all on the main thread, in every
// format, and `--fix` writes the same files. The
// built bin in a child process (threads exist only in the built package), on
// the repository's content plus generated steps with problems of many kinds.
import { execFile } from 'node:child_process'
import { cp, readdir, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, describe, expect, test } from 'vitest'
import { closeAll, startServer } from '@roadmap/test-servers'
import { formatterNames } from '../src/formatters/index.js'
import { resourceMd, stepMd, topicMd, useTempDirs, writeTree } from './helpers/content.js'

const run = promisify(execFile)
const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const repository = resolve(packageRoot, '../..')
const bin = join(packageRoot, 'dist', 'cli', 'bin.js')
const counter = pathToFileURL(join(packageRoot, 'test', 'helpers', 'count-file-threads.mjs')).href
const temporary = useTempDirs()
afterEach(closeAll)

async function roadmapLint(
  argv: string[],
  cwd: string
): Promise<{ code: number; stdout: string; threads: number; sent: number }> {
  const result = await run(process.execPath, ['--import', counter, bin, ...argv], {
    cwd,
    env: { PATH: process.env.PATH ?? '' },
    maxBuffer: 64 * 2 ** 20
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr
    })
  )
  const threads = Number(/file threads: (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN)
  const sent = Number(/files sent to them: (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN)
  return { code: result.code, stdout: result.stdout, threads, sent }
}

/** 80 generated steps, most with a problem: fixable ones, per-file ones and cross-file ones. */
function generatedSteps(): Record<string, string> {
  const files: Record<string, string> = {
    'generated/roadmap.md':
      '---\ntitle: Generated\ndescription: Steps with problems, for the thread test.\nupdated: 2026-01-01\n---\n\nAn introduction.\n'
  }
  for (let n = 1; n <= 80; n++) {
    const number = String(n).padStart(2, '0')
    const kind = n % 8
    const resources = [
      resourceMd('MDN', `https://developer.mozilla.org/en-US/docs/Web/HTTP/${n}`),
      kind === 1
        ? resourceMd('Short', `https://bit.ly/abc${n}`)
        : resourceMd('RFC', `https://www.rfc-editor.org/rfc/rfc${9000 + n}`),
      kind === 2 ? resourceMd('Insecure', `http://example.com/${n}`) : resourceMd('Spec', `https://example.org/${n}`)
    ]
    let body = stepMd(topicMd(`Topic ${n}`, ...resources), {
      title: kind === 3 ? `A title that is much longer than sixty characters, for step ${n}` : `Step ${n}`,
      ...(kind === 4 ? { requires: ['no-such-step'] } : {}),
      ...(kind === 5 ? { intro: `See [the next step](./${number}-missing.md).` } : {})
    })
    if (kind === 6) body = body.replace('\n## ', '\n### ')
    if (kind === 7) body = body.replace(/^- /m, '* ')
    files[`generated/${number}-step-${n}.md`] = body
  }
  return files
}

/** The repository's content plus the generated steps, in a folder of its own (removed after each test). */
async function contentRoot(): Promise<string> {
  const root = await temporary()
  await cp(join(repository, 'content'), join(root, 'content'), { recursive: true })
  await writeTree(join(root, 'content'), generatedSteps())
  return root
}

// Each test starts the CLI several times (the --fix test four times, each
// starting a worker): on a busy 2-core CI machine one took over 20 s.
describe('worker threads', { timeout: 60_000 }, () => {
  test.each(formatterNames)('the %s report is the same on threads as on the main thread', async (format) => {
    const root = await contentRoot()
    const single = await roadmapLint(
      ['content', '--offline', '--no-content-cache', '--concurrency', 'off', '-f', format, '--no-color'],
      root
    )
    const threaded = await roadmapLint(
      ['content', '--offline', '--no-content-cache', '--concurrency', '2', '-f', format, '--no-color'],
      root
    )
    expect(single.threads).toBe(0)
    // Two threads: the main thread and one worker, each checking some of the files.
    expect(threaded.threads).toBe(1)
    const fileCount = (await readdir(join(root, 'content'), { recursive: true })).filter(
      (name) => name.endsWith('.md') && name.includes('/')
    ).length
    expect(threaded.sent).toBeGreaterThan(0)
    expect(threaded.sent).toBeLessThan(fileCount)
    expect(single.code).toBe(1)
    expect(threaded.code).toBe(single.code)
    expect(threaded.stdout).toBe(single.stdout)
    expect(single.stdout.length).toBeGreaterThan(500)
  })

  test('--fix writes the same files on threads as on the main thread', async () => {
    const trees: Array<Record<string, string>> = []
    for (const concurrency of ['off', '2']) {
      const copy = await contentRoot()
      const result = await roadmapLint(
        ['content', '--offline', '--fix', '--concurrency', concurrency, '-f', 'json'],
        copy
      )
      // One worker for each lint of the run (before and after the fixes).
      expect(result.threads).toBe(concurrency === 'off' ? 0 : 2)
      const folder = join(copy, 'content', 'generated')
      const names = (await readdir(folder)).sort()
      trees.push(
        Object.fromEntries(
          await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')]))
        )
      )
    }
    expect(trees[1]).toEqual(trees[0])
    // Something was fixed: the `*` bullets of every eighth step.
    expect(trees[0]?.['07-step-7.md']).not.toMatch(/^\* /m)
  })

  /**
   * Generated steps whose MDN links point at a loopback server instead:
   * `/live/<n>` are pages, anything else (`/dead/<n>`, the made-up path the
   * checker asks to find soft 404s) is 404.
   */
  async function linkedContent(): Promise<string> {
    const server = await startServer((request, response) => {
      response.statusCode = /^\/live\/\d+$/.test(request.url ?? '') ? 200 : 404
      response.end()
    })
    const root = await temporary()
    const steps = Object.entries(generatedSteps()).map(([name, text]) => [
      name,
      text.replace(
        /https:\/\/developer\.mozilla\.org\/en-US\/docs\/Web\/HTTP\/(\d+)/g,
        (_, n: string) => `${server.origin}/${Number(n) % 5 === 0 ? 'dead' : 'live'}/${n}`
      )
    ])
    await writeTree(root, {
      'roadmap-lint.config.json': JSON.stringify({
        rules: { 'url-insecure': 'off' },
        links: { exclude: ['https://', 'http://example.com/'] }
      })
    })
    await writeTree(join(root, 'content'), Object.fromEntries(steps))
    return root
  }

  test('external links found on threads are checked as on the main thread', async () => {
    const root = await linkedContent()
    const args = ['content', '--allow-private-hosts', '--no-cache', '--no-content-cache', '-f', 'json']
    const single = await roadmapLint([...args, '--concurrency', 'off'], root)
    const threaded = await roadmapLint([...args, '--concurrency', '2'], root)
    expect(threaded.threads).toBe(1)
    expect(threaded.stdout).toBe(single.stdout)
    const broken = (JSON.parse(threaded.stdout) as Array<{ ruleId: string }>).filter(
      (problem) => problem.ruleId === 'link-broken'
    )
    expect(broken).toHaveLength(16)
  })

  test('a content cache filled on threads offline serves runs on threads with and without links, with the same reports', async () => {
    const root = await linkedContent()
    const online = ['content', '--allow-private-hosts', '--no-cache', '-f', 'json', '--concurrency', '2']
    const offline = ['content', '--offline', '-f', 'json', '--concurrency', '2']
    const expectedOnline = (await roadmapLint([...online, '--no-content-cache'], root)).stdout
    const expectedOffline = (await roadmapLint([...offline, '--no-content-cache'], root)).stdout
    const filling = await roadmapLint(offline, root)
    expect(filling.threads).toBe(1)
    expect(filling.stdout).toBe(expectedOffline)
    // Every file is in the cache now: no thread starts, and the links of every file are there to check.
    const cachedOnline = await roadmapLint(online, root)
    expect(cachedOnline.threads).toBe(0)
    expect(cachedOnline.stdout).toBe(expectedOnline)
    expect((await roadmapLint(offline, root)).stdout).toBe(expectedOffline)
  })

  test('with `auto`, a small run stays on the main thread: threads would cost more than they save', async () => {
    const small = await contentRoot()
    expect(
      (await roadmapLint(['content', '--offline', '--no-content-cache', '--concurrency', 'auto'], small)).threads
    ).toBe(0)
    expect((await roadmapLint(['content', '--offline', '--no-content-cache'], small)).threads).toBe(0)
  })
})
