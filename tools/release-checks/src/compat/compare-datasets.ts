import type { Roadmap, Step, Topic } from '@roadmap/core'
import { maxBump, type Bump } from '../bump.js'
import type { ChangeLevel, ContentChange, RemovedChange } from './changes.js'
import { applyMoves } from './moves.js'

export type {
  AddedChange,
  ChangedChange,
  ChangeLevel,
  ContentChange,
  MovedChange,
  RemovedChange
} from './changes.js'

export interface DatasetComparison {
  /** Every change, breaking ones first, then by id. */
  changes: ContentChange[]
  /** The smallest bump of `@roadmap/core` that releases these changes honestly. */
  requiredBump: Bump
}

/**
 * Compare two datasets (as `loadContent` or `@roadmap/core/data` give them)
 * and say which ids were removed, added or changed, and which bump that needs:
 * a removed or renamed id is `major`, an added one `minor`, a text edit `patch`;
 * an id that is now an alias of a live one moved, which is compatible (`minor`).
 *
 * @example
 *   const { changes, requiredBump } = compareDatasets(before, after)
 *   // requiredBump === 'major' when a topic heading was renamed
 */
export function compareDatasets(before: readonly Roadmap[], after: readonly Roadmap[]): DatasetComparison {
  const changes: ContentChange[] = []
  diffLevel(changes, 'roadmap', '', before, after, roadmapFields, sameRoadmap, (old, now, id) => {
    diffLevel(changes, 'step', `${id}/`, old.steps, now.steps, stepFields, sameStep, (oldStep, newStep, stepId) => {
      diffLevel(changes, 'topic', `${stepId}/`, oldStep.topics, newStep.topics, topicFields, sameTopic, () => {})
    })
  })
  const final = applyMoves(changes, before, after).sort(byBumpThenId)
  const requiredBump = final.reduce<Bump>((bump, change) => maxBump(bump, change.bump), 'none')
  return { changes: final, requiredBump }
}

interface Identified {
  id: string
}

/**
 * Diff one level (roadmaps, the steps of a roadmap or the topics of a step):
 * report removed and added ids, compare `fields` of ids on both sides and
 * recurse into them with `inner`.
 */
function diffLevel<T extends Identified>(
  changes: ContentChange[],
  level: ChangeLevel,
  prefix: string,
  before: readonly T[],
  after: readonly T[],
  fields: ReadonlyArray<keyof T & string>,
  probablySame: (old: T, now: T) => boolean,
  inner: (old: T, now: T, id: string) => void
): void {
  const afterById = new Map(after.map((item) => [item.id, item]))
  const beforeIds = new Set(before.map((item) => item.id))
  const added = after.filter((item) => !beforeIds.has(item.id))

  for (const old of before) {
    const id = prefix + old.id
    const now = afterById.get(old.id)
    if (!now) {
      const replacement = uniqueMatch(
        old,
        added,
        probablySame,
        before.filter((item) => !afterById.has(item.id))
      )
      const change: RemovedChange = { kind: 'removed', level, id, bump: 'major' }
      if (replacement) {
        change.renamedTo = prefix + replacement.id
        added.splice(added.indexOf(replacement), 1)
      }
      changes.push(change)
      continue
    }
    const changedFields = fields.filter((field) => !sameValue(old[field], now[field]))
    if (changedFields.length > 0) changes.push({ kind: 'changed', level, id, fields: changedFields, bump: 'patch' })
    inner(old, now, id)
  }

  for (const item of added) changes.push({ kind: 'added', level, id: prefix + item.id, bump: 'minor' })
}

/**
 * The one added item that looks like `old` renamed, when exactly one does and
 * it looks like no other removed item: a guess for the message, never for the bump.
 */
function uniqueMatch<T>(
  old: T,
  added: readonly T[],
  probablySame: (a: T, b: T) => boolean,
  removed: readonly T[]
): T | undefined {
  const candidates = added.filter((item) => probablySame(old, item))
  if (candidates.length !== 1) return undefined
  const [candidate] = candidates as [T]
  const rivals = removed.filter((item) => probablySame(item, candidate))
  return rivals.length === 1 ? candidate : undefined
}

const roadmapFields = [
  'title',
  'description',
  'updated',
  'tags',
  'introduction',
  'sections'
] as const satisfies ReadonlyArray<keyof Roadmap>
const stepFields = [
  'order',
  'title',
  'summary',
  'level',
  'requires',
  'aliases',
  'introduction'
] as const satisfies ReadonlyArray<keyof Step>
const topicFields = ['title', 'aliases', 'description', 'resources'] as const satisfies ReadonlyArray<keyof Topic>

function sameRoadmap(a: Roadmap, b: Roadmap): boolean {
  return a.title === b.title
}

function sameStep(a: Step, b: Step): boolean {
  return a.order === b.order || a.title === b.title
}

// A topic's id is the slug of its title, so a renamed topic is found by what
// did not change: its description or its list of resources.
function sameTopic(a: Topic, b: Topic): boolean {
  return a.description === b.description || sameValue(urls(a), urls(b))
}

function urls(topic: Topic): string[] {
  return topic.resources.map((resource) => resource.url)
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

const bumpOrder: Record<Bump, number> = { major: 0, minor: 1, patch: 2, none: 3 }

function byBumpThenId(a: ContentChange, b: ContentChange): number {
  return bumpOrder[a.bump] - bumpOrder[b.bump] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
