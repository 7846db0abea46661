import { expect, test } from 'vitest'
import { mergeProgress, progressFile, readProgressFile, readShareFragment, shareFragment } from './progress-file.js'
import type { StoredProgress } from './stored-progress.js'

const progress: StoredProgress = {
  topics: { 'backend/apis/rest': 'done', 'backend/gone/topic': 'skipped', 'devops/networking/dns': 'in-progress' },
  last: 'backend/apis/rest'
}

test('an exported file reads back as the same progress, stale keys included', () => {
  const file = JSON.stringify(progressFile(progress, new Date('2026-12-06T10:00:00Z')))
  expect(JSON.parse(file)).toMatchObject({
    format: 'roadmap-progress',
    version: 2,
    exported: '2026-12-06T10:00:00.000Z'
  })
  expect(readProgressFile(file)).toEqual({ ok: true, progress })
})

test('the first format, an array of done keys, imports as done', () => {
  expect(readProgressFile('["backend/apis/rest"]')).toEqual({
    ok: true,
    progress: { topics: { 'backend/apis/rest': 'done' } }
  })
})

test('anything else is refused with what was expected', () => {
  expect(readProgressFile('{oops')).toEqual({
    ok: false,
    error: 'Unexpected file: it is not JSON. Choose a progress file exported from this site.'
  })
  expect(readProgressFile('{"name":"package"}')).toEqual({
    ok: false,
    error: 'Unexpected file: expected `"format": "roadmap-progress"`. Choose a progress file exported from this site.'
  })
  expect(readProgressFile('{"format":"roadmap-progress","version":3,"topics":{}}')).toEqual({
    ok: false,
    error: 'Unexpected version `3`, expected `2`: this file comes from a newer release of the site.'
  })
})

test('an import lays its states over the current progress and removes nothing', () => {
  expect(
    mergeProgress({ topics: { a: 'done', b: 'in-progress' }, last: 'a' }, { topics: { b: 'done', c: 'skipped' } })
  ).toEqual({ topics: { a: 'done', b: 'done', c: 'skipped' }, last: 'a' })
})

test('a share link carries the progress compressed, and a damaged one says so', async () => {
  const fragment = await shareFragment(progress)
  expect(fragment).toMatch(/^#share=[A-Za-z0-9_-]+$/)
  expect(await readShareFragment(fragment)).toEqual({ ok: true, progress: { topics: progress.topics } })
  expect(await readShareFragment(fragment.slice(0, 20))).toMatchObject({ ok: false })
  expect(await readShareFragment('#share=@@')).toMatchObject({ ok: false })
  expect(await readShareFragment('#the-map')).toBeUndefined()
})

test('a whole roadmap done fits a link', async () => {
  const topics = Object.fromEntries(
    Array.from({ length: 450 }, (_, index) => [`backend/step-${index % 23}/a-topic-title-${index}`, 'done' as const])
  )
  expect((await shareFragment({ topics })).length).toBeLessThan(8000)
})
