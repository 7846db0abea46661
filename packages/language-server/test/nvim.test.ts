import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ContentCopy, copyContent, lintWithCli } from './helpers/content.js'

const nvim = '/usr/bin/nvim'
const init = fileURLToPath(new URL('nvim/init.lua', import.meta.url))
const bin = fileURLToPath(new URL('../bin/roadmap-language-server.js', import.meta.url))
const step = 'content/backend/03-how-the-internet-works.md'
let copy: ContentCopy

beforeAll(async () => {
  copy = await copyContent()
})

afterAll(async () => {
  await copy?.remove()
})

// Neovim comes from Debian's package (.ci/ensure-test-packages installs it):
// without it this fails, never skips.
describe('roadmap-language-server in headless Neovim', () => {
  it('shows planted mistakes at the line and column roadmap-lint reports', async () => {
    expect(existsSync(nvim), `${nvim} is missing: apt-get install neovim`).toBe(true)
    const text = (await copy.read(step))
      .replace('level: beginner', 'level: expert')
      .replace('requires: []', 'requires: [databases, no-such-step]')
      .replace('\n- [MDN: how', '\n* [MDN: how')
      .replace('## DNS and how names are resolved', '#### DNS and how names are resolved')
    await copy.write(step, text)
    const out = copy.path('diagnostics.json')
    await promisify(execFile)(nvim, ['--headless', '-n', '-i', 'NONE', '-u', init, copy.path(step)], {
      cwd: copy.root,
      env: {
        ...process.env,
        ROADMAP_LS_OUT: out,
        ROADMAP_LS_BIN: bin,
        ROADMAP_LS_ROOT: copy.root,
        ROADMAP_LS_NODE: process.execPath
      }
    })
    const seen = JSON.parse(await readFile(out, 'utf8')) as {
      received: boolean
      completion: string[]
      definition: string | null
      fixed: string
      problems: Array<{ line: number; column: number; ruleId: string; message: string; severity: string }>
    }
    const expected = (await lintWithCli(copy.root, step)).map(({ line, column, ruleId, message, severity }) => ({
      line,
      column,
      ruleId,
      message,
      severity
    }))
    expect(seen.received).toBe(true)
    expect(expected.map((problem) => problem.ruleId)).toEqual(
      expect.arrayContaining(['frontmatter-invalid', 'requires-unknown', 'list-marker', 'heading-depth'])
    )
    const order = (a: { line: number; column: number; ruleId: string }, b: typeof a) =>
      a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)
    expect([...seen.problems].sort(order)).toEqual([...expected].sort(order))

    expect(seen.completion).toEqual(expect.arrayContaining(['databases', 'frontend/html-and-accessibility']))
    expect(seen.definition).toBe(copy.path('content/backend/04-databases.md'))
    // Every fix applied in Neovim gives the text `roadmap-lint --fix` writes.
    await lintWithCli(copy.root, step, ['--fix'])
    expect(seen.fixed).toBe(await copy.read(step))
    expect(seen.fixed).not.toBe(text)
    // Neovim's start-up, the server's and the CLI's on a busy machine: a limit against a hang, not a measure.
  }, 180_000)
})
