// The progress page: export to a file, import one, make a share link, take in
// a share link, and list the stale keys. Changes go through the progress
// script, so every bar on the page follows.
import { roadmaps } from '@roadmap/core/skeleton'
import { currentProgress, replaceProgress } from './progress-client.js'
import {
  longestShareLink,
  mergeProgress,
  progressFile,
  readProgressFile,
  readShareFragment,
  shareFragment
} from './progress-file.js'
import { reconcileProgress } from './reconcile.js'
import type { StoredProgress } from './stored-progress.js'

const status = document.querySelector<HTMLElement>('[data-progress-status]')
const stateNames = { done: 'done', 'in-progress': 'in progress', skipped: 'skipped' } as const

function say(message: string): void {
  if (status) status.textContent = message
}

const topicCount = (count: number) => (count === 1 ? '1 topic' : `${count} topics`)

/** "12 topics, of which 1 is not in the roadmaps any more" */
function describe(progress: StoredProgress): string {
  const { stale } = reconcileProgress(roadmaps, progress)
  const staleCount = Object.keys(stale).length
  const total = Object.keys(progress.topics).length
  return staleCount === 0
    ? topicCount(total)
    : `${topicCount(total)}, ${staleCount === 1 ? '1 of them' : `${staleCount} of them`} not in the roadmaps any more (kept aside)`
}

function bringIn(imported: StoredProgress, from: string): void {
  const saved = replaceProgress(mergeProgress(currentProgress().stored, imported))
  say(
    `Added ${describe(imported)} from ${from}.${saved ? '' : ' This browser does not let the site store it: it lasts until you leave the page.'}`
  )
}

function showStale(): void {
  const section = document.querySelector<HTMLElement>('[data-stale-section]')
  const list = document.querySelector<HTMLElement>('[data-stale-list]')
  if (!section || !list) return
  const stale = Object.entries(currentProgress().reconciled.stale).sort(([a], [b]) => a.localeCompare(b))
  section.hidden = stale.length === 0
  list.replaceChildren(
    ...stale.map(([key, state]) => {
      const item = document.createElement('li')
      const code = document.createElement('code')
      code.textContent = key
      item.append(code, `: ${stateNames[state]}`)
      return item
    })
  )
}

document.querySelector('[data-export]')?.addEventListener('click', () => {
  const { stored } = currentProgress()
  const now = new Date()
  const blob = new Blob([`${JSON.stringify(progressFile(stored, now), null, 2)}\n`], { type: 'application/json' })
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = `roadmap-progress-${now.toISOString().slice(0, 10)}.json`
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 0)
  say(`Exported ${describe(stored)} to ${link.download}.`)
})

document
  .querySelector('[data-import-button]')
  ?.addEventListener('click', () => document.querySelector<HTMLInputElement>('[data-import]')?.click())

document.querySelector<HTMLInputElement>('[data-import]')?.addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement
  const file = input.files?.[0]
  if (!file) return
  const result = readProgressFile(await file.text())
  input.value = ''
  if (result.ok) bringIn(result.progress, file.name)
  else say(`Cannot import ${file.name}. ${result.error}`)
  showStale()
})

document.querySelector('[data-share]')?.addEventListener('click', async () => {
  const output = document.querySelector<HTMLElement>('[data-share-output]')
  const field = document.querySelector<HTMLInputElement>('[data-share-link]')
  const { stored } = currentProgress()
  if (!output || !field) return
  const link = `${location.origin}${location.pathname}${await shareFragment(stored)}`
  if (link.length > longestShareLink) {
    output.hidden = true
    say(`Your progress is too large for a link (${link.length} characters). Export it to a file instead.`)
    return
  }
  field.value = link
  output.hidden = false
  field.focus()
  field.select()
  say(`The link carries ${describe(stored)}. Copy it from the field.`)
})

async function takeSharedLink(): Promise<void> {
  const shared = await readShareFragment(location.hash)
  const section = document.querySelector<HTMLElement>('[data-shared]')
  if (!shared || !section) return
  if (!shared.ok) {
    say(shared.error)
    return
  }
  section.hidden = false
  const summary = section.querySelector('[data-shared-summary]')
  if (summary)
    summary.textContent = `The link you opened carries ${describe(shared.progress)}. Topics it marks take its state; the rest of your progress stays as it is.`
  section.querySelector('[data-shared-import]')?.addEventListener('click', () => {
    bringIn(shared.progress, 'the link')
    section.hidden = true
    history.replaceState(null, '', location.pathname)
    showStale()
  })
}

document.addEventListener('roadmap-progress', showStale)
showStale()
void takeSharedLink()
