import { roadmaps } from '@roadmap/core/data'
import { stepsInDependencyOrder, topicKey } from '@roadmap/core/query'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { progressStorageKey } from '../src/progress/stored-progress.js'
import { openContext, siteUrl, useBrowser } from './browser.js'
import { seedStorage } from './progress-helpers.js'
import { sitePages } from './site-pages.js'

const browser = useBrowser()

// A title of 3,000 characters with no space to break at, and a URL as long.
const longTitle = 'Ab'.repeat(1500)
const longUrl = `https://example.org/${'segment/'.repeat(370)}`

/**
 * Put the long title into every piece of text on the page (headings, links,
 * breadcrumbs, cards, the footer) and the long URL into every URL written out,
 * as content with such titles would. The map's SVG text is wrapped at build
 * time (map/wrap-text.ts) and left as it is, as are the badges.
 */
function fillWithLongText(page: Page): Promise<void> {
  return page.evaluate(
    ([title, url]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      const texts: Text[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        // Badges hold the level or kind, one of a few words the schema allows, never a title.
        if (!parent || parent.closest('svg, script, style, .badge') || !node.textContent?.trim()) continue
        texts.push(node as Text)
      }
      for (const text of texts)
        text.textContent = text.parentElement?.closest('.resource-url, .resource-host, code') ? url! : title!
    },
    [longTitle, longUrl]
  )
}

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > innerWidth)

// Every page at 320 px, the narrowest width the site supports; the first page of each kind at 1280 px.
const cases = [
  ...sitePages.map((sitePage) => ({ sitePage, width: 320 })),
  ...sitePages
    .filter((sitePage, index) => sitePages.findIndex((other) => other.kind === sitePage.kind) === index)
    .map((sitePage) => ({ sitePage, width: 1280 }))
]

describe.each(cases)('$sitePage.path at $width px', ({ sitePage, width }) => {
  test('a 3,000-character title and a long URL wrap: the page never scrolls sideways', async () => {
    const { context, page, problems } = await openContext(browser(), { viewport: { width, height: 800 } })
    try {
      // Progress with a key as long, so that "continue" and the stale keys show too.
      const roadmap = roadmaps[0]!
      const step = stepsInDependencyOrder(roadmap)[0]!
      const done = topicKey(roadmap.id, step.id, step.topics[0]!.id as string)
      await seedStorage(
        page,
        progressStorageKey,
        JSON.stringify({
          topics: { [done]: 'done', [`${roadmap.id}/gone/${longTitle}`]: 'done' },
          last: done
        })
      )
      const query = sitePage.kind === 'search' ? '?q=kubernetes' : ''
      await page.goto(siteUrl(`${sitePage.path}${query}`), { waitUntil: 'networkidle' })
      await fillWithLongText(page)
      expect(await scrollsSideways(page)).toBe(false)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
})
