// @ts-check
// Writes screenshots of the main pages at desktop and phone widths, in light
// and dark, into screenshots/, so a reviewer can see the site without running
// it. Run through `pnpm --filter web screenshots`, which builds first.
import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { roadmaps } from '@roadmap/core/data'
import { stepsInDependencyOrder } from '@roadmap/core/query'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../browser/chromium.js'
import { serveDist } from '../browser/serve-dist.js'

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

/** The pages to show, by file name; the first topic of the first step is ticked, so progress shows. */
const pages = [
  { name: 'home', path: '' },
  { name: 'roadmap', path: `roadmaps/${roadmap.id}/` },
  { name: 'step', path: `roadmaps/${roadmap.id}/${firstStep.id}/` },
  { name: 'search', path: `search/?q=${encodeURIComponent(searchWord)}` }
]
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 }
]
const themes = /** @type {const} */ (['light', 'dark'])
const doneTopics = firstTopic ? [`${roadmap.id}/${firstStep.id}/${firstTopic.id}`] : []

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
        (done) => localStorage.setItem('roadmap-progress:v1', JSON.stringify(done)),
        doneTopics
      )
      const page = await context.newPage()
      for (const { name, path } of pages) {
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' })
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        const file = join(outputFolder, `${name}-${viewport.name}-${theme}.png`)
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
