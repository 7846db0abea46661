import { roadmaps } from '@roadmap/core/data'
import { stepsInDependencyOrder } from '@roadmap/core/query'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { requirementsOf } from '../src/site/requirements.js'
import { resourceHost } from '../src/site/resource-host.js'
import { accessibilityProblems } from './axe.js'
import { openContext, siteUrl, useBrowser } from './browser.js'
import { sitePages, type SitePage } from './site-pages.js'

const browser = useBrowser()

const texts = (scope: Page | Locator, selector: string) =>
  scope
    .locator(selector)
    .evaluateAll((elements) => elements.map((element) => element.textContent?.replace(/\s+/g, ' ').trim()))

/** What the page must show of the dataset, beyond what every page has. */
async function expectContent(page: Page, sitePage: SitePage): Promise<void> {
  if (sitePage.kind === 'home') {
    expect(await texts(page, '.roadmap-card h2')).toEqual(roadmaps.map((roadmap) => roadmap.title))
  }
  if (sitePage.kind === 'roadmap') {
    const { roadmap } = sitePage
    expect(await page.locator('h1').textContent()).toBe(roadmap.title)
    expect(await texts(page, '.step-path h3')).toEqual(stepsInDependencyOrder(roadmap).map((step) => step.title))
    expect(await texts(page, '.roadmap-section > h2')).toEqual(roadmap.sections.map((section) => section.title))
    for (const step of roadmap.steps) {
      const card = page.locator('.step-card', { has: page.locator(`#step-${step.id}`) })
      const required = requirementsOf(roadmaps, step).map((requirement) => requirement.target?.step.title)
      const shown = await texts(card, '.requirements a')
      expect(shown.map((text) => text?.replace(/^.*: /, ''))).toEqual(required)
    }
  }
  if (sitePage.kind === 'step') {
    const { roadmap, step } = sitePage
    expect(await page.locator('h1').textContent()).toBe(step.title)
    expect(await texts(page, '.topic h2')).toEqual(step.topics.map((topic) => topic.title))
    for (const topic of step.topics) {
      const section = page.locator('section.topic', { has: page.locator(`h2[id="${topic.id}"]`) })
      expect(await section.getByRole('checkbox', { name: `Done: ${topic.title}`, exact: true }).count()).toBe(1)
      const resources = await section.locator('.resource-list li').evaluateAll((items) =>
        items.map((item) => ({
          url: item.querySelector('a')?.getAttribute('href'),
          kind: item.querySelector('.badge')?.textContent,
          host: item.querySelector('.resource-host')?.textContent
        }))
      )
      expect(resources).toEqual(
        topic.resources.map((resource) => ({
          url: resource.url,
          kind: resource.kind,
          host: resourceHost(resource.url)
        }))
      )
    }
    for (const requirement of requirementsOf(roadmaps, step)) {
      expect(
        await page.locator(`.requirements a[href="/roadmaps/${requirement.roadmapId}/${requirement.stepId}/"]`).count()
      ).toBe(1)
    }
    expect(await page.locator('.breadcrumb a').last().textContent()).toBe(roadmap.title)
  }
}

// Concurrent: while one page waits on the browser, another's checks run.
describe.each(sitePages)('$path ($kind)', (sitePage) => {
  test('renders the dataset with landmarks and no console error, passes axe in light, and has enough contrast in dark too', async () => {
    const { context, page, problems } = await openContext(browser(), { colorScheme: 'light' })
    try {
      // The search page fetches its index after load; the other pages load nothing later.
      await page.goto(siteUrl(sitePage.path), { waitUntil: sitePage.kind === 'search' ? 'networkidle' : 'load' })
      for (const role of ['banner', 'main', 'contentinfo'] as const)
        expect(await page.getByRole(role).count(), role).toBe(1)
      expect(await page.getByRole('navigation', { name: 'Site' }).count()).toBe(1)
      expect(await page.locator('h1').count()).toBe(1)
      await expectContent(page, sitePage)
      expect(await accessibilityProblems(page), 'axe, light').toEqual([])
      // Only the colours change with the scheme, so in dark only contrast is checked again.
      await page.emulateMedia({ colorScheme: 'dark' })
      expect(await accessibilityProblems(page, { contrastOnly: true }), 'axe, dark').toEqual([])
      await page.setViewportSize({ width: 320, height: 640 })
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
        'no sideways scrolling at 320px'
      ).toBe(true)
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
})

test('an unknown address gets the not-found page with status 404', async () => {
  const { context, page } = await openContext(browser())
  try {
    const response = await page.goto(siteUrl('/roadmaps/no-such-roadmap/'))
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Page not found')
  } finally {
    await context.close()
  }
})

test('the theme button switches to dark, says so, and the choice survives a reload', async () => {
  const { context, page, problems } = await openContext(browser(), { colorScheme: 'light' })
  try {
    await page.goto(siteUrl('/'))
    const toggle = page.getByRole('button', { name: 'Dark theme' })
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    const lightBackground = await background()
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await page.reload()
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true')
    expect(await background()).not.toBe(lightBackground)
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})
