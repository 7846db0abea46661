// Seeded fuzzing of the whole lint run: content trees of healthy steps and
// damaged ones (broken frontmatter, Markdown nested deep, control characters,
// invalid UTF-8, huge lines, many files), linted as the CLI lints them.
// Properties: never an internal error, the JSON report always parses, every
// file damaged in a way the format forbids gets at least one diagnostic, and
// memory stays bounded. Time is not asserted here (a bound on a busy machine
// flakes): the worst known inputs are timed in bench/ (`pnpm bench:hostile`).
//
// The default is quick (a couple of thousand files); a longer run:
//   ROADMAP_FUZZ_RUNS=2000 pnpm --filter @roadmap/lint exec vitest run test/fuzz.test.ts
// ROADMAP_FUZZ_SEED replays a run (the seed of a failure is in its message).
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { configSchema } from '../src/config/config-schema.js'
import { resolveConfig } from '../src/config/load-config.js'
import { lint } from '../src/files/lint.js'
import { formatters } from '../src/formatters/index.js'
import { allRuleMeta, lintRules } from '../src/rules/index.js'
import { resourceMd, roadmapMd, stepMd, topicMd, useTempDirs } from './helpers/content.js'

const runs = Number(process.env.ROADMAP_FUZZ_RUNS ?? 80)
const seed = Number(process.env.ROADMAP_FUZZ_SEED ?? 20_261_204)
const temporary = useTempDirs()
const config = resolveConfig({}, undefined, { schema: configSchema, rules: lintRules, metas: allRuleMeta })
const encoder = new TextEncoder()

/** A file of the generated tree: its bytes, and whether the format forbids what was done to it. */
interface Case {
  bytes: Uint8Array
  forbidden: boolean
  what: string
  [fc.toStringMethod]: () => string
}

const healthy = (title: string) =>
  stepMd(topicMd(title, resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP', 'article')))
/** A case; a failure prints what was done to the file, not its bytes. */
const named = (bytes: Uint8Array, forbidden: boolean, what: string): Case => ({
  bytes,
  forbidden,
  what,
  [fc.toStringMethod]: () => `${what}${forbidden ? ' (forbidden)' : ''}`
})
const text = (what: string, value: string, forbidden: boolean): Case => named(encoder.encode(value), forbidden, what)

/** A Markdown construct that nests, repeated: past 32 levels the format forbids it. */
const nested = fc
  .record({
    open: fc.constantFrom('> ', '- ', '  - ', '1. ', '*', '_', '**', '[', '![', '<div>', '`', '<!--', '> - '),
    depth: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 33, max: 6000 }))
  })
  .map(({ open, depth }) => {
    const counts = !['<div>', '`', '<!--'].includes(open)
    return text(`\`${open}\` × ${depth}`, `${healthy('Deep')}\n${open.repeat(depth)} text\n`, counts && depth > 32)
  })

/** The frontmatter with one mistake the format forbids. */
const brokenFrontmatter = fc
  .constantFrom(
    (step: string) => step.replace('title: ', 'title: [Draft '),
    (step: string) => step.replace('title: ', 'title: "Draft '),
    (step: string) => step.replace('level: intermediate', 'level: [intermediate'),
    (step: string) => step.replace('level: intermediate', 'level: expert'),
    (step: string) => step.replace('summary: ', 'summary:\n  - '),
    (step: string) => step.replace('---\n\n', '\n\n'),
    (step: string) => step.replace(/^---\n/, ''),
    (step: string) => step.replace('level: intermediate', 'level: intermediate\nlevel: beginner'),
    (step: string) => step.replace('level: intermediate', 'level: intermediate\nowner: someone'),
    (step: string) => step.replace('title: APIs', 'title: *alias'),
    (step: string) => step.replace('title: APIs', 'title: APIs\n\tsummary: tab'),
    (step: string) => step.replace(/\n/g, '\r')
  )
  .map((damage) => text('broken frontmatter', damage(healthy('Topic')), true))

/** Bytes that are not UTF-8, anywhere in the file. */
const invalidUtf8 = fc
  .record({
    at: fc.nat(),
    junk: fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x00, 0x00, 0x00])
  })
  .map(({ at, junk }) => {
    const bytes = encoder.encode(healthy('Bytes'))
    const index = at % bytes.length
    return named(
      new Uint8Array([...bytes.slice(0, index), ...junk, ...bytes.slice(index)]),
      true,
      `bytes ${junk.join(',')} at ${index}`
    )
  })

/** Control characters in prose: allowed or not, never a crash. */
const controlCharacters = fc
  .array(
    fc.integer({ min: 1, max: 0x1f }).filter((code) => code !== 0x0a && code !== 0x0d),
    { minLength: 1, maxLength: 20 }
  )
  .map((codes) =>
    text(
      'control characters',
      healthy('Control').replace('An API is', `An ${String.fromCharCode(...codes)} API is`),
      false
    )
  )

/** One line of up to 200,000 characters: past 10,000 the format forbids it. */
const hugeLine = fc
  .record({
    length: fc.oneof(fc.integer({ min: 100, max: 9_000 }), fc.integer({ min: 10_001, max: 200_000 })),
    char: fc.constantFrom('x', '*', '[', '`', 'é', '😀')
  })
  .map(({ length, char }) =>
    text(
      `a line of ${length} × ${char}`,
      `${healthy('Long')}\n${char.repeat(Math.ceil(length / char.length))}\n`,
      length > 10_000
    )
  )

/** Random text: never a crash, whatever it holds. */
const noise = fc
  .string({ unit: 'binary', maxLength: 400 })
  .map((value) => text(`random text ${JSON.stringify(value.slice(0, 40))}…`, value, false))

const anyCase = fc.oneof(nested, brokenFrontmatter, invalidUtf8, controlCharacters, hugeLine, noise)

test('fuzz: damaged content never crashes a run, and every forbidden damage is reported', {
  timeout: 600_000
}, async () => {
  let peakRss = 0
  await fc.assert(
    fc.asyncProperty(fc.array(anyCase, { minLength: 1, maxLength: 60 }), async (cases) => {
      const root = await temporary()
      const content = join(root, 'content')
      await mkdir(join(content, 'backend'), { recursive: true })
      await writeFile(join(content, 'backend', 'roadmap.md'), roadmapMd)
      const paths = cases.map((_, index) =>
        join(content, 'backend', `${String(index + 1).padStart(2, '0')}-case-${index + 1}.md`)
      )
      await Promise.all(cases.map((entry, index) => writeFile(paths[index] as string, entry.bytes)))

      const { files } = await lint({ paths: [content], cwd: root, rules: lintRules, config })
      const report = formatters.json(files, { color: false, rules: allRuleMeta, version: '0.0.0' })
      const problems = JSON.parse(report) as Array<{ file: string; ruleId: string | null; message: string }>

      expect(problems.filter((problem) => problem.ruleId === 'internal-error')).toEqual([])
      cases.forEach((entry, index) => {
        const file = `content/backend/${String(index + 1).padStart(2, '0')}-case-${index + 1}.md`
        if (entry.forbidden)
          expect(
            problems.some((problem) => problem.file === file),
            `${entry.what} in ${file} is reported`
          ).toBe(true)
      })
      peakRss = Math.max(peakRss, process.memoryUsage().rss)
      await rm(root, { recursive: true, force: true })
    }),
    { numRuns: runs, seed, endOnFailure: true }
  )
  // Files of at most 1 MiB, linted in batches of 60: memory stays far below what a CI runner has.
  expect(peakRss / 2 ** 20).toBeLessThan(1536)
})
