import { text } from 'node:stream/consumers'
import { roadmaps } from '@roadmap/core/data'
import { expect, test } from 'vitest'
import { progressStorageKey } from '../src/progress/stored-progress.js'
import { sitePath } from '../src/site/paths.js'
import { expectStatus, openContext, siteUrl, useBrowser, withPage } from './browser.js'
import { firstStepOf, progressOf, seedStorage, storedProgress } from './progress-helpers.js'

const browser = useBrowser()
const roadmap = roadmaps[0]!
const { step, keys, stepUrl, radio } = firstStepOf(roadmap)
const stale = `${roadmap.id}/a-step-an-older-release-had/a-topic`
const progress = { topics: { [keys[0]!]: 'in-progress', [keys[1]!]: 'done', [keys[2]!]: 'skipped', [stale]: 'done' } }

/** In a fresh browser context, the step's radios show the three states of `progress`. */
async function expectStates(page: import('playwright-core').Page): Promise<void> {
  await page.goto(stepUrl)
  expect(await radio(page, 0, 'In progress').isChecked()).toBe(true)
  expect(await radio(page, 1, 'Done').isChecked()).toBe(true)
  expect(await radio(page, 2, 'Skipped').isChecked()).toBe(true)
  expect((await progressOf(page, step.title)).text).toBe(
    `1 of ${step.topics.length - 1} topics done · 1 in progress · 1 skipped`
  )
}

test('progress exported to a file imports into another browser, every state and the stale key with it', async () => {
  let exported = ''
  await withPage(browser(), async ({ page }) => {
    await seedStorage(page, progressStorageKey, JSON.stringify(progress))
    await page.goto(siteUrl(sitePath('progress/')))
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export to a file' }).click()
    ])
    expect(download.suggestedFilename()).toMatch(/^roadmap-progress-\d{4}-\d{2}-\d{2}\.json$/)
    exported = await text(await download.createReadStream())
    expect(JSON.parse(exported)).toMatchObject({ format: 'roadmap-progress', version: 2, topics: progress.topics })
    await expectStatus(
      page,
      /^Exported 4 topics, 1 of them not in the roadmaps any more \(kept aside\) to roadmap-progress-/
    )
  })
  await withPage(browser(), async ({ page }) => {
    await page.goto(siteUrl(sitePath('progress/')))
    await page.locator('input[type="file"]').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported)
    })
    await expectStatus(page, 'Added 4 topics, 1 of them not in the roadmaps any more (kept aside) from progress.json.')
    expect((await storedProgress(page)) as object).toMatchObject({ topics: progress.topics })
    await expectStates(page)
  })
})

test('a file that is not a progress file is refused with the reason, and nothing changes', async () => {
  await withPage(browser(), async ({ page }) => {
    await page.goto(siteUrl(sitePath('progress/')))
    await page.locator('input[type="file"]').setInputFiles({
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name":"x"}')
    })
    await expectStatus(
      page,
      'Cannot import package.json. Unexpected file: expected `"format": "roadmap-progress"`. Choose a progress file exported from this site.'
    )
    expect(await storedProgress(page)).toBeNull()
  })
})

test('a share link carries the progress to another browser, which adds it only when asked', async () => {
  let link = ''
  await withPage(browser(), async ({ page }) => {
    await seedStorage(page, progressStorageKey, JSON.stringify(progress))
    await page.goto(siteUrl(sitePath('progress/')))
    await page.getByRole('button', { name: 'Make a share link' }).click()
    link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue()
    expect(link).toMatch(/\/progress\/#share=[A-Za-z0-9_-]+$/)
  })
  const { context, page, problems } = await openContext(browser())
  try {
    await page.goto(link)
    const shared = page.getByRole('region', { name: 'Progress shared with you' })
    await expect
      .poll(async () => await shared.textContent())
      .toContain('carries 4 topics, 1 of them not in the roadmaps any more')
    expect(await storedProgress(page)).toBeNull()
    await shared.getByRole('button', { name: 'Add it to my progress' }).click()
    expect(new URL(page.url()).hash).toBe('')
    await expectStates(page)
    expect(problems).toEqual([])
  } finally {
    await context.close()
  }
})
