import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { expect, test } from 'vitest'
import { roadmapJsonSchema, roadmapJsonSchemaId, RoadmapSchema } from '../src/index.js'

interface ObjectSchema {
  type: string
  required: string[]
  properties: Record<string, { items?: ObjectSchema } & Partial<ObjectSchema>>
  additionalProperties: boolean
}

const dist = new URL('../dist/', import.meta.url)
const schema = roadmapJsonSchema()

test('the JSON Schema is exactly the committed file', async () => {
  await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/roadmap.schema.json')
})

test('the built `dist/roadmap.schema.json` is the schema of the source', async () => {
  expect(JSON.parse(await readFile(new URL('roadmap.schema.json', dist), 'utf8'))).toEqual(schema)
})

test('it is draft 2020-12, with an id and the required keys at every level', () => {
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  expect(schema.$id).toBe(roadmapJsonSchemaId)
  // The `$id` names the major version that ships it; before the first release (`0.x`), `1`, the version the pending changeset releases.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
  expect(roadmapJsonSchemaId).toBe(
    `https://unpkg.com/@roadmap/core@${Math.max(1, Number(version.split('.')[0]))}/dist/roadmap.schema.json`
  )
  const roadmap = schema as unknown as ObjectSchema
  const step = roadmap.properties.steps?.items as ObjectSchema
  const topic = step.properties.topics?.items as ObjectSchema
  const resource = topic.properties.resources?.items as ObjectSchema
  const requirement = step.properties.requires?.items as ObjectSchema
  const section = roadmap.properties.sections?.items as ObjectSchema
  expect(roadmap.required).toEqual([
    'id',
    'title',
    'description',
    'updated',
    'tags',
    'introduction',
    'sections',
    'steps'
  ])
  expect(step.required).toEqual([
    'id',
    'order',
    'title',
    'summary',
    'level',
    'requires',
    'aliases',
    'introduction',
    'topics'
  ])
  expect(topic.required).toEqual(['id', 'title', 'aliases', 'description', 'resources'])
  expect(resource.required).toEqual(['title', 'url', 'kind'])
  expect(requirement.required).toEqual(['roadmap', 'step'])
  expect(section.required).toEqual(['id', 'title', 'body'])
  for (const object of [roadmap, step, topic, resource, requirement, section]) {
    expect(object.type).toBe('object')
    expect(object.additionalProperties).toBe(false)
    expect(Object.keys(object.properties)).toEqual(object.required)
  }
})

test('the built dataset `dist/data.json` is valid roadmaps, equal to `dist/data.js`', async () => {
  const json: unknown = JSON.parse(await readFile(new URL('data.json', dist), 'utf8'))
  const { roadmaps } = await import('../dist/data.js')
  expect(Array.isArray(json)).toBe(true)
  expect((json as unknown[]).length).toBeGreaterThan(0)
  for (const roadmap of json as unknown[]) {
    const result = RoadmapSchema.safeParse(roadmap)
    expect(result.error).toBeUndefined()
    expect(result.data).toEqual(roadmap)
  }
  expect(json).toEqual(roadmaps)
})
