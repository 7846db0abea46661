// @ts-check
// Writes screenshots of the main pages at desktop and phone widths, in light
// and dark, into screenshots/, so a reviewer can see the site without running
// it, the roadmap's map on its own too. Run through `pnpm --filter web
// screenshots`, which builds first.
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { roadmaps } from '@roadmap/core/data'
import { stepsInDependencyOrder, topicKey } from '@roadmap/core/query'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../browser/chromium.js'
import { serveDist } from '../browser/serve-dist.js'
// The storage key of src/progress/stored-progress.ts (this script runs in Node.js, without TypeScript).
const progressStorageKey = 'roadmap-progress:v2'

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const outputFolder = join(appRoot, 'screenshots')
// Long pages are cut here: the top of a page shows its design, and PNGs stay small.
const tallestShot = 2400

const roadmap = roadmaps[0]
if (!roadmap) throw new Error('The dataset has no roadmap to show')
const firstStep = stepsInDependencyOrder(roadmap)[0]
if (!firstStep) throw new Error(`Roadmap \`${roadmap.id}\` has no step to show`)
const firstTopic = firstStep.topics[0]
const searchWord = firstTopic?.title.split(/\s+/)[0] ?? roadmap.title

/**
 * The pages to show, by file name, with the learner part-way through the first
 * step (a topic done, one in progress, one skipped), so progress shows;
 * `element` shoots one element whole instead of the top of the page.
 */
const pages = [
  { name: 'home', path: '' },
  { name: 'roadmap', path: `roadmaps/${roadmap.id}/` },
  { name: 'map', path: `roadmaps/${roadmap.id}/`, element: '.map-scroll' },
  { name: 'step', path: `roadmaps/${roadmap.id}/${firstStep.id}/` },
  { name: 'search', path: `search/?q=${encodeURIComponent(searchWord)}` },
  { name: 'progress', path: 'progress/' }
]
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 }
]
const themes = /** @type {const} */ (['light', 'dark'])
const states = /** @type {const} */ (['done', 'in-progress', 'skipped'])
// Keys from plain ids: the typed dataset's unions of literal keys are too large to combine here.
/** @param {{ id: string }} topic */
const keyOf = (topic) => topicKey(String(roadmap.id), String(firstStep.id), String(topic.id))
const progress = {
  topics: Object.fromEntries(firstStep.topics.slice(0, 3).map((topic, index) => [keyOf(topic), states[index]])),
  last: firstTopic ? keyOf(firstTopic) : undefined
}

await rm(outputFolder, { recursive: true, force: true })
await mkdir(outputFolder, { recursive: true })
const site = await serveDist(join(appRoot, 'dist'))
const browser = await chromium.launch(chromiumLaunchOptions())
try {
  for (const viewport of viewports) {
    for (const theme of themes) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme: theme,
        reducedMotion: 'reduce'
      })
      await context.addInitScript(
        ([key, value]) => localStorage.setItem(String(key), String(value)),
        [progressStorageKey, JSON.stringify(progress)]
      )
      const page = await context.newPage()
      for (const { name, path, element } of pages) {
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' })
        const file = join(outputFolder, `${name}-${viewport.name}-${theme}.png`)
        if (element) {
          await page.locator(element).screenshot({ path: file })
          console.log(`Wrote ${file}`)
          continue
        }
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, tallestShot) }
        })
        console.log(`Wrote ${file}`)
      }
      await context.close()
    }
  }
} finally {
  await browser.close()
  await site.close()
}
