// @ts-check
// `pnpm --filter web pdf`: every roadmap as a PDF in dist/pdf/<roadmap>.pdf,
// rendered by the same system Chromium as the tests from the built site (the
// command builds first). Deployed with the site when run before the deploy,
// as the Pages workflow does. `--out <folder>` writes them elsewhere.
import { mkdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { roadmaps } from '@roadmap/core/data'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../browser/chromium.js'
import { renderRoadmapPdfs } from '../browser/render-pdf.js'
import { serveDist } from '../browser/serve-dist.js'

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { out: { type: 'string' } } })
const outDir = resolve(values.out ?? join(appRoot, 'dist', 'pdf'))

await mkdir(outDir, { recursive: true })
const site = await serveDist(join(appRoot, 'dist'))
try {
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    const files = await renderRoadmapPdfs(
      browser,
      site.url,
      roadmaps.map((roadmap) => roadmap.id),
      outDir
    )
    for (const file of files) console.log(`Wrote ${file}`)
  } finally {
    await browser.close()
  }
} finally {
  await site.close()
}
