import type { ReadonlyRoadmap } from '@roadmap/core'
import { stepKey, topicKey } from '@roadmap/core/query'
import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js'
import { stepPath } from '../site/paths.js'
import type { MapEdge, MapExternalNode, MapNode, MapStepNode, MapTopic, RoadmapMapLayout } from './map-model.js'
import { charsPerLine, externalNode, stepNode } from './node-geometry.js'
import { wrapText } from './wrap-text.js'

// ELK's layered (Sugiyama) layout, top to bottom: each step below the steps it
// requires. Coffman–Graham layering bounds how many boxes share a row, so the
// map stays about as wide as the page, and the model order keeps the steps in
// their file order where the edges leave a choice.
const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.layering.strategy': 'COFFMAN_GRAHAM',
  'elk.layered.layering.coffmanGraham.layerBound': '3',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.layered.spacing.edgeNodeBetweenLayers': '16',
  'elk.spacing.edgeEdge': '10',
  'elk.padding': '[top=6,left=6,bottom=6,right=6]'
}

type Unplaced<T extends MapNode> = Omit<T, 'x' | 'y'>

function stepBox(roadmap: ReadonlyRoadmap, step: ReadonlyRoadmap['steps'][number]): Unplaced<MapStepNode> {
  const { padding, title, meta, bar, topic } = stepNode
  const inner = stepNode.width - 2 * padding
  const titleLines = wrapText(step.title, charsPerLine(inner, title.charWidth), title.maxLines)
  const metaY = padding + titleLines.length * title.lineHeight
  const barY = metaY + meta.lineHeight + 2
  let y = barY + bar.height + bar.gapAfter
  const topics: MapTopic[] = step.topics.map((each) => {
    const lines = wrapText(each.title, charsPerLine(inner - topic.indent, topic.charWidth), topic.maxLines)
    const placed = { key: topicKey(roadmap, step, each), title: each.title, lines, y }
    y += lines.length * topic.lineHeight + topic.gapAfter
    return placed
  })
  return {
    kind: 'step',
    key: stepKey(roadmap, step),
    title: step.title,
    titleLines,
    href: stepPath(roadmap.id, step.id),
    width: stepNode.width,
    height: y - (topics.length > 0 ? topic.gapAfter : 0) + padding,
    level: step.level,
    topics,
    metaY,
    barY
  }
}

function externalBox(
  roadmaps: readonly ReadonlyRoadmap[],
  reference: { roadmap: string; step: string }
): Unplaced<MapExternalNode> {
  const { padding, roadmap: roadmapText, title } = externalNode
  const inner = externalNode.width - 2 * padding
  const roadmap = roadmaps.find((each) => each.id === reference.roadmap)
  const step = roadmap?.steps.find((each) => each.id === reference.step)
  const roadmapTitle = roadmap?.title ?? reference.roadmap
  const stepTitle = step?.title ?? reference.step
  const roadmapLines = wrapText(roadmapTitle, charsPerLine(inner, roadmapText.charWidth), roadmapText.maxLines)
  const titleLines = wrapText(stepTitle, charsPerLine(inner, title.charWidth), title.maxLines)
  return {
    kind: 'external',
    key: stepKey(reference.roadmap, reference.step),
    title: stepTitle,
    titleLines,
    roadmapTitle,
    roadmapLines,
    href: stepPath(reference.roadmap, reference.step),
    width: externalNode.width,
    height: 2 * padding + roadmapLines.length * roadmapText.lineHeight + titleLines.length * title.lineHeight
  }
}

/**
 * The map of `roadmap`: a box per step with its topics, a box per step of
 * another roadmap that one of its steps requires, and an edge per `requires`,
 * laid out by ELK at build time. `roadmaps` is every roadmap, to name the
 * steps of the others.
 *
 * @example
 *   const map = await layoutRoadmapMap(roadmaps, findRoadmap(roadmaps, 'backend'))
 *   map.nodes.filter((node) => node.kind === 'external').map((node) => node.href)
 */
export async function layoutRoadmapMap(
  roadmaps: readonly ReadonlyRoadmap[],
  roadmap: ReadonlyRoadmap
): Promise<RoadmapMapLayout> {
  const boxes = new Map<string, Unplaced<MapNode>>()
  for (const step of roadmap.steps) boxes.set(stepKey(roadmap, step), stepBox(roadmap, step))
  const edges: ElkExtendedEdge[] = []
  for (const step of roadmap.steps)
    for (const reference of step.requires) {
      const from = stepKey(reference.roadmap, reference.step)
      if (!boxes.has(from)) boxes.set(from, externalBox(roadmaps, reference))
      const to = stepKey(roadmap, step)
      edges.push({ id: `${from}->${to}`, sources: [from], targets: [to] })
    }
  // Links out first, so that the layout puts them at the top, above what needs them.
  const ordered = [...boxes.values()].sort((a, b) => Number(b.kind === 'external') - Number(a.kind === 'external'))
  const graph: ElkNode = {
    id: roadmap.id,
    layoutOptions,
    children: ordered.map((box) => ({ id: box.key, width: box.width, height: box.height })),
    edges
  }
  const laidOut = await new ELK().layout(graph)
  const nodes = (laidOut.children ?? []).map((child): MapNode => {
    const box = boxes.get(child.id)
    if (!box) throw new Error(`The layout returned an unknown node \`${child.id}\``)
    return { ...box, x: child.x ?? 0, y: child.y ?? 0 } as MapNode
  })
  const mapEdges = (laidOut.edges ?? []).map((edge): MapEdge => {
    const section = edge.sections?.[0]
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : []
    return { from: edge.sources[0] ?? '', to: edge.targets[0] ?? '', points }
  })
  return { width: Math.ceil(laidOut.width ?? 0), height: Math.ceil(laidOut.height ?? 0), nodes, edges: mapEdges }
}
