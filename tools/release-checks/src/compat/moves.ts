import type { Roadmap } from '@roadmap/core'
import { findStepByKey, findTopicByKey, topicKey } from '@roadmap/core/query'
import type { ContentChange, MovedChange, RemovedChange } from './changes.js'

/**
 * Apply what the content's aliases say to a comparison: a removed step or
 * topic whose key is now an alias of a live one moved (compatible: apps that
 * follow aliases keep the progress stored under it), and the id it moved to
 * is not listed again as added. A moved step must take all its topics along
 * (by their ids, or by `topic-aliases`); a topic left behind, or an alias
 * that no longer leads anywhere, is removed.
 */
export function applyMoves(
  changes: ContentChange[],
  before: readonly Roadmap[],
  after: readonly Roadmap[]
): ContentChange[] {
  const result: ContentChange[] = []
  const movedTo = new Set<string>()
  for (const change of changes) {
    if (change.kind !== 'removed' || change.level === 'roadmap' || change.alias) {
      result.push(change)
      continue
    }
    const match = change.level === 'step' ? findStepByKey(after, change.id) : findTopicByKey(after, change.id)
    if (!match) {
      result.push(change)
      continue
    }
    const moved: MovedChange = { kind: 'moved', level: change.level, id: change.id, movedTo: match.key, bump: 'minor' }
    result.push(moved)
    movedTo.add(match.key)
    if (change.level === 'step') result.push(...topicsLeftBehind(change, before, after))
  }
  result.push(...aliasesLost(before, after))
  return result.filter((change) => !(change.kind === 'added' && movedTo.has(change.id)))
}

function topicsLeftBehind(step: RemovedChange, before: readonly Roadmap[], after: readonly Roadmap[]): RemovedChange[] {
  const [roadmapId, stepId] = step.id.split('/')
  const old = before.find((roadmap) => roadmap.id === roadmapId)?.steps.find((each) => each.id === stepId)
  return (old?.topics ?? [])
    .map((topic) => topicKey(roadmapId ?? '', stepId ?? '', topic.id))
    .filter((key) => !findTopicByKey(after, key))
    .map((id) => ({ kind: 'removed', level: 'topic', id, bump: 'major' }))
}

/** Former keys of the base that lead nowhere now: progress stored under them is lost again. */
function aliasesLost(before: readonly Roadmap[], after: readonly Roadmap[]): RemovedChange[] {
  const lost: RemovedChange[] = []
  for (const roadmap of before)
    for (const step of roadmap.steps) {
      for (const alias of step.aliases)
        if (!findStepByKey(after, alias))
          lost.push({ kind: 'removed', level: 'step', id: alias, alias: true, bump: 'major' })
      for (const topic of step.topics)
        for (const alias of topic.aliases)
          if (!findTopicByKey(after, alias))
            lost.push({ kind: 'removed', level: 'topic', id: alias, alias: true, bump: 'major' })
    }
  return lost
}
