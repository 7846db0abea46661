import { roadmaps } from '@roadmap/core/data'
import { expect, test } from 'vitest'
import { RoadmapDocumentSchema, RoadmapListDocumentSchema } from './api-schemas.js'
import { datasetVersion } from './dataset-version.js'
import { roadmapDocument, roadmapListDocument } from './roadmap-documents.js'

const v = datasetVersion(roadmaps, '1.2.3')

test('the list names every roadmap with its step count and the addresses of its document and page', () => {
  const list = roadmapListDocument(roadmaps, v)
  expect(list.version).toBe('1.2.3')
  expect(list.revision).toBe(v.revision)
  expect(list.schema).toBe('/api/v1/roadmap.schema.json')
  expect(list.roadmaps.map(({ id }) => id)).toEqual(roadmaps.map(({ id }) => id))
  for (const [index, roadmap] of roadmaps.entries()) {
    expect(list.roadmaps[index]).toEqual({
      id: roadmap.id,
      title: roadmap.title,
      description: roadmap.description,
      updated: roadmap.updated,
      tags: roadmap.tags,
      stepCount: roadmap.steps.length,
      topicCount: roadmap.steps.reduce((sum, step) => sum + step.topics.length, 0),
      url: `/api/v1/roadmaps/${roadmap.id}.json`,
      page: `/roadmaps/${roadmap.id}/`
    })
  }
})

test('a full document is the roadmap as the dataset has it, with the version', () => {
  for (const roadmap of roadmaps) {
    const { version, revision, ...rest } = roadmapDocument(roadmap, v)
    expect([version, revision]).toEqual(['1.2.3', v.revision])
    expect(rest).toEqual(roadmap)
  }
})

test('the documents match their JSON Schemas as zod checks them too', () => {
  expect(RoadmapListDocumentSchema.parse(roadmapListDocument(roadmaps, v)).roadmaps).toHaveLength(roadmaps.length)
  for (const roadmap of roadmaps)
    expect(RoadmapDocumentSchema.safeParse(roadmapDocument(roadmap, v)).success).toBe(true)
  expect(RoadmapDocumentSchema.safeParse(roadmapDocument(roadmaps[0]!, { ...v, version: 'latest' })).success).toBe(
    false
  )
})
