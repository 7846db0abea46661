#!/usr/bin/env node
// Diagnostics latency of roadmap-language-server while typing: the time from
// the last keystroke of a burst to the diagnostics of that text, in a 1 MiB
// step file of the real library, and in one of the library's own steps (the
// baseline of the same run).
//
//   pnpm bench:lsp                 (from the repository root: builds, then runs)
//   node bench/src/lsp.js [--runs 15] [--keys 8] [--interval 40]
//
// The server runs as an editor starts it (`roadmap-language-server --stdio`,
// its default 150 ms debounce), driven by a real LSP client over stdio, on a
// copy of content/ with the large step added to backend/. Each round types
// `--keys` characters, one change notification each, `--interval` ms apart,
// then waits for the diagnostics of the last version. The target (issue 31):
// a median of at most 300 ms after the last keystroke in the 1 MiB file.
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node'
import { parseContentFile } from '@roadmap/core/pipeline'
import { machine, median, positiveInteger, revision, round3, table } from './report.js'
import { largeStep } from './lsp-large-step.js'

const benchRoot = fileURLToPath(new URL('..', import.meta.url))
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const targetMs = 300

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    keys: { type: 'string', default: '8' },
    interval: { type: 'string', default: '40' },
    out: { type: 'string', default: join(benchRoot, 'results/lsp.json') },
    help: { type: 'boolean', short: 'h' }
  }
})
if (values.help) {
  console.log('Usage: node bench/src/lsp.js [--runs 15] [--keys 8] [--interval 40] [--out FILE]')
  process.exit(0)
}
const runs = positiveInteger(values.runs, '--runs')
const keys = positiveInteger(values.keys, '--keys')
const interval = positiveInteger(values.interval, '--interval')

const root = mkdtempSync(join(tmpdir(), 'roadmap-bench-lsp-'))
cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true })
const large = join(root, 'content/backend/90-large-step.md')
writeFileSync(large, largeStep())
const small = join(root, 'content/backend/04-databases.md')

const server = spawn(
  process.execPath,
  [join(repoRoot, 'packages/language-server/bin/roadmap-language-server.js'), '--stdio'],
  {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit']
  }
)
const connection = createProtocolConnection(
  new StreamMessageReader(server.stdout),
  new StreamMessageWriter(server.stdin)
)
const waiting = new Map()
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  const key = `${params.uri}@${params.version}`
  waiting.get(key)?.(params)
  waiting.delete(key)
})
connection.listen()
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(root).href,
  capabilities: {}
})
await connection.sendNotification('initialized', {})

const diagnosticsOf = (uri, version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve))

async function measure(path) {
  const uri = pathToFileURL(path).href
  const text = readFileSync(path, 'utf8')
  const opened = diagnosticsOf(uri, 1)
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text }
  })
  const first = await opened
  const latencies = []
  let version = 1
  // Type at the end of the introduction's first line, as a writer would.
  const line = text
    .split('\n')
    .findIndex((each, index) => index > 0 && each.trim() !== '' && !each.includes(':') && each !== '---')
  let character = text.split('\n')[line].length
  for (let round = 0; round <= runs; round++) {
    let last = 0
    let done
    for (let key = 0; key < keys; key++) {
      version += 1
      if (key === keys - 1) done = diagnosticsOf(uri, version)
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]
      })
      character += 1
      last = performance.now()
      if (key < keys - 1) await sleep(interval)
    }
    await done
    // The first round warms the server's code for this file: not counted.
    if (round > 0) latencies.push(performance.now() - last)
  }
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } })
  return { bytes: Buffer.byteLength(text), problems: first.diagnostics.length, latencies }
}

// The floor: the core's parse of the large file alone (Markdown and YAML,
// in this process), the part of a check no server can skip without parsing
// less than the whole file.
function parseFloor(path) {
  const text = readFileSync(path, 'utf8')
  const latencies = []
  for (let round = 0; round <= runs; round++) {
    const start = performance.now()
    parseContentFile(text, { path })
    if (round > 0) latencies.push(performance.now() - start)
  }
  return { bytes: Buffer.byteLength(text), problems: 0, latencies }
}

const loadBefore = loadavg()
const baseline = await measure(small)
const big = await measure(large)
const floor = parseFloor(large)
const loadAfter = loadavg()
await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
rmSync(root, { recursive: true, force: true })

const result = (name, run) => ({
  name,
  bytes: run.bytes,
  problems: run.problems,
  medianMs: round3(median(run.latencies)),
  minMs: round3(Math.min(...run.latencies)),
  maxMs: round3(Math.max(...run.latencies)),
  samples: run.latencies.map(round3)
})
const rows = [
  result('04-databases.md (baseline)', baseline),
  result('1 MiB step', big),
  result('1 MiB step: parse alone, no server (floor)', floor)
]
const report = {
  date: new Date().toISOString(),
  revision: revision(),
  machine: machine(),
  loadAverage: { before: loadBefore.map(round3), after: loadAfter.map(round3) },
  options: { runs, keys, interval, debounceMs: 150 },
  results: rows
}
writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`)
table(
  ['file', 'bytes', 'problems', 'after the last keystroke, median ms (min–max)', '× baseline'],
  rows.map((row) => [
    row.name,
    String(row.bytes),
    String(row.problems),
    `${row.medianMs} (${row.minMs}–${row.maxMs})`,
    `${round3(row.medianMs / (rows[0]?.medianMs ?? 1))}×`
  ])
)
const verdict = (rows[1]?.medianMs ?? Infinity) <= targetMs ? 'met' : 'NOT met'
console.log(
  `Target: median ≤ ${targetMs} ms in the 1 MiB file: ${verdict}. Load average ${loadBefore.map((n) => n.toFixed(2)).join(' ')} before, ${loadAfter.map((n) => n.toFixed(2)).join(' ')} after.`
)
