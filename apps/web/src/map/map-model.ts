/** A point of the map, in SVG user units. */
export interface MapPoint {
  x: number
  y: number
}

/** A topic line of a step's box: its key (for the learner's progress) and its title in lines. */
export interface MapTopic {
  key: string
  title: string
  lines: string[]
  /** Where its first line's baseline starts, relative to the box. */
  y: number
}

interface PlacedBox {
  /** The step's key, `roadmap-id/step-id`. */
  key: string
  title: string
  titleLines: string[]
  href: string
  x: number
  y: number
  width: number
  height: number
}

/** A step of the roadmap the map is of. */
export interface MapStepNode extends PlacedBox {
  kind: 'step'
  level: string
  topics: MapTopic[]
  /** Baselines of the level line and the top of the progress bar, relative to the box. */
  metaY: number
  barY: number
}

/** A step of another roadmap that a step here requires: a link out. */
export interface MapExternalNode extends PlacedBox {
  kind: 'external'
  roadmapTitle: string
  roadmapLines: string[]
}

export type MapNode = MapStepNode | MapExternalNode

/** A `requires` edge, from the step required to the step that requires it. */
export interface MapEdge {
  from: string
  to: string
  points: MapPoint[]
}

/** A roadmap's map, laid out: what the SVG draws. */
export interface RoadmapMapLayout {
  width: number
  height: number
  nodes: MapNode[]
  edges: MapEdge[]
}
