import { roadmaps } from '@roadmap/core/data'
import { stepsInDependencyOrder } from '@roadmap/core/query'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { progressStorageKey } from '../src/progress/done-topics.js'
import { topicKey } from '../src/progress/topic-key.js'
import { roadmapPath, sitePath, stepPath } from '../src/site/paths.js'
import { openContext, siteUrl, useBrowser } from './browser.js'

const browser = useBrowser()

/** The value and maximum of the progress bar named `<label> progress`, found by its role and accessible name. */
async function progressOf(page: Page, label: string): Promise<{ value: number; max: number }> {
  const bar = page.getByRole('progressbar', { name: `${label} progress`, exact: true }).first()
  return bar.evaluate((element) => ({ value: (element as HTMLProgressElement).value, max: (element as HTMLProgressElement).max }))
}

const storedKeys = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, progressStorageKey)

test.each(roadmaps)('a topic ticked with the keyboard on a step of `$id` is kept across a reload and counted on every page', async (roadmap) => {
  const step = stepsInDependencyOrder(roadmap)[0]!
  const topic = step.topics[0]!
  const topicCount = roadmap.steps.reduce((sum, each) => sum + each.topics.length, 0)
  const { context, page, problems } = await openContext(browser())
  try {
    await page.goto(siteUrl(stepPath(roadmap.id, step.id)))
    expect(await progressOf(page, step.title)).toEqual({ value: 0, max: step.topics.length })
    const checkbox = page.getByRole('checkbox', { name: `Done: ${topic.title}`, exact: true })
    await checkbox.focus()
    await page.keyboard.press('Space')
    expect(await checkbox.isChecked()).toBe(true)
    expect(await progressOf(page, step.title)).toEqual({ value: 1, max: step.topics.length })
    expect(await page.locator('.progress-text').first().textContent()).toBe(`1 of ${step.topics.length} topics done`)
    expect(await storedKeys(page)).toEqual([topicKey(roadmap.id, step.id, topic.id)])

    await page.reload()
    expect(await checkbox.isChecked()).toBe(true)
    expect(await progressOf(page, step.title)).toEqual({ value: 1, max: step.topics.length })

    await page.goto(siteUrl(roadmapPath(roadmap.id)))
    expect(await progressOf(page, roadmap.title)).toEqual({ value: 1, max: topicCount })
    expect(await progressOf(page, step.title)).toEqual({ value: 1, max: step.topics.length })

    await page.goto(siteUrl(sitePath()))
    expect(await progressOf(page, roadmap.title)).toEqual({ value: 1, max: topicCount })

    await page.goto(siteUrl(stepPath(roadmap.id, step.id)))
    await checkbox.uncheck()
    expect(await progressOf(page, step.title)).toEqual({ value: 0, max: step.topics.length })
    expect(await storedKeys(page)).toEqual([])
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})

test('corrupt or foreign stored progress shows as none, without an error, and is replaced on the next tick', async () => {
  const roadmap = roadmaps[0]!
  const step = stepsInDependencyOrder(roadmap)[0]!
  const topic = step.topics[0]!
  const { context, page, problems } = await openContext(browser())
  try {
    await page.goto(siteUrl(stepPath(roadmap.id, step.id)))
    for (const stored of ['{oops', '{"done":true}', '42']) {
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [progressStorageKey, stored])
      await page.reload()
      expect(await progressOf(page, step.title)).toEqual({ value: 0, max: step.topics.length })
    }
    await page.getByRole('checkbox', { name: `Done: ${topic.title}`, exact: true }).check()
    expect(await storedKeys(page)).toEqual([topicKey(roadmap.id, step.id, topic.id)])
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})

test('ids the dataset no longer has are kept in storage but not counted', async () => {
  const roadmap = roadmaps[0]!
  const step = stepsInDependencyOrder(roadmap)[0]!
  const topic = step.topics[0]!
  const removedTopic = `${roadmap.id}/${step.id}/a-topic-an-older-release-had`
  const { context, page, problems } = await openContext(browser())
  try {
    await page.addInitScript(
      ([key, value]) => {
        if (localStorage.getItem(key!) === null) localStorage.setItem(key!, value!)
      },
      [progressStorageKey, JSON.stringify([removedTopic])]
    )
    await page.goto(siteUrl(stepPath(roadmap.id, step.id)))
    expect(await progressOf(page, step.title)).toEqual({ value: 0, max: step.topics.length })
    await page.getByRole('checkbox', { name: `Done: ${topic.title}`, exact: true }).check()
    expect(await progressOf(page, step.title)).toEqual({ value: 1, max: step.topics.length })
    expect(await storedKeys(page)).toEqual([topicKey(roadmap.id, step.id, topic.id), removedTopic].sort())
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})

test('a topic ticked in one tab shows in another tab of the same browser', async () => {
  const roadmap = roadmaps[0]!
  const step = stepsInDependencyOrder(roadmap)[0]!
  const topic = step.topics[0]!
  const { context, page, problems } = await openContext(browser())
  try {
    await page.goto(siteUrl(roadmapPath(roadmap.id)))
    const other = await context.newPage()
    await other.goto(siteUrl(stepPath(roadmap.id, step.id)))
    await other.getByRole('checkbox', { name: `Done: ${topic.title}`, exact: true }).check()
    await page.waitForFunction((label) => document.querySelector<HTMLProgressElement>(`progress[aria-label="${label}"]`)?.value === 1, `${step.title} progress`)
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})
