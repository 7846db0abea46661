import type { Roadmap } from '../src/schema/roadmap.js'
import type { Step } from '../src/schema/step.js'

/** A small roadmap for the query tests: `requires` maps a step id to the ids it requires. */
export function exampleRoadmap(stepIds: string[], requires: Record<string, string[]> = {}): Roadmap {
  const steps = stepIds.map(
    (id, index): Step => ({
      id,
      order: index + 1,
      title: `Step ${id}`,
      summary: 'A step.',
      level: 'beginner',
      requires: (requires[id] ?? []).map((entry) => {
        const [roadmap, step] = entry.includes('/') ? entry.split('/') : ['example', entry]
        return { roadmap: roadmap ?? '', step: step ?? '' }
      }),
      aliases: [],
      introduction: '',
      topics: ['one', 'two'].map((topic) => ({
        id: `${id}-${topic}`,
        title: `${id} ${topic}`,
        aliases: [],
        description: 'A topic.',
        resources: [{ title: `${id} ${topic} guide`, url: `https://example.org/${id}/${topic}`, kind: 'article' }]
      }))
    })
  )
  return {
    id: 'example',
    title: 'Example',
    description: 'An example.',
    updated: '2026-01-01',
    tags: [],
    introduction: '',
    sections: [],
    steps
  }
}
