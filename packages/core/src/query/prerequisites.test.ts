import { expect, test } from 'vitest'
import { exampleRoadmap } from '../../test/example-roadmap.js'
import type { Roadmap } from '../schema/roadmap.js'
import { prerequisitesOf } from './prerequisites.js'

function roadmapOf(id: string, stepIds: string[], requires: Record<string, string[]> = {}): Roadmap {
  const roadmap = exampleRoadmap(stepIds, requires)
  return {
    ...roadmap,
    id,
    steps: roadmap.steps.map((step) => ({
      ...step,
      requires: step.requires.map((reference) =>
        reference.roadmap === 'example' ? { ...reference, roadmap: id } : reference
      )
    }))
  }
}

const keys = (roadmaps: Roadmap[], roadmap: string, step: string) =>
  prerequisitesOf(roadmaps, roadmap, step)?.map((entry) => `${entry.roadmap.id}/${entry.step.id}`)

test('every step to finish first, across roadmaps, each after its own prerequisites', () => {
  const backend = roadmapOf('backend', ['fundamentals', 'tools', 'apis'], { apis: ['fundamentals'] })
  const devops = roadmapOf('devops', ['linux', 'containers', 'orchestration'], {
    containers: ['linux', 'backend/apis'],
    orchestration: ['containers', 'backend/tools']
  })
  expect(keys([backend, devops], 'devops', 'orchestration')).toEqual([
    'devops/linux',
    'backend/fundamentals',
    'backend/apis',
    'devops/containers',
    'backend/tools'
  ])
  expect(keys([backend, devops], 'devops', 'linux')).toEqual([])
})

test('a step required by two paths comes once, at its first place', () => {
  const roadmap = roadmapOf('web', ['a', 'b', 'c', 'd'], { d: ['b', 'c'], b: ['a'], c: ['a'] })
  expect(keys([roadmap], 'web', 'd')).toEqual(['web/a', 'web/b', 'web/c'])
})

test('an unknown step is undefined; an unknown requirement is left out; a cycle ends', () => {
  const roadmap = roadmapOf('web', ['a', 'b'], { a: ['missing', 'other/x', 'b'], b: ['a'] })
  expect(keys([roadmap], 'web', 'nope')).toBeUndefined()
  expect(keys([roadmap], 'nowhere', 'a')).toBeUndefined()
  expect(keys([roadmap], 'web', 'a')).toEqual(['web/b'])
})

test('a chain far deeper than a call stack', () => {
  const ids = Array.from({ length: 50_000 }, (_, index) => `s${index}`)
  const requires = Object.fromEntries(ids.slice(1).map((id, index) => [id, [ids[index] as string]]))
  const roadmap = roadmapOf('long', ids, requires)
  const chain = prerequisitesOf([roadmap], 'long', 's49999') ?? []
  expect(chain).toHaveLength(49_999)
  expect(chain[0]?.step.id).toBe('s0')
})
