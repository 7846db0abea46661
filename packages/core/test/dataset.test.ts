// A content test guards the ids: apps store progress against them, so a
// renamed heading or step file must fail here before it is published.
import { describe, expect, test } from 'vitest'
import { roadmaps } from '../dist/data.js'
import { findRoadmap, listResources, type ReadonlyRoadmap } from '../src/index.js'
import { stepKey } from '../src/validate/sources.js'

/** What each roadmap must hold at least (issues #27 and #28). */
const minimums: Record<string, { topics: number; resources: number }> = {
  'ai-engineer': { topics: 55, resources: 200 },
  backend: { topics: 135, resources: 500 },
  devops: { topics: 95, resources: 300 },
  frontend: { topics: 90, resources: 300 }
}

test('holds the AI engineer, backend, devops and frontend roadmaps', () => {
  expect(roadmaps.map((roadmap) => roadmap.id)).toEqual(['ai-engineer', 'backend', 'devops', 'frontend'])
})

describe.each(Object.keys(minimums))('the `%s` roadmap', (id) => {
  const roadmap = findRoadmap(roadmaps, id) as ReadonlyRoadmap

  // File snapshots: a removed or renamed id fails here, and updating the
  // snapshot shows the change in review (it also needs a major changeset).
  test('has exactly these steps, in this order', () => {
    expect(roadmap.steps.map((step) => `${step.order} ${step.id}`)).toMatchSnapshot()
  })

  test('has exactly these topic ids, in this order', () => {
    expect(roadmap.steps.flatMap((step) => step.topics.map((topic) => `${step.id}/${topic.id}`))).toMatchSnapshot()
  })

  test('has enough topics and resources, and every topic has two resources or more', () => {
    const topics = roadmap.steps.flatMap((step) => step.topics)
    expect(topics.length).toBeGreaterThanOrEqual(minimums[id]!.topics)
    expect(listResources(roadmap).length).toBeGreaterThanOrEqual(minimums[id]!.resources)
    expect(topics.filter((topic) => topic.resources.length < 2).map((topic) => topic.id)).toEqual([])
  })

  test('no resource URL appears twice within a step', () => {
    const repeated = roadmap.steps.flatMap((step) => {
      const urls = step.topics.flatMap((topic) => topic.resources.map((resource) => resource.url))
      return urls.filter((url, index) => urls.indexOf(url) !== index).map((url) => `${step.id}: ${url}`)
    })
    expect(repeated).toEqual([])
  })
})

describe('the whole dataset', () => {
  test('every `requires` names a step that exists', () => {
    const steps = new Set<string>(
      roadmaps.flatMap((roadmap) => roadmap.steps.map((step) => stepKey(roadmap.id, step.id)))
    )
    const unresolved = roadmaps.flatMap((roadmap) =>
      roadmap.steps.flatMap((step) =>
        step.requires.map((reference) => stepKey(reference.roadmap, reference.step)).filter((key) => !steps.has(key))
      )
    )
    expect(steps.size).toBeGreaterThan(0)
    expect(unresolved).toEqual([])
  })

  test('is deeply frozen', () => {
    const thawed: string[] = []
    const visit = (value: unknown, path: string) => {
      if (typeof value !== 'object' || value === null) return
      if (!Object.isFrozen(value)) thawed.push(path)
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`)
    }
    visit(roadmaps, 'roadmaps')
    expect(thawed).toEqual([])
    const backend = findRoadmap(roadmaps, 'backend') as ReadonlyRoadmap
    const resource = backend.steps[0]?.topics[0]?.resources[0] as { title: string }
    expect(() => {
      resource.title = 'changed'
    }).toThrow(TypeError)
    expect(() => (backend.steps as unknown[]).push({})).toThrow(TypeError)
  })
})
