import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runLinksReport } from '../src/cli/links-report.js'
import { recordingIo } from './helpers/git-repo.js'

let folder: string

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'links-report-'))
})

afterEach(() => rmSync(folder, { recursive: true, force: true }))

const broken = {
  file: 'content/web/01-html.md',
  line: 12,
  column: 3,
  endLine: 12,
  endColumn: 60,
  ruleId: 'link-broken',
  severity: 'error',
  message: 'Unexpected status `404` for `https://example.com/gone`, expected a page',
  url: 'https://example.com/docs/rules/link-broken.md'
}

function shard(name: string, diagnostics: unknown[]): string {
  writeFileSync(join(folder, name), JSON.stringify(diagnostics))
  return name
}

describe('links-report', () => {
  it('merges the shards into one report and exits 1 when links are broken', async () => {
    const files = [shard('links-1.json', [broken]), shard('links-2.json', []), shard('links-3.json', [broken])]
    const io = recordingIo(folder)
    expect(await runLinksReport(['--output', 'report.md', '--shards', '3', ...files], io)).toBe(1)
    expect(io.out()).toBe('1 link problem(s); wrote report.md.\n')
    const report = readFileSync(join(folder, 'report.md'), 'utf8')
    expect(report).toMatch(/^# Broken links report\n/)
    expect(report.match(/link-broken\.md/g)).toHaveLength(1)
  })

  it('exits 0 and prints to standard output when every link works', async () => {
    const io = recordingIo(folder)
    expect(await runLinksReport([shard('links-1.json', [])], io)).toBe(0)
    expect(io.out()).toBe('# Broken links report\n\nThe link check found no broken links.\n')
  })

  it('exits 2 when a shard is missing, so a partial run never closes the issue', async () => {
    const io = recordingIo(folder)
    expect(await runLinksReport(['--shards', '3', shard('links-1.json', []), shard('links-2.json', [])], io)).toBe(2)
    expect(io.err()).toContain('Expected 3 shard reports, got 2')
  })

  it('exits 2 for a missing or malformed report and for no report at all', async () => {
    const missing = recordingIo(folder)
    expect(await runLinksReport(['links-9.json'], missing)).toBe(2)
    expect(missing.err()).toContain('Cannot read the report `links-9.json`')

    const malformed = recordingIo(folder)
    expect(await runLinksReport([shard('links-1.json', [{ ...broken, severity: 'fatal' }])], malformed)).toBe(2)
    expect(malformed.err()).toContain('Unexpected shape of `links-1.json` at `0.severity`')

    const none = recordingIo(folder)
    expect(await runLinksReport([], none)).toBe(2)
    expect(none.err()).toContain('Missing the JSON reports to merge')
  })
})
