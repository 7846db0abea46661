#!/usr/bin/env node
// Summarise a V8 CPU profile (`node --cpu-prof`): the functions with the most
// self time, and the time spent under each function (inclusive), so a hot spot
// can be traced to the caller that asks for it.
//
//   node bench/src/profile-summary.js <file.cpuprofile> [--top 25] [--match text] [--stages]
//
// --stages sums the samples by stage of a lint run instead (markdown parse,
// GC, YAML, reading files, tree walks, URL parsing, …): each sample counts for
// the first stage in the list below that appears anywhere on its stack.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, match: { type: 'string' }, stages: { type: 'boolean' } }
})
const [path] = positionals
if (!path) {
  console.error('Usage: node bench/src/profile-summary.js <file.cpuprofile> [--top 25] [--match text] [--stages]')
  process.exit(2)
}

const profile = JSON.parse(readFileSync(path, 'utf8'))
const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const parents = new Map()
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)

// Sample time per node: timeDeltas[i] is the time before samples[i].
const selfMicros = new Map()
for (const [index, id] of profile.samples.entries()) {
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0))
}
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0)

const label = ({ callFrame: frame }) => {
  const file = frame.url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '')
    .replace(/^.*\/packages\//, 'packages/')
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`
}

const self = new Map()
const inclusive = new Map()
for (const [id, micros] of selfMicros) {
  const own = label(nodes.get(id))
  self.set(own, (self.get(own) ?? 0) + micros)
  // Count each function once per stack, however deep it recurses.
  const seen = new Set()
  for (let at = id; at !== undefined; at = parents.get(at)) {
    const name = label(nodes.get(at))
    if (seen.has(name)) continue
    seen.add(name)
    inclusive.set(name, (inclusive.get(name) ?? 0) + micros)
  }
}

/** Stages of a lint run, tested in order against every frame of a sample's stack. */
const stages = [
  ['garbage collection', (frame) => frame.functionName === '(garbage collector)'],
  ['markdown parse (micromark, mdast)', (frame) => frame.functionName === 'fromMarkdown'],
  ['YAML parseDocument', (frame) => frame.functionName === 'parseDocument'],
  [
    'new URL',
    (frame) => frame.functionName === 'parseUrl' || (frame.functionName === 'URL' && frame.url === 'node:internal/url')
  ],
  ['unist-util-visit', (frame) => /unist-util-visit/.test(frame.url)],
  [
    'reading files',
    (frame) =>
      ['readContentFile', 'readFileUtf8', 'readFileSync', 'readFileHandle', 'fstat', 'close', 'open'].includes(
        frame.functionName
      ) || /node:internal\/fs/.test(frame.url)
  ],
  ['core: frontmatter positions and zod', (frame) => frame.functionName === 'readFrontmatter'],
  ['core: build model', (frame) => /core\/dist\/build\//.test(frame.url)],
  ['core: validate', (frame) => /core\/dist\/validate\//.test(frame.url)],
  ['lint: rules', (frame) => /lint\/dist\/rules\//.test(frame.url)],
  ['lint: engine', (frame) => /lint\/dist\/engine\//.test(frame.url)],
  ['module loading', (frame) => /node:internal\/modules/.test(frame.url)]
]

if (values.stages) {
  const byStage = new Map()
  for (const [id, micros] of selfMicros) {
    const stack = []
    for (let at = id; at !== undefined; at = parents.get(at)) stack.push(nodes.get(at).callFrame)
    const stage = stages.find(([, test]) => stack.some(test))?.[0] ?? 'other'
    byStage.set(stage, (byStage.get(stage) ?? 0) + micros)
  }
  console.log(`Total sampled: ${(total / 1e6).toFixed(2)} s`)
  for (const [stage, micros] of [...byStage].sort((a, b) => b[1] - a[1])) {
    console.log(
      `${(micros / 1e6).toFixed(2).padStart(8)} s ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${stage}`
    )
  }
  process.exit(0)
}

const top = Number(values.top)
const show = (title, map) => {
  console.log(`\n${title}`)
  const rows = [...map]
    .filter(([name]) => !values.match || name.includes(values.match))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
  for (const [name, micros] of rows) {
    console.log(
      `${(micros / 1e6).toFixed(2).padStart(8)} s ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${name}`
    )
  }
}
console.log(`Total sampled: ${(total / 1e6).toFixed(2)} s`)
show('Self time', self)
show('Inclusive time', inclusive)
