import type { Roadmap, Step } from '@roadmap/core'
import { expect, test } from 'vitest'
import { requirementsOf } from './requirements.js'

const step = (id: string, requires: Step['requires'] = []): Step => ({
  id,
  order: 1,
  title: id,
  summary: 'A step.',
  level: 'beginner',
  requires,
  aliases: [],
  introduction: '',
  topics: []
})
const roadmap = (id: string, steps: Step[]): Roadmap => ({
  id,
  title: id,
  description: 'A roadmap.',
  updated: '2026-01-01',
  tags: [],
  introduction: '',
  sections: [],
  steps
})

test('requirements in the same roadmap and in another resolve to their steps; unknown ones stay unresolved', () => {
  const basics = step('basics')
  const html = step('html')
  const apis = step('apis', [
    { roadmap: 'backend', step: 'basics' },
    { roadmap: 'frontend', step: 'html' },
    { roadmap: 'devops', step: 'linux' }
  ])
  const backend = roadmap('backend', [basics, apis])
  const frontend = roadmap('frontend', [html])
  expect(requirementsOf([backend, frontend], apis)).toEqual([
    { roadmapId: 'backend', stepId: 'basics', target: { roadmap: backend, step: basics } },
    { roadmapId: 'frontend', stepId: 'html', target: { roadmap: frontend, step: html } },
    { roadmapId: 'devops', stepId: 'linux' }
  ])
})
