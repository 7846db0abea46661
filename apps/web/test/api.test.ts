import type { Roadmap } from '@roadmap/core'
import corePackage from '@roadmap/core/package.json'
import { roadmaps } from '@roadmap/core/data'
import roadmapSchema from '@roadmap/core/roadmap.schema.json'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { expect, test } from 'vitest'
import type { RoadmapDocument, RoadmapListDocument } from '../src/api/roadmap-documents.js'
import { siteUrl } from './browser.js'

const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats.default(ajv)
const validateRoadmap = ajv.compile(roadmapSchema)

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(siteUrl(path))
  expect(response.status, path).toBe(200)
  expect(response.headers.get('content-type'), path).toMatch(/^application\/json/)
  return (await response.json()) as T
}

test('/api/roadmaps.json lists every roadmap of the dataset with the version it was built from', async () => {
  const list = await getJson<RoadmapListDocument>('/api/roadmaps.json')
  expect(list.version).toBe(corePackage.version)
  expect(list.roadmaps.map((summary) => [summary.id, summary.title, summary.stepCount])).toEqual(
    roadmaps.map((roadmap) => [roadmap.id, roadmap.title, roadmap.steps.length])
  )
  expect(await getJson(list.schema)).toEqual(roadmapSchema)
})

test('every roadmap document validates against the shipped JSON Schema and is the dataset roadmap', async () => {
  const list = await getJson<RoadmapListDocument>('/api/roadmaps.json')
  for (const summary of list.roadmaps) {
    const { version, ...roadmap } = await getJson<RoadmapDocument>(summary.url)
    expect(version).toBe(corePackage.version)
    expect(validateRoadmap(roadmap) ? [] : validateRoadmap.errors, summary.url).toEqual([])
    expect(roadmap).toEqual(roadmaps.find((each) => each.id === summary.id))
    // The page the list points to exists too.
    expect((await fetch(siteUrl(summary.page))).status, summary.page).toBe(200)
  }
})

test('the schema check rejects a document that breaks the contract', () => {
  // A mutable copy of the frozen dataset, to break.
  const roadmap = structuredClone(roadmaps[0]!) as Roadmap
  expect(validateRoadmap(roadmap)).toBe(true)
  const withVersion = { version: corePackage.version, ...roadmap }
  expect(validateRoadmap(withVersion)).toBe(false)
  const badResource = structuredClone(roadmap)
  badResource.steps[0]!.topics[0]!.resources[0]!.kind = 'tweet' as 'article'
  expect(validateRoadmap(badResource)).toBe(false)
})
