// The search page: loads the prebuilt index once (core's topic search and the
// roadmaps and steps), then shows the matches as the learner types, typo-
// tolerant and by prefix, and announces how many there are through a live region.
import { loadTopicSearch, type TopicSearch } from '@roadmap/core/search'
import { loadPageSearch, type PageSearch } from './page-search.js'
import type { SearchIndex } from './index-file.js'

const shownAtMost = 50
const kindLabel = { roadmap: 'Roadmap', step: 'Step', topic: 'Topic' } as const

/** One line of the results, whatever was found. */
interface Result {
  kind: keyof typeof kindLabel
  title: string
  url: string
  context: string
  summary: string
  score: number
}

function resultItem(result: Result): HTMLLIElement {
  const item = document.createElement('li')
  item.className = 'search-result'
  const link = document.createElement('a')
  link.href = result.url
  link.textContent = result.title
  const kind = document.createElement('span')
  kind.className = `badge kind-${result.kind}`
  kind.textContent = kindLabel[result.kind]
  const heading = document.createElement('p')
  heading.className = 'search-result-title'
  heading.append(link, ' ', kind)
  item.append(heading)
  for (const [className, text] of [
    ['search-result-context', result.context],
    ['search-result-summary', result.summary]
  ] as const) {
    if (!text) continue
    const line = document.createElement('p')
    line.className = className
    line.textContent = text
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

/** Topics, steps and roadmaps together, best first by MiniSearch's score. */
function find(
  topics: TopicSearch,
  pages: PageSearch,
  summaries: Record<string, string>,
  base: string,
  query: string
): Result[] {
  const topicResults = topics.search(query).map(
    (topic): Result => ({
      kind: 'topic',
      title: topic.title,
      url: `${base}roadmaps/${topic.roadmapId}/${topic.stepId}/#${topic.topicId}`,
      context: `${topic.roadmapTitle} › ${topic.stepTitle}`,
      summary: summaries[topic.key] ?? '',
      score: topic.score
    })
  )
  return [...pages.search(query), ...topicResults].sort((a, b) => b.score - a.score)
}

async function startSearch(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')
  const status = document.querySelector<HTMLElement>('[data-search-status]')
  const list = document.querySelector<HTMLElement>('[data-search-results]')
  if (!input || !status || !list) return

  let search: (query: string) => Result[]
  try {
    const response = await fetch(form.dataset.indexUrl ?? '')
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const index = (await response.json()) as SearchIndex
    const topics = loadTopicSearch(JSON.stringify(index.topics))
    const pages = loadPageSearch(JSON.stringify(index.pages))
    search = (query) => find(topics, pages, index.summaries, form.dataset.base ?? '/', query)
  } catch {
    status.textContent = 'The search index could not be loaded. Reload the page to try again.'
    return
  }

  const show = () => {
    const found = search(input.value)
    list.replaceChildren(...found.slice(0, shownAtMost).map(resultItem))
    status.textContent = statusText(input.value, found.length)
    const url = new URL(location.href)
    if (input.value) url.searchParams.set('q', input.value)
    else url.searchParams.delete('q')
    history.replaceState(null, '', url)
  }
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
