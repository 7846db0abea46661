// The search page: loads the prebuilt index once, then shows the matches as
// the learner types, and announces how many there are through a live region.
import { matchEntries, prepareEntries, type PreparedEntry } from './match-entries.js'
import type { SearchEntry } from './search-entry.js'

const shownAtMost = 50
const kindLabel: Record<SearchEntry['kind'], string> = { roadmap: 'Roadmap', step: 'Step', topic: 'Topic' }

function resultItem(entry: SearchEntry): HTMLLIElement {
  const item = document.createElement('li')
  item.className = 'search-result'
  const link = document.createElement('a')
  link.href = entry.url
  link.textContent = entry.title
  const kind = document.createElement('span')
  kind.className = `badge kind-${entry.kind}`
  kind.textContent = kindLabel[entry.kind]
  const heading = document.createElement('p')
  heading.className = 'search-result-title'
  heading.append(link, ' ', kind)
  item.append(heading)
  for (const [className, text] of [
    ['search-result-context', entry.context],
    ['search-result-summary', entry.summary]
  ]) {
    if (!text) continue
    const line = document.createElement('p')
    line.className = className ?? ''
    line.textContent = text ?? ''
    item.append(line)
  }
  return item
}

function statusText(query: string, found: number): string {
  if (!query.trim()) return 'Type to search roadmaps, steps and topics.'
  if (found === 0) return `No results for “${query.trim()}”.`
  const count = found === 1 ? '1 result' : `${found} results`
  return found > shownAtMost ? `${count}; showing the first ${shownAtMost}.` : `${count}.`
}

async function startSearch(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')
  const status = document.querySelector<HTMLElement>('[data-search-status]')
  const list = document.querySelector<HTMLElement>('[data-search-results]')
  if (!input || !status || !list) return

  let prepared: PreparedEntry[] = []
  try {
    const response = await fetch(form.dataset.indexUrl ?? '')
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    prepared = prepareEntries((await response.json()) as SearchEntry[])
  } catch {
    status.textContent = 'The search index could not be loaded. Reload the page to try again.'
    return
  }

  const show = () => {
    const found = matchEntries(prepared, input.value)
    list.replaceChildren(...found.slice(0, shownAtMost).map(resultItem))
    status.textContent = statusText(input.value, found.length)
    const url = new URL(location.href)
    if (input.value) url.searchParams.set('q', input.value)
    else url.searchParams.delete('q')
    history.replaceState(null, '', url)
  }
  // The form works without JavaScript too (it reloads with `?q=`); with it, no reload.
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    show()
  })
  input.addEventListener('input', show)
  input.value = new URL(location.href).searchParams.get('q') ?? input.value
  show()
}

const form = document.querySelector<HTMLFormElement>('form[data-index-url]')
if (form) void startSearch(form)
