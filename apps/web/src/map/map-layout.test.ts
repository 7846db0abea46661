import { roadmaps } from '@roadmap/core/data'
import { stepKey } from '@roadmap/core/query'
import { describe, expect, test } from 'vitest'
import { layoutRoadmapMap } from './map-layout.js'
import type { MapNode } from './map-model.js'

const overlaps = (a: MapNode, b: MapNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe.each(roadmaps)('the map of `$id`', (roadmap) => {
  test('has a box per step, a link out per step of another roadmap it requires, and an edge per requirement', async () => {
    const map = await layoutRoadmapMap(roadmaps, roadmap)
    const steps = map.nodes.filter((node) => node.kind === 'step')
    expect(steps.map((node) => node.key).sort()).toEqual(roadmap.steps.map((step) => stepKey(roadmap, step)).sort())
    const outside = roadmap.steps.flatMap((step) => step.requires.filter((each) => each.roadmap !== roadmap.id))
    expect(
      map.nodes
        .filter((node) => node.kind === 'external')
        .map((node) => node.href)
        .sort()
    ).toEqual([...new Set(outside.map((each) => `/roadmaps/${each.roadmap}/${each.step}/`))].sort())
    const requirements = roadmap.steps.flatMap((step) =>
      step.requires.map((each) => `${stepKey(each.roadmap, each.step)} -> ${stepKey(roadmap, step)}`)
    )
    expect(map.edges.map((edge) => `${edge.from} -> ${edge.to}`).sort()).toEqual(requirements.sort())
    for (const step of roadmap.steps) {
      const node = steps.find((each) => each.key === stepKey(roadmap, step))
      expect(node?.kind === 'step' && node.topics.map((topic) => topic.title)).toEqual(
        step.topics.map((topic) => topic.title)
      )
    }
  })

  test('lays the boxes out without overlaps, inside the map, each edge from above its box to below', async () => {
    const map = await layoutRoadmapMap(roadmaps, roadmap)
    for (const [index, node] of map.nodes.entries()) {
      expect(node.x + node.width).toBeLessThanOrEqual(map.width)
      expect(node.y + node.height).toBeLessThanOrEqual(map.height)
      for (const other of map.nodes.slice(index + 1))
        expect(overlaps(node, other), `${node.key} ${other.key}`).toBe(false)
    }
    for (const edge of map.edges) {
      const from = map.nodes.find((node) => node.key === edge.from)!
      const to = map.nodes.find((node) => node.key === edge.to)!
      expect(from.y + from.height).toBeLessThanOrEqual(to.y)
      expect(edge.points.length).toBeGreaterThanOrEqual(2)
    }
  })
})

test('a 3,000-character title keeps its box as wide as the others, cut to three lines', async () => {
  const roadmap = structuredClone(roadmaps[0]!) as unknown as {
    steps: Array<{ title: string; topics: Array<{ title: string }> }>
  }
  roadmap.steps[0]!.title = 'Ab'.repeat(1500)
  roadmap.steps[0]!.topics[0]!.title = `https://example.org/${'segment/'.repeat(370)}`
  const map = await layoutRoadmapMap(roadmaps, roadmap as never)
  const node = map.nodes.find((each) => each.kind === 'step' && each.title.length === 3000)
  expect(node?.width).toBe(map.nodes.find((each) => each.kind === 'step' && each !== node)?.width)
  expect(node?.titleLines).toHaveLength(3)
  expect(node?.titleLines.at(-1)?.endsWith('…')).toBe(true)
  expect(node?.kind === 'step' && node.topics[0]?.lines).toHaveLength(2)
})
