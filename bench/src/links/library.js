// Write a synthetic library in our content format (content/README.md) whose
// resources all point into the link farm: `files` step files with
// `linksPerFile` resources each, over `urls` unique URLs spread evenly over
// the farm's 20 hosts. Every URL is used the same number of times (in
// different files), never twice in one step.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { hostCount, hostIndexOf, kindOf, urlOf } from './plan.js'

/** Steps in one roadmap folder: `NN` has two digits. */
const maxStepsPerRoadmap = 99
const resourcesPerTopic = 5
const kinds = ['official', 'article', 'article', 'course', 'book', 'opensource']
const topicNames = [
  'Getting started',
  'Core ideas',
  'Working in practice',
  'Going further',
  'Tools of the trade',
  'Looking back'
]

/** The same seed gives the same order on every machine. */
function shuffled(count, seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const order = Array.from({ length: count }, (_, index) => index)
  for (let index = count - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[order[index], order[other]] = [order[other], order[index]]
  }
  return order
}

const pad = (number) => String(number).padStart(2, '0')

/**
 * Write the library under `out` (replacing it): `out/content/…` and
 * `out/roadmap-lint.config.json`, which turns `url-insecure` off (the farm
 * speaks plain http). Returns where every link is, for the report.
 *
 * @example
 *   const library = writeLibrary({ files: 200, urls: 2000, port: 8080, out: '/tmp/links-200' })
 *   library.places[0] // { file: '/tmp/links-200/content/roadmap-1/01-step-1.md', line: 12, column: 3, number: 1234 }
 */
export function writeLibrary({ files, urls, linksPerFile = 20, port, out, seed = 1 }) {
  if (linksPerFile > urls)
    throw new Error(
      `Unexpected ${linksPerFile} links per file over ${urls} URLs, expected at most one use of a URL per step`
    )
  rmSync(out, { recursive: true, force: true })
  const content = join(out, 'content')
  mkdirSync(content, { recursive: true })
  const configFile = join(out, 'roadmap-lint.config.json')
  writeFileSync(configFile, `${JSON.stringify({ rules: { 'url-insecure': 'off' } }, null, 2)}\n`)

  const order = shuffled(urls, seed)
  const roadmapCount = Math.ceil(files / maxStepsPerRoadmap)
  const places = []
  let step = 0
  for (let r = 1; r <= roadmapCount; r++) {
    const stepCount = Math.floor(files / roadmapCount) + (r <= files % roadmapCount ? 1 : 0)
    const folder = join(content, `roadmap-${r}`)
    mkdirSync(folder)
    writeFileSync(join(folder, 'roadmap.md'), roadmapText(r))
    for (let s = 1; s <= stepCount; s++, step++) {
      const file = join(folder, `${pad(s)}-step-${s}.md`)
      const numbers = Array.from({ length: linksPerFile }, (_, j) => order[(step * linksPerFile + j) % urls])
      const { text, lines } = stepText(r, s, numbers, port)
      writeFileSync(file, text)
      for (const [j, number] of numbers.entries()) places.push({ file, line: lines[j], column: 3, number })
    }
  }

  const perHost = new Array(hostCount).fill(0)
  const perKind = {}
  for (let number = 0; number < urls; number++) {
    perHost[hostIndexOf(number)]++
    perKind[kindOf(number)] = (perKind[kindOf(number)] ?? 0) + 1
  }
  return {
    folder: content,
    configFile,
    files,
    markdownFiles: files + roadmapCount,
    roadmaps: roadmapCount,
    urls,
    linksPerFile,
    places,
    urlsPerKind: perKind,
    urlsOnBusiestHost: Math.max(...perHost)
  }
}

function roadmapText(r) {
  return [
    '---',
    `title: Benchmark roadmap ${r}`,
    'description: A synthetic roadmap whose resources all point into the link farm.',
    'updated: 2026-11-26',
    'tags: [benchmark, links]',
    '---',
    '',
    'This roadmap exists to give the link checker work: every step lists twenty resources.',
    '',
    '## How it is built',
    '',
    'Each step has a few topics, and each topic lists five resources on the farm.',
    ''
  ].join('\n')
}

/** A valid step: frontmatter, an introduction, topics of one paragraph and five resources. */
function stepText(r, s, numbers, port) {
  const lines = [
    '---',
    `title: Step ${s} of roadmap ${r}`,
    'summary: Read the resources of this step and check every link in them.',
    'level: beginner',
    ...(s > 1 ? [`requires: [step-${s - 1}]`] : []),
    '---',
    '',
    'An introduction to the step, in one short paragraph, before the first topic.',
    ''
  ]
  const linkLines = []
  for (let t = 0; t * resourcesPerTopic < numbers.length; t++) {
    lines.push(`## ${topicNames[t % topicNames.length]}${t >= topicNames.length ? ` ${t + 1}` : ''}`, '')
    lines.push('A paragraph that says what the topic is about and why it matters to the learner.', '')
    for (const [k, number] of numbers.slice(t * resourcesPerTopic, (t + 1) * resourcesPerTopic).entries()) {
      lines.push(`- [Resource ${number} on the farm](${urlOf(number, port)} "${kinds[(number + k) % kinds.length]}")`)
      linkLines.push(lines.length)
    }
    lines.push('')
  }
  return { text: lines.join('\n'), lines: linkLines }
}
