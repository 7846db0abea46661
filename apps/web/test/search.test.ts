import { roadmaps } from '@roadmap/core/data'
import { expect, test } from 'vitest'
import { sitePath, stepPath } from '../src/site/paths.js'
import { openContext, siteUrl, useBrowser } from './browser.js'

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
      expect(await page.getByRole('status').textContent()).toMatch(
        /^\d+ results?\.$|^\d+ results; showing the first \d+\.$/
      )

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
    expect(await page.getByRole('searchbox').inputValue()).toBe(roadmap.title)
    expect(await page.getByRole('link', { name: roadmap.title, exact: true }).first().getAttribute('href')).toBe(
      `/roadmaps/${roadmap.id}/`
    )

    await page.getByRole('searchbox').fill('qqxqqz nothing has this')
    expect(await page.getByRole('status').textContent()).toBe('No results for “qqxqqz nothing has this”.')
    expect(await page.locator('.search-result').count()).toBe(0)
    expect(new URL(page.url()).searchParams.get('q')).toBe('qqxqqz nothing has this')
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})
