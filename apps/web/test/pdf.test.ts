import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { roadmaps } from '@roadmap/core/data'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { renderRoadmapPdfs } from '../browser/render-pdf.js'
import { siteUrl, useBrowser } from './browser.js'

const run = promisify(execFile)
const browser = useBrowser()
let outDir = ''

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'roadmap-pdf-'))
})
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true })
})

/** The text of a PDF, by poppler's pdftotext, with every run of whitespace one space. */
async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']).catch((error: unknown) => {
    throw new Error(
      'Cannot run `pdftotext` (Debian package poppler-utils): install it (`bash .ci/ensure-test-packages` does) and run again.',
      { cause: error }
    )
  })
  return stdout.replace(/\s+/g, ' ')
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

test('`pnpm --filter web pdf` renders each roadmap with every step and topic title, and the resource URLs', async () => {
  const files = await renderRoadmapPdfs(
    browser(),
    siteUrl('/'),
    roadmaps.map((roadmap) => roadmap.id),
    outDir
  )
  expect(files).toHaveLength(roadmaps.length)
  for (const [index, roadmap] of roadmaps.entries()) {
    const text = await pdfText(files[index]!)
    const missing = [
      roadmap.title,
      ...roadmap.steps.flatMap((step) => [step.title, ...step.topics.map((topic) => topic.title)])
    ].filter((title) => !text.includes(oneLine(title)))
    expect(missing, roadmap.id).toEqual([])
    // A URL breaks across lines anywhere, and pdftotext drops a hyphen that ends a
    // line (it reads it as hyphenation): compare without whitespace and hyphens.
    const compact = (value: string) => value.replace(/[\s-]/g, '')
    const compactText = compact(text)
    const urls = roadmap.steps.flatMap((step) => step.topics.flatMap((topic) => topic.resources.map(({ url }) => url)))
    expect(
      urls.filter((url) => !compactText.includes(compact(url))),
      roadmap.id
    ).toEqual([])
  }
}, 300_000)
