// Runs on every page: reads the learner's progress with core's helpers
// (aliases followed, stale keys kept aside), shows it, and keeps storage and
// page in step as topics change here or in another tab. Its controls are
// marked `data-needs-js`, which the stylesheet hides unless the page runs
// scripts: without JavaScript there is no control that cannot save.
import { stepKey } from '@roadmap/core/query'
import { roadmaps } from '@roadmap/core/skeleton'
import { nextStop } from './continue-learning.js'
import { loadProgress, saveProgress } from './local-progress.js'
import { reconcileProgress, storedFrom, type ReconciledProgress } from './reconcile.js'
import { showProgress } from './show-progress.js'
import {
  progressStorageKey,
  topicStates,
  withTopicState,
  type StoredProgress,
  type TopicState
} from './stored-progress.js'

let stored: StoredProgress = { topics: {} }
let reconciled: ReconciledProgress = { states: new Map(), moved: [], stale: {} }

function read(): void {
  const loaded = loadProgress()
  reconciled = reconcileProgress(roadmaps, loaded)
  stored = storedFrom(reconciled, loaded.last)
}

function render(): void {
  showProgress(roadmaps, reconciled.states)
  showContinue()
  showStale()
  document.dispatchEvent(new CustomEvent('roadmap-progress', { detail: { stored, reconciled } }))
}

/** Change some topics, from the storage of now (another tab may have changed it since this page loaded). */
function change(update: (progress: StoredProgress) => StoredProgress): void {
  read()
  const next = update(stored)
  saveProgress(next)
  reconciled = reconcileProgress(roadmaps, next)
  stored = next
  render()
}

function showContinue(): void {
  const box = document.querySelector<HTMLElement>('[data-continue]')
  if (!box) return
  const paths = JSON.parse(box.dataset.paths ?? '{}') as Record<string, string[]>
  const stop = nextStop(roadmaps, reconciled.states, stored.last, paths)
  box.hidden = !stop
  if (!stop) return
  const link = box.querySelector<HTMLAnchorElement>('[data-continue-link]')
  const base = box.dataset.base ?? '/'
  if (link) {
    link.href = `${base}roadmaps/${stop.roadmap.id}/${stop.step.id}/${stop.topic ? `#${stop.topic.id}` : ''}`
    link.textContent = `${stop.roadmap.title} › ${stop.step.title}`
  }
  const next = box.querySelector<HTMLElement>('[data-continue-topic]')
  if (next)
    next.textContent = stop.topic
      ? `Next topic: ${stop.topic.title}`
      : 'Every topic of this roadmap is done or skipped.'
}

function showStale(): void {
  const count = Object.keys(reconciled.stale).length
  for (const notice of document.querySelectorAll<HTMLElement>('[data-stale-notice]')) {
    notice.hidden = count === 0
    const text = notice.querySelector('[data-stale-count]')
    if (text) text.textContent = count === 1 ? '1 saved topic is' : `${count} saved topics are`
  }
}

document.addEventListener('change', (event) => {
  const radio = event.target
  if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio') return
  const key = radio.closest<HTMLElement>('[data-topic-state]')?.dataset.topicState
  if (!key || !radio.checked) return
  const state = topicStates.includes(radio.value as TopicState) ? (radio.value as TopicState) : undefined
  change((progress) => withTopicState(progress, key, state))
})

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null
  const markDone = target?.closest<HTMLButtonElement>('[data-mark-step-done]')
  if (markDone) {
    const [roadmapId, stepId] = (markDone.dataset.markStepDone ?? '').split('/')
    const roadmap = roadmaps.find((each) => each.id === roadmapId)
    const step = roadmap?.steps.find((each) => each.id === stepId)
    if (!roadmap || !step) return
    change((progress) =>
      step.topics.reduce((next, topic) => {
        const key = `${stepKey(roadmap, step)}/${topic.id}`
        // A topic the learner skipped stays skipped: "done" is for what they learned.
        return reconciled.states.get(key) === 'skipped' ? next : withTopicState(next, key, 'done')
      }, progress)
    )
    return
  }
  const reset = target?.closest<HTMLButtonElement>('[data-reset-roadmap]')
  if (reset) {
    const dialog = document.querySelector<HTMLDialogElement>('dialog[data-reset-dialog]')
    dialog?.showModal()
  }
})

document.addEventListener(
  'close',
  (event) => {
    const dialog = event.target
    if (!(dialog instanceof HTMLDialogElement) || dialog.dataset.resetDialog === undefined) return
    if (dialog.returnValue !== 'reset') return
    const prefix = `${dialog.dataset.resetDialog}/`
    change((progress) => ({
      topics: Object.fromEntries(
        Object.entries(progress.topics).filter(([key]) => !reconciled.states.has(key) || !key.startsWith(prefix))
      ),
      ...(progress.last?.startsWith(prefix) ? {} : { last: progress.last })
    }))
    dialog.returnValue = ''
    document.querySelector<HTMLElement>('[data-reset-done]')?.removeAttribute('hidden')
  },
  true
)

window.addEventListener('storage', (event) => {
  if (event.key !== progressStorageKey && event.key !== null) return
  read()
  render()
})

/** For the progress page's script: replace the stored progress and show it. */
export function replaceProgress(next: StoredProgress): boolean {
  const saved = saveProgress(next)
  reconciled = reconcileProgress(roadmaps, next)
  stored = next
  render()
  return saved
}

/** The stored progress of now. */
export function currentProgress(): { stored: StoredProgress; reconciled: ReconciledProgress } {
  read()
  return { stored, reconciled }
}

read()
// Moves are written back at once, so storage follows the content; stale keys stay.
if (JSON.stringify(loadProgress().topics) !== JSON.stringify(stored.topics) && Object.keys(stored.topics).length > 0)
  saveProgress(stored)
render()
