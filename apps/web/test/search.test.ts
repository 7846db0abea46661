import { roadmaps } from '@roadmap/core/data'
import { allTopics } from '@roadmap/core/query'
import { expect, test } from 'vitest'
import { roadmapPath, sitePath, stepPath } from '../src/site/paths.js'
import { expectStatus, openContext, siteUrl, useBrowser } from './browser.js'

const browser = useBrowser()

// The last topic of the last step of each roadmap: the far end of the index.
const searched = roadmaps.map((roadmap) => {
  const step = roadmap.steps.at(-1)!
  return { roadmap, step, topic: step.topics.at(-1)! }
})

test.each(searched)(
  'searching for a topic of `$roadmap.id` finds it, announces the count, and the keyboard opens it',
  async ({ roadmap, step, topic }) => {
    const { context, page, problems } = await openContext(browser())
    try {
      await page.goto(siteUrl(sitePath('search/')), { waitUntil: 'networkidle' })
      const input = page.getByRole('searchbox', { name: 'Search roadmaps, steps and topics' })
      await input.focus()
      await page.keyboard.type(topic.title)
      const result = page
        .getByRole('list', { name: 'Search results' })
        .getByRole('link', { name: topic.title, exact: true })
        .first()
      expect(await result.getAttribute('href')).toBe(stepPath(roadmap.id, step.id, topic.id))
      await expectStatus(page, /^\d+ results?\.$|^\d+ results; showing the first \d+\.$/)

      // The results come right after the search form in the tab order.
      await page.keyboard.press('Tab') // the Search button
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true)
      await result.focus()
      await page.keyboard.press('Enter')
      await page.waitForURL(siteUrl(stepPath(roadmap.id, step.id, topic.id)))
      expect(await page.locator('h1').textContent()).toBe(step.title)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }
)

test('the query in the address is searched on load, and a query that matches nothing says so', async () => {
  const { roadmap } = searched[0]!
  const { context, page, problems } = await openContext(browser())
  try {
    await page.goto(siteUrl(`${sitePath('search/')}?q=${encodeURIComponent(roadmap.title)}`), {
      waitUntil: 'networkidle'
    })
    expect(await page.getByRole('searchbox', { name: 'Search roadmaps, steps and topics' }).inputValue()).toBe(
      roadmap.title
    )
    expect(await page.getByRole('link', { name: roadmap.title, exact: true }).first().getAttribute('href')).toBe(
      `/roadmaps/${roadmap.id}/`
    )

    await page.getByRole('searchbox', { name: 'Search roadmaps, steps and topics' }).fill('qqxqqz zzqxwv')
    await expectStatus(page, 'No results for “qqxqqz zzqxwv”.')
    expect(await page.locator('.search-result').count()).toBe(0)
    expect(new URL(page.url()).searchParams.get('q')).toBe('qqxqqz zzqxwv')
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})

// What a learner types, and the topics it must find: by a typo, by a resource's title.
const topics = allTopics(roadmaps)
const lookedFor = [
  { query: 'kubernets', wanted: topics.filter(({ topic }) => /kubernetes/i.test(topic.title)) },
  {
    query: 'SQLBolt',
    wanted: topics.filter(({ topic }) => topic.resources.some((resource) => resource.title.includes('SQLBolt')))
  },
  {
    query: 'sql injection',
    wanted: topics.filter(({ topic }) => topic.resources.some((resource) => /sql injection/i.test(resource.title)))
  }
]

test.each(lookedFor)('`$query` finds its topics among the first results', async ({ query, wanted }) => {
  expect(wanted.length, 'the dataset has such a topic').toBeGreaterThan(0)
  const { context, page, problems } = await openContext(browser())
  try {
    await page.goto(siteUrl(`${sitePath('search/')}?q=${encodeURIComponent(query)}`), { waitUntil: 'networkidle' })
    const shown = await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link')
      .evaluateAll((links) => links.slice(0, 10).map((link) => link.getAttribute('href')))
    const urls = wanted.map(({ roadmap, step, topic }) => stepPath(roadmap.id, step.id, topic.id))
    expect(shown.filter((url) => urls.includes(url ?? ''))).not.toEqual([])
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})

test('on any page, `/` focuses the search box in the header, and Enter searches', async () => {
  const roadmap = roadmaps[0]!
  const { context, page, problems } = await openContext(browser())
  try {
    await page.goto(siteUrl(roadmapPath(roadmap.id)))
    await page.keyboard.press('/')
    const box = page.getByRole('searchbox', { name: 'Search the roadmaps' })
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await box.inputValue()).toBe('')
    await page.keyboard.type('kubernets')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === sitePath('search/'))
    expect(new URL(page.url()).searchParams.get('q')).toBe('kubernets')
    await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().waitFor()
    // On the search page, `/` goes to its own box; typed into a box, `/` is just a character.
    await page.getByRole('link', { name: 'Roadmaps', exact: true }).focus()
    await page.keyboard.press('/')
    const own = page.getByRole('searchbox', { name: 'Search roadmaps, steps and topics' })
    expect(await own.evaluate((element) => element === document.activeElement)).toBe(true)
    await page.keyboard.press('End')
    await page.keyboard.type('/x')
    expect(await own.inputValue()).toBe('kubernets/x')
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})
