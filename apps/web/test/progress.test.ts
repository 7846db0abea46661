import type { ReadonlyRoadmap } from '@roadmap/core'
import { roadmaps } from '@roadmap/core/data'
import { stepsInDependencyOrder } from '@roadmap/core/query'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { progressStorageKey } from '../src/progress/done-topics.js'
import { topicKey } from '@roadmap/core/query'
import { roadmapPath, sitePath, stepPath } from '../src/site/paths.js'
import { siteUrl, useBrowser, withPage } from './browser.js'

const browser = useBrowser()

/** The first step on the path of `roadmap`, its first topic, and what the page calls them. */
function firstTopicOf(roadmap: ReadonlyRoadmap) {
  const step = stepsInDependencyOrder(roadmap)[0]!
  const topic = step.topics[0]!
  return {
    step,
    key: topicKey(roadmap.id, step.id, topic.id),
    stepUrl: siteUrl(stepPath(roadmap.id, step.id)),
    checkbox: (page: Page) => page.getByRole('checkbox', { name: `Done: ${topic.title}`, exact: true })
  }
}

/** The value and maximum of the progress bar named `<label> progress`, found by its role and accessible name. */
async function progressOf(page: Page, label: string): Promise<{ value: number; max: number }> {
  const bar = page.getByRole('progressbar', { name: `${label} progress`, exact: true }).first()
  return bar.evaluate((element) => ({
    value: (element as HTMLProgressElement).value,
    max: (element as HTMLProgressElement).max
  }))
}

const storedKeys = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, progressStorageKey)

test.each(roadmaps)(
  'a topic ticked with the keyboard on a step of `$id` is kept across a reload and counted on every page',
  async (roadmap) => {
    const { step, key, stepUrl, checkbox } = firstTopicOf(roadmap)
    const topicCount = roadmap.steps.reduce((sum, each) => sum + each.topics.length, 0)
    await withPage(browser(), async ({ page }) => {
      await page.goto(stepUrl)
      expect(await progressOf(page, step.title)).toEqual({ value: 0, max: step.topics.length })
      await checkbox(page).focus()
      await page.keyboard.press('Space')
      expect(await checkbox(page).isChecked()).toBe(true)
      expect(await progressOf(page, step.title)).toEqual({ value: 1, max: step.topics.length })
      expect(await page.locator('.progress-text').first().textContent()).toBe(`1 of ${step.topics.length} topics done`)
      expect(await storedKeys(page)).toEqual([key])

      await page.reload()
      expect(await checkbox(page).isChecked()).toBe(true)
      expect(await progressOf(page, step.title)).toEqual({ value: 1, max: step.topics.length })

      await page.goto(siteUrl(roadmapPath(roadmap.id)))
      expect(await progressOf(page, roadmap.title)).toEqual({ value: 1, max: topicCount })
      expect(await progressOf(page, step.title)).toEqual({ value: 1, max: step.topics.length })

      await page.goto(siteUrl(sitePath()))
      expect(await progressOf(page, roadmap.title)).toEqual({ value: 1, max: topicCount })

      await page.goto(stepUrl)
      await checkbox(page).uncheck()
      expect(await progressOf(page, step.title)).toEqual({ value: 0, max: step.topics.length })
      expect(await storedKeys(page)).toEqual([])
    })
  }
)

test('corrupt or foreign stored progress shows as none, without an error, and is replaced on the next tick', async () => {
  const { step, key, stepUrl, checkbox } = firstTopicOf(roadmaps[0]!)
  await withPage(browser(), async ({ page }) => {
    await page.goto(stepUrl)
    for (const stored of ['{oops', '{"done":true}', '42']) {
      await page.evaluate(
        ([storageKey, value]) => localStorage.setItem(storageKey!, value!),
        [progressStorageKey, stored]
      )
      await page.reload()
      expect(await progressOf(page, step.title)).toEqual({ value: 0, max: step.topics.length })
    }
    await checkbox(page).check()
    expect(await storedKeys(page)).toEqual([key])
  })
})

test('ids the dataset no longer has are kept in storage but not counted', async () => {
  const roadmap = roadmaps[0]!
  const { step, key, stepUrl, checkbox } = firstTopicOf(roadmap)
  const removedTopic = `${roadmap.id}/${step.id}/a-topic-an-older-release-had`
  await withPage(browser(), async ({ page }) => {
    await page.addInitScript(
      ([storageKey, value]) => {
        if (localStorage.getItem(storageKey!) === null) localStorage.setItem(storageKey!, value!)
      },
      [progressStorageKey, JSON.stringify([removedTopic])]
    )
    await page.goto(stepUrl)
    expect(await progressOf(page, step.title)).toEqual({ value: 0, max: step.topics.length })
    await checkbox(page).check()
    expect(await progressOf(page, step.title)).toEqual({ value: 1, max: step.topics.length })
    expect(await storedKeys(page)).toEqual([key, removedTopic].sort())
  })
})

test('a topic ticked in one tab shows in another tab of the same browser', async () => {
  const roadmap = roadmaps[0]!
  const { step, stepUrl, checkbox } = firstTopicOf(roadmap)
  await withPage(browser(), async ({ page, context }) => {
    await page.goto(siteUrl(roadmapPath(roadmap.id)))
    const other = await context.newPage()
    await other.goto(stepUrl)
    await checkbox(other).check()
    await page.waitForFunction(
      (label) => document.querySelector<HTMLProgressElement>(`progress[aria-label="${label}"]`)?.value === 1,
      `${step.title} progress`
    )
  })
})
