import { expect, test } from 'vitest'
import { openContext, siteUrl, useBrowser } from './browser.js'
import { sitePages } from './site-pages.js'

const browser = useBrowser()
// The first page of each kind: the pages of a kind share their controls.
const firstOfEachKind = sitePages.filter(
  (sitePage, index) => sitePages.findIndex((other) => other.kind === sitePage.kind) === index
)

test.each(firstOfEachKind)(
  'with JavaScript off, $path ($kind) shows its content and no control that would not work',
  async (sitePage) => {
    const { context, page, problems } = await openContext(browser(), { javaScriptEnabled: false })
    try {
      await page.goto(siteUrl(sitePage.path))
      expect(await page.locator('h1').isVisible()).toBe(true)
      // Links work without scripts; every button, box and field here needs them.
      const controls = await page
        .locator('button, input, select, textarea, progress, dialog[open]')
        .evaluateAll((elements) =>
          elements
            .filter((element) => element.getClientRects().length > 0)
            .map((element) => element.outerHTML.slice(0, 80))
        )
      expect(controls).toEqual([])
      expect(await page.getByText('Tracking your progress needs JavaScript').isVisible()).toBe(true)
      if (sitePage.kind === 'search')
        expect(await page.getByText('Search runs in your browser and needs JavaScript').isVisible()).toBe(true)
      if (sitePage.kind === 'roadmap') expect(await page.locator('svg.map a').first().isVisible()).toBe(true)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }
)
