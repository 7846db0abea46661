// Puts the learner's progress on the page: the state of each topic's control,
// the progress bars, the map's boxes and marks. The page says what each
// element is for with data attributes; this fills them in.
import type { SkeletonRoadmap } from '@roadmap/core/query'
import { allTopics } from '@roadmap/core/query'
import { countStates, countStepStates, progressSummary, type StateCounts } from './reconcile.js'
import type { TopicState } from './stored-progress.js'

function countsFor(
  roadmaps: readonly SkeletonRoadmap[],
  roadmapId: string,
  stepId: string | undefined,
  states: ReadonlyMap<string, TopicState>
): StateCounts | undefined {
  const roadmap = roadmaps.find((each) => each.id === roadmapId)
  if (!roadmap) return undefined
  if (stepId === undefined) return countStates(allTopics([roadmap]), states)
  const step = roadmap.steps.find((each) => each.id === stepId)
  return step ? countStepStates(roadmap, step, states) : undefined
}

function showBars(roadmaps: readonly SkeletonRoadmap[], states: ReadonlyMap<string, TopicState>): void {
  for (const bar of document.querySelectorAll<HTMLElement>('[data-progress-roadmap]')) {
    const counts = countsFor(roadmaps, bar.dataset.progressRoadmap ?? '', bar.dataset.progressStep, states)
    if (!counts) continue
    const summary = progressSummary(counts)
    const progress = bar.querySelector('progress')
    if (progress) {
      progress.max = summary.max
      progress.value = summary.value
    }
    const text = bar.querySelector('[data-progress-text]')
    if (text) text.textContent = summary.text
  }
}

function showTopicControls(states: ReadonlyMap<string, TopicState>): void {
  for (const group of document.querySelectorAll<HTMLElement>('[data-topic-state]')) {
    const state = states.get(group.dataset.topicState ?? '') ?? 'not-started'
    for (const radio of group.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      radio.checked = radio.value === state
    group.closest('.topic')?.setAttribute('data-state', state)
  }
}

function showMap(roadmaps: readonly SkeletonRoadmap[], states: ReadonlyMap<string, TopicState>): void {
  for (const mark of document.querySelectorAll<SVGElement>('.map-topic[data-topic-key]'))
    mark.dataset.state = states.get(mark.dataset.topicKey ?? '') ?? 'not-started'
  for (const node of document.querySelectorAll<SVGElement>('.map-step[data-step-key]')) {
    const [roadmapId = '', stepId = ''] = (node.dataset.stepKey ?? '').split('/')
    const counts = countsFor(roadmaps, roadmapId, stepId, states)
    if (!counts) continue
    const summary = progressSummary(counts)
    const meta = node.querySelector<SVGTextElement>('[data-map-meta]')
    if (meta) meta.textContent = `${meta.dataset.mapMeta ?? ''}${counts.done} of ${summary.max} done`
    const bar = node.querySelector<SVGRectElement>('[data-map-bar]')
    if (bar) bar.setAttribute('width', String((Number(bar.dataset.mapBar) * summary.value) / summary.max))
    node.dataset.complete = String(summary.value === summary.max)
  }
}

/** Show `states` (by topic key now) everywhere on the page. */
export function showProgress(roadmaps: readonly SkeletonRoadmap[], states: ReadonlyMap<string, TopicState>): void {
  showTopicControls(states)
  showBars(roadmaps, states)
  showMap(roadmaps, states)
}
