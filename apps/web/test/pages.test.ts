import { roadmaps } from '@roadmap/core/data'
import { allTopics, stepKey, stepsInDependencyOrder, topicKey } from '@roadmap/core/query'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { requirementsOf } from '../src/site/requirements.js'
import { stepPath } from '../src/site/paths.js'
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
    expect(await texts(page, '.roadmap-section > h2')).toEqual([
      ...(roadmap.introduction.trim() ? ['About this roadmap'] : []),
      ...roadmap.sections.map((section) => section.title)
    ])
    for (const step of roadmap.steps) {
      const card = page.locator('.step-card', { has: page.locator(`#step-${step.id}`) })
      const required = requirementsOf(roadmaps, step).map((requirement) => requirement.target?.step.title)
      const shown = await texts(card, '.requirements a')
      expect(shown.map((text) => text?.replace(/^.*: /, ''))).toEqual(required)
    }
    // The map: a link per step holding its topics, a link out per step of another roadmap, an arrow per requirement.
    const map = page.getByRole('group', { name: `Map of the ${roadmap.title} roadmap` })
    const nodes = await map.locator('g.map-step').evaluateAll((boxes) =>
      boxes.map((box) => ({
        key: box.getAttribute('data-step-key'),
        href: box.querySelector('a')?.getAttribute('href'),
        topics: [...box.querySelectorAll('[data-topic-key]')].map((topic) => topic.getAttribute('data-topic-key'))
      }))
    )
    expect(nodes.sort((a, b) => (a.key! < b.key! ? -1 : 1))).toEqual(
      [...roadmap.steps]
        .sort((a, b) => (stepKey(roadmap, a) < stepKey(roadmap, b) ? -1 : 1))
        .map((step) => ({
          key: stepKey(roadmap, step),
          href: stepPath(roadmap.id, step.id),
          topics: step.topics.map((topic) => topicKey(roadmap, step, topic))
        }))
    )
    const outside = roadmap.steps.flatMap((step) => step.requires.filter((each) => each.roadmap !== roadmap.id))
    expect(
      (
        await map.locator('.map-external a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      ).sort()
    ).toEqual([...new Set(outside.map((each) => stepPath(each.roadmap, each.step)))].sort())
    expect(await map.locator('.map-edges path').count()).toBe(
      roadmap.steps.reduce((sum, step) => sum + step.requires.length, 0)
    )
  }
  if (sitePage.kind === 'print') {
    const { roadmap } = sitePage
    expect(await page.locator('h1').textContent()).toBe(roadmap.title)
    expect(await texts(page, '.whole-step > h2')).toEqual(stepsInDependencyOrder(roadmap).map((step) => step.title))
    expect(await texts(page, '.whole-topic > h3')).toEqual(
      stepsInDependencyOrder(roadmap).flatMap((step) => step.topics.map((topic) => topic.title))
    )
    expect(await page.locator('.resource-list li').count()).toBe(
      allTopics([roadmap]).reduce((sum, { topic }) => sum + topic.resources.length, 0)
    )
  }
  if (sitePage.kind === 'progress') {
    expect(await texts(page, '.roadmap-card h2')).toEqual(roadmaps.map((roadmap) => roadmap.title))
    for (const name of ['Export to a file', 'Import a file', 'Make a share link'])
      expect(await page.getByRole('button', { name }).count(), name).toBe(1)
  }
  if (sitePage.kind === 'step') {
    const { roadmap, step } = sitePage
    expect(await page.locator('h1').textContent()).toBe(step.title)
    expect(await texts(page, '.topic h2')).toEqual(step.topics.map((topic) => topic.title))
    for (const topic of step.topics) {
      const section = page.locator('section.topic', { has: page.locator(`h2[id="${topic.id}"]`) })
      const states = section.getByRole('group', { name: `Your progress on ${topic.title}`, exact: true })
      expect(
        await states.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.getAttribute('value')))
      ).toEqual(['not-started', 'in-progress', 'done', 'skipped'])
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

/** Canonical link and Open Graph and Twitter card tags, all naming this page's absolute address. */
async function expectShareTags(page: Page, path: string): Promise<void> {
  const head = await page.evaluate(() => ({
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    meta: Object.fromEntries(
      [...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((meta) => [
        meta.getAttribute('property') ?? meta.getAttribute('name'),
        meta.getAttribute('content')
      ])
    ),
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content')
  }))
  expect(head.canonical).toMatch(/^https?:\/\//)
  expect(new URL(head.canonical!).pathname).toBe(path)
  expect(head.meta).toEqual({
    'og:type': expect.stringMatching(/^(website|article)$/),
    'og:site_name': 'Developer roadmaps',
    'og:title': expect.any(String),
    'og:description': head.description,
    'og:url': head.canonical,
    'og:locale': 'en',
    'twitter:card': 'summary',
    'twitter:title': head.meta['og:title'],
    'twitter:description': head.description
  })
  expect(head.title.startsWith(head.meta['og:title']!)).toBe(true)
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
      expect(await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').count()).toBe(1)
      await expectShareTags(page, sitePage.path)
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
