import { roadmaps } from '@roadmap/core/data'
import { expect, test } from 'vitest'
import { datasetVersion, isRelease } from './dataset-version.js'

test('the revision follows the data, and only the data', () => {
  const version = datasetVersion(roadmaps, '1.2.0')
  expect(version.revision).toMatch(/^[0-9a-f]{12}$/)
  expect(datasetVersion(structuredClone(roadmaps), '1.3.0').revision).toBe(version.revision)
  const edited = structuredClone(roadmaps) as unknown as Array<{ title: string }>
  edited[0]!.title += '!'
  expect(datasetVersion(edited as never, '1.2.0').revision).not.toBe(version.revision)
})

test('updated is the latest review date of any roadmap', () => {
  expect(datasetVersion(roadmaps, '1.2.0').updated).toBe(
    roadmaps
      .map((roadmap) => roadmap.updated)
      .sort()
      .at(-1)
  )
})

test('0.0.0 is the repository before a release', () => {
  expect(isRelease('0.0.0')).toBe(false)
  expect(isRelease('1.0.0')).toBe(true)
})
