// @ts-check
// A roadmap's print page (`/print/<roadmap>/`) as a PDF, rendered by Chromium:
// what `pnpm --filter web pdf` writes and what the tests read back.
import { join } from 'node:path'

/**
 * Render the whole-roadmap page of each of `roadmapIds` to `<outDir>/<id>.pdf`
 * (A4, tagged, with an outline of the headings and page numbers), from the
 * site served at `siteUrl`.
 *
 * @example
 *   await renderRoadmapPdfs(browser, site.url, ['backend'], 'dist/pdf')
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} siteUrl the site's root, ending with `/`
 * @param {readonly string[]} roadmapIds
 * @param {string} outDir
 * @returns {Promise<string[]>} the files written
 */
export async function renderRoadmapPdfs(browser, siteUrl, roadmapIds, outDir) {
  const context = await browser.newContext({ colorScheme: 'light', reducedMotion: 'reduce' })
  const written = []
  try {
    const page = await context.newPage()
    for (const id of roadmapIds) {
      await page.goto(new URL(`print/${id}/`, siteUrl).href, { waitUntil: 'load' })
      const file = join(outDir, `${id}.pdf`)
      await page.pdf({
        path: file,
        format: 'A4',
        margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          '<div style="width:100%;font-size:8pt;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        tagged: true,
        outline: true
      })
      written.push(file)
    }
  } finally {
    await context.close()
  }
  return written
}
