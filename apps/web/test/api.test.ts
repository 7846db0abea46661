import type { Roadmap } from '@roadmap/core'
import corePackage from '@roadmap/core/package.json'
import { roadmaps } from '@roadmap/core/data'
import roadmapSchema from '@roadmap/core/roadmap.schema.json'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { expect, test } from 'vitest'
import { datasetVersion } from '../src/api/dataset-version.js'
import type { RoadmapDocument, RoadmapListDocument } from '../src/api/roadmap-documents.js'
import { siteUrl } from './browser.js'

// The setup the API's README names: draft 2020-12, with the formats plugin for `date` and `uri`.
function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats.default(ajv)
  return ajv
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(siteUrl(path))
  expect(response.status, path).toBe(200)
  expect(response.headers.get('content-type'), path).toMatch(/^application\/json/)
  return (await response.json()) as T
}

type Schema = Record<string, unknown> & { $id: string }

/** The site's own address, as its pages give it (SITE_URL at build time). */
async function siteAddress(): Promise<string> {
  const html = await (await fetch(siteUrl('/'))).text()
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? ''
}

const revision = datasetVersion(roadmaps, corePackage.version).revision

test('every document of /api/v1/ validates against its served schema, whose absolute $id names the version', async () => {
  const listSchema = await getJson<Schema>('/api/v1/roadmaps.schema.json')
  const documentSchema = await getJson<Schema>('/api/v1/roadmap.schema.json')
  const site = await siteAddress()
  expect(site).toMatch(/^https?:\/\/.+\/$/)
  expect(listSchema.$id).toBe(new URL('api/v1/roadmaps.schema.json', site).href)
  expect(documentSchema.$id).toBe(new URL('api/v1/roadmap.schema.json', site).href)
  const ajv = validator()
  const validateList = ajv.compile(listSchema)
  const validateDocument = ajv.compile(documentSchema)

  const list = await getJson<RoadmapListDocument>('/api/v1/roadmaps.json')
  expect(validateList(list) ? [] : validateList.errors).toEqual([])
  expect(list.version).toBe(corePackage.version)
  expect(list.revision).toBe(revision)
  expect(new URL(list.schema, site).href).toBe(documentSchema.$id)
  expect(list.roadmaps.map((summary) => [summary.id, summary.title, summary.stepCount])).toEqual(
    roadmaps.map((roadmap) => [roadmap.id, roadmap.title, roadmap.steps.length])
  )
  for (const summary of list.roadmaps) {
    const document = await getJson<RoadmapDocument>(summary.url)
    expect(validateDocument(document) ? [] : validateDocument.errors, summary.url).toEqual([])
    const { version, revision: documentRevision, ...roadmap } = document
    expect([version, documentRevision]).toEqual([corePackage.version, revision])
    expect(roadmap).toEqual(roadmaps.find((each) => each.id === summary.id))
    expect((await fetch(siteUrl(summary.page))).status, summary.page).toBe(200)
  }
})

test('the first, unversioned addresses keep working with the same documents', async () => {
  expect(await getJson('/api/roadmaps.json')).toEqual(await getJson('/api/v1/roadmaps.json'))
  for (const roadmap of roadmaps)
    expect(await getJson(`/api/roadmaps/${roadmap.id}.json`)).toEqual(
      await getJson(`/api/v1/roadmaps/${roadmap.id}.json`)
    )
  // The schema @roadmap/core ships: a roadmap without `version`, as before.
  const shipped = await getJson<Schema>('/api/roadmap.schema.json')
  expect(shipped).toEqual(roadmapSchema)
  const validateRoadmap = validator().compile(shipped)
  const {
    version: _,
    revision: __,
    ...roadmap
  } = await getJson<RoadmapDocument>(`/api/roadmaps/${roadmaps[0]!.id}.json`)
  expect(validateRoadmap(roadmap) ? [] : validateRoadmap.errors).toEqual([])
})

test('the schema checks reject documents that break the contract', async () => {
  const ajv = validator()
  const validateDocument = ajv.compile(await getJson<Schema>('/api/v1/roadmap.schema.json'))
  const validateList = ajv.compile(await getJson<Schema>('/api/v1/roadmaps.schema.json'))
  // A mutable copy of the frozen dataset, to break.
  const roadmap = structuredClone(roadmaps[0]!) as Roadmap
  expect(validateDocument({ version: corePackage.version, revision, ...roadmap })).toBe(true)
  expect(validateDocument(roadmap)).toBe(false)
  expect(validateDocument({ version: 'latest', revision, ...roadmap })).toBe(false)
  expect(validateDocument({ version: corePackage.version, revision: 'main', ...roadmap })).toBe(false)
  const badResource = structuredClone(roadmap)
  badResource.steps[0]!.topics[0]!.resources[0]!.kind = 'tweet' as 'article'
  expect(validateDocument({ version: corePackage.version, revision, ...badResource })).toBe(false)
  const list = await getJson<RoadmapListDocument>('/api/v1/roadmaps.json')
  expect(validateList({ ...list, extra: true })).toBe(false)
  expect(validateList({ ...list, roadmaps: [{ ...list.roadmaps[0], stepCount: -1 }] })).toBe(false)
})
