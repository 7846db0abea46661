#!/usr/bin/env node
// Write a synthetic, deterministic content folder for the benchmark: valid
// roadmaps in our format (content/README.md), sized like the real content.
//
//   node bench/src/generate-corpus.js [--files 5000] [--seed 1] [--out DIR]
//
// The same options always give byte-identical files, so figures from two
// machines or two commits are comparable.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { fillers, hosts, kinds, levels, words } from './corpus-words.js'

/** Bump when the generator's output changes, so stale corpora are rebuilt. */
export const corpusVersion = 1

/** Steps in one roadmap folder: `NN` has two digits. */
export const maxStepsPerRoadmap = 99

/** mulberry32: small, fast and the same on every platform. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function generator(seed) {
  const next = random(seed)
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (list) => list[Math.floor(next() * list.length)]
  const capital = (text) => text[0].toUpperCase() + text.slice(1)
  const phrase = (count) => Array.from({ length: count }, () => pick(words)).join(' ')
  const sentence = (count) => {
    const parts = Array.from({ length: count }, (_, index) => (index % 3 === 1 ? pick(fillers) : pick(words)))
    return `${capital(parts.join(' '))}.`
  }
  const paragraph = (sentences) => Array.from({ length: sentences }, () => sentence(int(10, 18))).join(' ')
  const slug = (text) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9 -]/g, '')
      .replace(/ /g, '-')
  return { next, int, pick, capital, phrase, sentence, paragraph, slug }
}

/** Unique kebab-case names: the second `cache-layer` becomes `cache-layer-2`. */
function uniqueNamer() {
  const seen = new Map()
  return (name) => {
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    return count === 1 ? name : `${name}-${count}`
  }
}

/**
 * Plan the corpus: which roadmap folders, which steps, their ids and topic
 * headings. Steps are spread evenly so no folder needs more than 99.
 */
function plan(files, g) {
  const roadmapCount = Math.ceil(files / maxStepsPerRoadmap)
  const roadmapName = uniqueNamer()
  const roadmaps = []
  for (let r = 0; r < roadmapCount; r++) {
    const stepCount = Math.floor(files / roadmapCount) + (r < files % roadmapCount ? 1 : 0)
    const id = roadmapName(g.slug(g.phrase(2)))
    const stepName = uniqueNamer()
    const steps = []
    for (let s = 1; s <= stepCount; s++) {
      const title = g.capital(g.phrase(g.int(2, 4)))
      const topicName = uniqueNamer()
      const topics = Array.from({ length: g.int(3, 5) }, () => {
        const heading = g.capital(g.phrase(g.int(2, 4)))
        const slug = topicName(g.slug(heading))
        // Keep the heading's own slug equal to the id GitHub would give it.
        return { heading: slug === g.slug(heading) ? heading : `${heading} ${slug.split('-').at(-1)}`, slug }
      })
      steps.push({ order: s, id: stepName(g.slug(title)), title, topics })
    }
    roadmaps.push({ id, steps })
  }
  return roadmaps
}

const pad = (order) => String(order).padStart(2, '0')
const fileName = (step) => `${pad(step.order)}-${step.id}.md`

function resourceUrl(g, used) {
  for (;;) {
    const url =
      g.next() < 0.08
        ? `https://www.youtube.com/watch?v=${Math.floor(g.next() * 2 ** 52)
            .toString(36)
            .padStart(11, '0')
            .slice(0, 11)}`
        : `https://${g.pick(hosts)}/${g.slug(g.phrase(g.int(1, 3)))}${g.next() < 0.4 ? '.html' : '/'}`
    if (!used.has(url)) {
      used.add(url)
      return url
    }
  }
}

function stepFile(g, roadmaps, r, s) {
  const roadmap = roadmaps[r]
  const step = roadmap.steps[s]
  const requires = []
  if (s > 0 && g.next() < 0.7) requires.push(roadmap.steps[s - 1 - Math.floor(g.next() * Math.min(s, 3))].id)
  if (r > 0 && g.next() < 0.15) {
    const other = roadmaps[g.int(0, r - 1)]
    requires.push(`${other.id}/${g.pick(other.steps).id}`)
  }
  const used = new Set()
  const lines = [
    '---',
    `title: ${step.title}`,
    `summary: ${g.sentence(g.int(8, 14))}`,
    `level: ${g.pick(levels)}`,
    ...(requires.length > 0 ? [`requires: [${[...new Set(requires)].join(', ')}]`] : []),
    '---',
    ''
  ]

  // Prose links: one external, one to another step (with a heading), and
  // fragment links to a topic of this file, so link-unresolved has work to do.
  const previous = s > 0 ? roadmap.steps[s - 1] : undefined
  const target = previous ? `./${fileName(previous)}#${g.pick(previous.topics).slug}` : './roadmap.md'
  lines.push(
    `${g.paragraph(2)} Read [${g.phrase(2)}](${resourceUrl(g, used)}) first, then [the previous step](${target}). ${g.paragraph(1)}`,
    ''
  )

  for (const [index, topic] of step.topics.entries()) {
    const other = step.topics[(index + 1) % step.topics.length]
    const link = index % 2 === 0 ? `[${g.phrase(2)}](#${other.slug})` : `[${g.phrase(2)}](${resourceUrl(g, used)})`
    lines.push(`## ${topic.heading}`, '', `${g.paragraph(2)} See ${link}. ${g.paragraph(2)}`, '')
    for (let k = g.int(3, 4); k > 0; k--) {
      const url = resourceUrl(g, used)
      const kind = url.includes('youtube.com') ? 'video' : g.pick(kinds)
      lines.push(`- [${g.capital(g.phrase(g.int(2, 5)))}](${url} "${kind}")`)
    }
    lines.push('')
  }
  return lines.join('\n')
}

function roadmapFile(g, roadmap) {
  const sections = Array.from({ length: 3 }, () => g.capital(g.phrase(3)))
  return [
    '---',
    `title: ${g.capital(roadmap.id.replace(/-/g, ' '))} developer`,
    `description: ${g.sentence(g.int(8, 14))}`,
    'updated: 2026-11-26',
    `tags: [${roadmap.id.split('-').join(', ')}]`,
    '---',
    '',
    g.paragraph(3),
    '',
    ...[...new Set(sections)].flatMap((section) => [`## ${section}`, '', g.paragraph(3), ''])
  ].join('\n')
}

/**
 * Write `files` step files (plus one `roadmap.md` per folder and a README.md)
 * under `out`, replacing what is there. Returns counts for the manifest.
 */
export function generateCorpus({ files = 5000, seed = 1, out }) {
  const g = generator(seed)
  const roadmaps = plan(files, g)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  writeFileSync(
    join(out, 'README.md'),
    '# Synthetic benchmark content\n\nGenerated by `bench/src/generate-corpus.js`.\n'
  )
  const totals = { steps: 0, roadmaps: roadmaps.length, lines: 0, links: 0, bytes: 0 }
  for (const [r, roadmap] of roadmaps.entries()) {
    const folder = join(out, roadmap.id)
    mkdirSync(folder)
    const index = roadmapFile(g, roadmap)
    writeFileSync(join(folder, 'roadmap.md'), index)
    totals.bytes += Buffer.byteLength(index)
    for (const s of roadmap.steps.keys()) {
      const text = stepFile(g, roadmaps, r, s)
      writeFileSync(join(folder, fileName(roadmap.steps[s])), text)
      totals.steps++
      totals.lines += text.split('\n').length - 1
      totals.links += text.match(/\]\(/g)?.length ?? 0
      totals.bytes += Buffer.byteLength(text)
    }
  }
  return {
    version: corpusVersion,
    files,
    seed,
    roadmaps: totals.roadmaps,
    steps: totals.steps,
    markdownFiles: totals.steps + totals.roadmaps + 1,
    bytes: totals.bytes,
    linesPerStep: Number((totals.lines / totals.steps).toFixed(1)),
    linksPerStep: Number((totals.links / totals.steps).toFixed(1))
  }
}

/** Where the corpus of `files` steps lives (gitignored). */
export function corpusFolder(files) {
  return fileURLToPath(new URL(`../.corpus/steps-${files}`, import.meta.url))
}

/**
 * The corpus for `files` steps, generated unless an identical one is already
 * on disk (its manifest, `<folder>.json`, is written last, so a half-written
 * corpus is never reused).
 */
export function ensureCorpus({ files = 5000, seed = 1, out = corpusFolder(files) } = {}) {
  const manifestPath = `${out}.json`
  if (existsSync(manifestPath) && existsSync(out)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    if (manifest.version === corpusVersion && manifest.files === files && manifest.seed === seed) {
      return { folder: out, manifest, generated: false }
    }
  }
  rmSync(manifestPath, { force: true })
  const manifest = generateCorpus({ files, seed, out })
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
  return { folder: out, manifest, generated: true }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' }
    }
  })
  const files = Number(values.files)
  if (!Number.isInteger(files) || files < 1)
    throw new Error(`Unexpected --files \`${values.files}\`, expected a positive integer`)
  const {
    folder: out,
    manifest: summary,
    generated
  } = ensureCorpus({ files, seed: Number(values.seed), ...(values.out ? { out: values.out } : {}) })
  const what = `${summary.markdownFiles} files (${summary.steps} steps in ${summary.roadmaps} roadmaps, ${(summary.bytes / 2 ** 20).toFixed(1)} MiB)`
  console.log(generated ? `Wrote ${what} to ${out}` : `Up to date: ${out}, ${what}`)
  console.log(`Per step: ${summary.linesPerStep} lines, ${summary.linksPerStep} links`)
}
