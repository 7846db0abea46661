import { expect, test } from 'vitest'
import { exampleRoadmap } from '../../test/example-roadmap.js'
import type { Roadmap } from '../schema/model.js'
import { dependentsOf } from './dependents.js'
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

const backend = roadmapOf('backend', ['fundamentals', 'tools', 'apis'], { apis: ['fundamentals'] })
const devops = roadmapOf('devops', ['linux', 'containers', 'orchestration'], {
  containers: ['linux', 'backend/apis'],
  orchestration: ['containers', 'backend/tools', 'backend/apis']
})
const roadmaps: Roadmap[] = [backend, devops]
const keys = (entries: ReturnType<typeof dependentsOf<Roadmap[], string, string>>) =>
  entries?.map(({ roadmap, step }) => `${roadmap.id}/${step.id}`)

test('every step that needs a step, across roadmaps, each after the ones it requires', () => {
  expect(keys(dependentsOf(roadmaps, 'backend', 'fundamentals'))).toEqual([
    'backend/apis',
    'devops/containers',
    'devops/orchestration'
  ])
  expect(keys(dependentsOf(roadmaps, 'devops', 'linux'))).toEqual(['devops/containers', 'devops/orchestration'])
  expect(keys(dependentsOf(roadmaps, 'devops', 'orchestration'))).toEqual([])
})

test('`direct` gives only the steps whose `requires` name it, in dataset order', () => {
  expect(keys(dependentsOf(roadmaps, 'backend', 'apis', { direct: true }))).toEqual([
    'devops/containers',
    'devops/orchestration'
  ])
  expect(prerequisitesOf(roadmaps, 'devops', 'orchestration', { direct: true })?.map(({ step }) => step.id)).toEqual([
    'containers',
    'tools',
    'apis'
  ])
})

test('it is the inverse of prerequisitesOf', () => {
  for (const roadmap of roadmaps)
    for (const step of roadmap.steps)
      for (const { roadmap: other, step: dependent } of dependentsOf(roadmaps, roadmap.id, step.id) ?? [])
        expect(keys(prerequisitesOf(roadmaps, other.id, dependent.id))).toContain(`${roadmap.id}/${step.id}`)
})

test('an unknown step gives undefined and never throws; a cycle ends', () => {
  expect(dependentsOf(roadmaps, 'nowhere', 'x')).toBeUndefined()
  expect(dependentsOf(roadmaps, 'backend', 'nope')).toBeUndefined()
  const cycle = roadmapOf('web', ['a', 'b'], { a: ['b'], b: ['a'] })
  expect(keys(dependentsOf([cycle], 'web', 'a'))).toEqual(['web/b'])
})
