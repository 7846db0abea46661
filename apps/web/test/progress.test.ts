import { roadmaps } from '@roadmap/core/data'
import { expect, test } from 'vitest'
import { legacyProgressStorageKey, progressStorageKey } from '../src/progress/stored-progress.js'
import { roadmapPath, sitePath } from '../src/site/paths.js'
import { expectStatus, siteUrl, useBrowser, withPage } from './browser.js'
import { firstStepOf, progressOf, seedStorage, storedProgress } from './progress-helpers.js'

const browser = useBrowser()

test.each(roadmaps)(
  'on `$id`, a topic marked done with the keyboard is kept across a reload and shown on the step, the roadmap, its map and the home page',
  async (roadmap) => {
    const { step, keys, stepUrl, radio } = firstStepOf(roadmap)
    const topicCount = roadmap.steps.reduce((sum, each) => sum + each.topics.length, 0)
    const total = step.topics.length
    await withPage(browser(), async ({ page }) => {
      await page.goto(stepUrl)
      expect(await progressOf(page, step.title)).toMatchObject({ value: 0, max: total })
      await radio(page, 0, 'Not started').focus()
      await page.keyboard.press('ArrowRight') // In progress
      await page.keyboard.press('ArrowRight') // Done
      expect(await radio(page, 0, 'Done').isChecked()).toBe(true)
      expect(await progressOf(page, step.title)).toEqual({ value: 1, max: total, text: `1 of ${total} topics done` })
      expect(await storedProgress(page)).toEqual({ topics: { [keys[0]!]: 'done' }, last: keys[0] })

      await page.reload()
      expect(await radio(page, 0, 'Done').isChecked()).toBe(true)

      await page.goto(siteUrl(roadmapPath(roadmap.id)))
      expect(await progressOf(page, roadmap.title)).toMatchObject({ value: 1, max: topicCount })
      expect(await progressOf(page, step.title)).toMatchObject({ value: 1, max: total })
      const node = page.locator(`.map-step[data-step-key="${roadmap.id}/${step.id}"]`)
      const level = step.level.charAt(0).toUpperCase() + step.level.slice(1)
      // The box's link is named by what it shows: the step's title, its level and the learner's progress.
      expect(await node.getByRole('link').evaluate((link) => link.textContent?.replace(/\s+/g, ' ').trim())).toBe(
        `${step.title} ${level} · 1 of ${total} done`
      )
      expect(await node.locator(`.map-topic[data-topic-key="${keys[0]}"]`).getAttribute('data-state')).toBe('done')

      await page.goto(siteUrl(sitePath()))
      expect(await progressOf(page, roadmap.title)).toMatchObject({ value: 1, max: topicCount })
      const next = step.topics.length > 1 ? step.topics[1]!.title : undefined
      expect(await page.getByRole('region', { name: 'Continue where you left off' }).isVisible()).toBe(true)
      if (next) expect(await page.locator('[data-continue-topic]').textContent()).toBe(`Next topic: ${next}`)
    })
  }
)

test('every state survives a reload; skipped topics leave the count; the step can be marked done at once', async () => {
  const roadmap = roadmaps[0]!
  const { step, keys, stepUrl, radio } = firstStepOf(roadmap)
  const total = step.topics.length
  await withPage(browser(), async ({ page }) => {
    await page.goto(stepUrl)
    await radio(page, 0, 'In progress').check()
    await radio(page, 1, 'Done').check()
    await radio(page, 2, 'Skipped').check()
    await page.reload()
    expect(await radio(page, 0, 'In progress').isChecked()).toBe(true)
    expect(await radio(page, 1, 'Done').isChecked()).toBe(true)
    expect(await radio(page, 2, 'Skipped').isChecked()).toBe(true)
    expect(await progressOf(page, step.title)).toEqual({
      value: 1,
      max: total - 1,
      text: `1 of ${total - 1} topics done · 1 in progress · 1 skipped`
    })

    await page.getByRole('button', { name: 'Mark all topics done' }).click()
    expect(await progressOf(page, step.title)).toEqual({
      value: total - 1,
      max: total - 1,
      text: `${total - 1} of ${total - 1} topics done · 1 skipped`
    })
    const stored = (await storedProgress(page)) as { topics: Record<string, string> }
    expect(stored.topics[keys[2]!]).toBe('skipped')
    expect(Object.values(stored.topics).filter((state) => state === 'done')).toHaveLength(total - 1)
  })
})

test('resetting a roadmap asks first, clears only that roadmap, and keeps stale keys', async () => {
  const [roadmap, other] = roadmaps
  const { keys } = firstStepOf(roadmap!)
  const { keys: otherKeys } = firstStepOf(other!)
  const stale = `${roadmap!.id}/a-step-an-older-release-had/a-topic`
  await withPage(browser(), async ({ page }) => {
    await seedStorage(
      page,
      progressStorageKey,
      JSON.stringify({ topics: { [keys[0]!]: 'done', [otherKeys[0]!]: 'done', [stale]: 'done' } })
    )
    await page.goto(siteUrl(roadmapPath(roadmap!.id)))
    expect(await progressOf(page, roadmap!.title)).toMatchObject({ value: 1 })
    await page.getByRole('button', { name: 'Reset progress…' }).click()
    const dialog = page.getByRole('dialog', { name: `Reset your progress on ${roadmap!.title}?` })
    expect(await dialog.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    expect(await progressOf(page, roadmap!.title)).toMatchObject({ value: 1 })

    await page.getByRole('button', { name: 'Reset progress…' }).click()
    await dialog.getByRole('button', { name: 'Reset progress' }).click()
    expect(await progressOf(page, roadmap!.title)).toMatchObject({ value: 0 })
    await expectStatus(page, 'Your progress on this roadmap is reset.', 'reset')
    expect(await storedProgress(page)).toEqual({ topics: { [otherKeys[0]!]: 'done', [stale]: 'done' } })
  })
})

test('a removed topic is reported and kept, never counted; the first storage format is read', async () => {
  const roadmap = roadmaps[0]!
  const { step, keys, stepUrl, radio } = firstStepOf(roadmap)
  const removed = `${roadmap.id}/${step.id}/a-topic-an-older-release-had`
  await withPage(browser(), async ({ page }) => {
    await seedStorage(page, legacyProgressStorageKey, JSON.stringify([keys[0], removed]))
    await page.goto(siteUrl(sitePath()))
    expect(await progressOf(page, roadmap.title)).toMatchObject({ value: 1 })
    expect((await page.getByRole('note').textContent())?.trim()).toMatch(
      /^1 saved topic is not in the roadmaps any more\./
    )

    await page.goto(siteUrl(sitePath('progress/')))
    const section = page.getByRole('region', { name: 'Topics that are not in the roadmaps any more' })
    expect(await section.getByRole('listitem').allTextContents()).toEqual([`${removed}: done`])

    await page.goto(stepUrl)
    expect(await progressOf(page, step.title)).toMatchObject({ value: 1, max: step.topics.length })
    await radio(page, 1, 'Done').check()
    expect(await storedProgress(page)).toEqual({
      topics: { [keys[0]!]: 'done', [keys[1]!]: 'done', [removed]: 'done' },
      last: keys[1]
    })
  })
})

test('corrupt or foreign stored progress shows as none, without an error, and is replaced on the next change', async () => {
  const { step, keys, stepUrl, radio } = firstStepOf(roadmaps[0]!)
  await withPage(browser(), async ({ page }) => {
    await page.goto(stepUrl)
    for (const stored of ['{oops', '{"topics":true}', '42', '["a"]']) {
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [progressStorageKey, stored])
      await page.reload()
      expect(await progressOf(page, step.title)).toMatchObject({ value: 0, max: step.topics.length })
    }
    await radio(page, 0, 'Done').check()
    expect(await storedProgress(page)).toEqual({ topics: { [keys[0]!]: 'done' }, last: keys[0] })
  })
})

test('a change in one tab shows in another tab of the same browser', async () => {
  const roadmap = roadmaps[0]!
  const { step, stepUrl, radio } = firstStepOf(roadmap)
  await withPage(browser(), async ({ page, context }) => {
    await page.goto(siteUrl(roadmapPath(roadmap.id)))
    const other = await context.newPage()
    await other.goto(stepUrl)
    await radio(other, 0, 'Done').check()
    await page.waitForFunction(
      (label) => document.querySelector<HTMLProgressElement>(`progress[aria-label="${label}"]`)?.value === 1,
      `${step.title} progress`
    )
  })
})
