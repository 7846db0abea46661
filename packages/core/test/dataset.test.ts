// A content test guards the ids: apps store progress against them, so a
// renamed heading or step file must fail here before it is published.
import { describe, expect, test } from 'vitest'
import { roadmaps } from '../dist/data.js'
import { findRoadmap, listResources, type Roadmap } from '../src/index.js'
import { stepKey } from '../src/pipeline.js'

const backend = findRoadmap(roadmaps, 'backend') as Roadmap

describe('the `backend` roadmap', () => {
  test('has exactly these steps, in this order', () => {
    expect(backend.steps.map((step) => step.id)).toEqual([
      'programming-fundamentals',
      'backend-frameworks',
      'databases',
      'apis',
      'security-basics',
      'version-control-and-tools',
      'real-world-projects'
    ])
    expect(backend.steps.map((step) => step.order)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  test('has exactly these topic ids, in this order', () => {
    const topics = backend.steps.flatMap((step) => step.topics.map((topic) => `${step.id}/${topic.id}`))
    expect(topics).toMatchInlineSnapshot(`
      [
        "programming-fundamentals/variables-and-data-types",
        "programming-fundamentals/loops-and-conditions",
        "programming-fundamentals/functions-and-modular-code",
        "programming-fundamentals/error-handling",
        "programming-fundamentals/object-oriented-basics",
        "programming-fundamentals/choosing-a-first-backend-language",
        "backend-frameworks/project-structure",
        "backend-frameworks/routing-and-controllers",
        "backend-frameworks/models-and-data-handling",
        "backend-frameworks/middleware-and-the-request-lifecycle",
        "backend-frameworks/learning-one-framework-deeply",
        "databases/the-relational-model",
        "databases/writing-queries",
        "databases/data-validation",
        "databases/indexing",
        "databases/relational-or-non-relational",
        "apis/how-http-apis-work",
        "apis/the-request-and-response-flow",
        "apis/authentication-methods",
        "apis/error-handling-and-status-codes",
        "apis/api-design-and-documentation",
        "security-basics/input-validation",
        "security-basics/authentication-and-authorization",
        "security-basics/protecting-user-data",
        "security-basics/preventing-common-attacks",
        "security-basics/managing-secrets-and-configuration",
        "version-control-and-tools/version-control-with-git",
        "version-control-and-tools/branching-workflows",
        "version-control-and-tools/working-on-the-command-line",
        "version-control-and-tools/debugging-tools",
        "version-control-and-tools/automated-testing",
        "version-control-and-tools/deployment-basics",
        "real-world-projects/a-simple-api",
        "real-world-projects/a-login-and-authentication-system",
        "real-world-projects/a-crud-application",
        "real-world-projects/a-small-real-world-backend",
        "real-world-projects/what-each-project-teaches",
      ]
    `)
  })

  test('has at least 35 topics and 90 resources, and every topic has two resources or more', () => {
    const topics = backend.steps.flatMap((step) => step.topics)
    expect(topics.length).toBeGreaterThanOrEqual(35)
    expect(listResources(backend).length).toBeGreaterThanOrEqual(90)
    expect(topics.filter((topic) => topic.resources.length < 2).map((topic) => topic.id)).toEqual([])
  })

  test('no resource URL appears twice within a step', () => {
    const repeated = backend.steps.flatMap((step) => {
      const urls = step.topics.flatMap((topic) => topic.resources.map((resource) => resource.url))
      return urls.filter((url, index) => urls.indexOf(url) !== index).map((url) => `${step.id}: ${url}`)
    })
    expect(repeated).toEqual([])
  })
})

describe('the whole dataset', () => {
  test('every `requires` names a step that exists', () => {
    const steps = new Set(roadmaps.flatMap((roadmap) => roadmap.steps.map((step) => stepKey(roadmap.id, step.id))))
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
    const resource = backend.steps[0]?.topics[0]?.resources[0] as { title: string }
    expect(() => {
      resource.title = 'changed'
    }).toThrow(TypeError)
    expect(() => (backend.steps as unknown[]).push({})).toThrow(TypeError)
  })
})
