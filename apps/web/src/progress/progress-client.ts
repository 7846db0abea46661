// Runs on every page: ticks the topic checkboxes a learner has done and fills
// every progress bar, then keeps storage and page in step as topics are ticked
// here or in another tab.
import { countDone, parseDoneTopics, progressStorageKey, serializeDoneTopics } from './done-topics.js'

function readDoneTopics(): Set<string> {
  try {
    return parseDoneTopics(localStorage.getItem(progressStorageKey))
  } catch {
    return new Set() // storage blocked by the browser's settings: progress lasts as long as the page
  }
}

function writeDoneTopics(done: ReadonlySet<string>): void {
  try {
    localStorage.setItem(progressStorageKey, serializeDoneTopics(done))
  } catch {
    // Blocked or full: the page still shows the progress, it just is not kept.
  }
}

function showProgress(done: ReadonlySet<string>): void {
  for (const checkbox of document.querySelectorAll<HTMLInputElement>('input[data-topic-key]')) {
    checkbox.checked = done.has(checkbox.dataset.topicKey ?? '')
  }
  for (const bar of document.querySelectorAll<HTMLElement>('[data-progress-keys]')) {
    const keys = (bar.dataset.progressKeys ?? '').split(' ').filter(Boolean)
    const count = countDone(done, keys)
    const progress = bar.querySelector('progress')
    if (progress) progress.value = count
    const text = bar.querySelector('[data-progress-text]')
    if (text) text.textContent = `${count} of ${keys.length} topics done`
  }
}

let done = readDoneTopics()
showProgress(done)

document.addEventListener('change', (event) => {
  const checkbox = event.target
  if (!(checkbox instanceof HTMLInputElement) || checkbox.dataset.topicKey === undefined) return
  // Read again first: another tab may have ticked topics since this page loaded.
  done = readDoneTopics()
  if (checkbox.checked) done.add(checkbox.dataset.topicKey)
  else done.delete(checkbox.dataset.topicKey)
  writeDoneTopics(done)
  showProgress(done)
})

window.addEventListener('storage', (event) => {
  if (event.key !== progressStorageKey && event.key !== null) return
  done = readDoneTopics()
  showProgress(done)
})
