import { roadmaps } from '@roadmap/core/data'
import { expect, test } from 'vitest'
import { RoadmapDocumentSchema, RoadmapListDocumentSchema } from './api-schemas.js'
import { roadmapDocument, roadmapListDocument } from './roadmap-documents.js'

test('the list names every roadmap with its step count and the addresses of its document and page', () => {
  const list = roadmapListDocument(roadmaps, '1.2.3')
  expect(list.version).toBe('1.2.3')
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
    const { version, ...rest } = roadmapDocument(roadmap, '1.2.3')
    expect(version).toBe('1.2.3')
    expect(rest).toEqual(roadmap)
  }
})

test('the documents match their JSON Schemas as zod checks them too', () => {
  expect(RoadmapListDocumentSchema.parse(roadmapListDocument(roadmaps, '1.2.3')).roadmaps).toHaveLength(roadmaps.length)
  for (const roadmap of roadmaps)
    expect(RoadmapDocumentSchema.safeParse(roadmapDocument(roadmap, '1.2.3')).success).toBe(true)
  expect(RoadmapDocumentSchema.safeParse(roadmapDocument(roadmaps[0]!, 'latest')).success).toBe(false)
})
