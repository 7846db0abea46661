// Browser builds of the packed package, as an app developer makes them: real
// esbuild (`--platform=browser`) and Vite builds in the consumer project, with
// their minified and gzip sizes held to budgets (the README's "Bundle sizes").
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, inject, test } from 'vitest'
import { roadmaps } from '../../dist/data.js'
import { roadmaps as skeletons } from '../../dist/skeleton.js'
import { budgets, skeletonShareOfDataset } from './budgets.js'
import { consumerTools } from './helpers.js'

const { directory: consumer } = inject('consumer')
const { exec, write } = consumerTools(consumer)

interface Bundle {
  code: string
  minified: number
  gzip: number
  inputs: string[]
}

/** Bundle `source` for browsers with esbuild, minified, as an app would. */
async function esbuild(name: string, source: string): Promise<Bundle> {
  await write({ [`bundles/${name}.js`]: source })
  await exec(process.execPath, [
    join(consumer, 'node_modules/esbuild/bin/esbuild'),
    `bundles/${name}.js`,
    '--bundle',
    '--platform=browser',
    '--format=esm',
    '--minify',
    `--metafile=bundles/${name}.meta.json`,
    `--outfile=bundles/${name}.out.js`,
    '--log-level=error'
  ])
  const code = await readFile(join(consumer, `bundles/${name}.out.js`), 'utf8')
  const meta = JSON.parse(await readFile(join(consumer, `bundles/${name}.meta.json`), 'utf8')) as {
    inputs: Record<string, unknown>
  }
  return { code, minified: Buffer.byteLength(code), gzip: gzipSync(code).length, inputs: Object.keys(meta.inputs) }
}

/** The package files a bundle took, relative to the package. */
const coreFiles = (bundle: Bundle) =>
  bundle.inputs.flatMap((input) => {
    const at = input.indexOf('@roadmap/core/')
    return at === -1 ? [] : [input.slice(at + '@roadmap/core/'.length)]
  })

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
/** The gzip size of `value` as JSON: the data alone, whatever carries it. */
const jsonGzip = (value: unknown) => gzipSync(JSON.stringify(value)).length

const report = (name: string, bundle: Bundle) =>
  console.log(`${name}: ${kb(bundle.minified)} minified, ${kb(bundle.gzip)} gzip`)

describe('esbuild --platform=browser, from the packed tarball', () => {
  test('the root entry builds for the browser: it reaches no Node.js module', async () => {
    const bundle = await esbuild(
      'root',
      "import { findRoadmap, parseStep, createTopicSearch } from '@roadmap/core'\nconsole.log(findRoadmap, parseStep, createTopicSearch)\n"
    )
    report('@roadmap/core (root, with the parser)', bundle)
    expect(bundle.inputs.filter((input) => input.startsWith('node:') || input.includes('(disabled)'))).toEqual([])
  })

  test('one roadmap with the helpers bundles that roadmap only, under budget', async () => {
    const source = `import { roadmap } from '@roadmap/core/data/backend'
import { allTopics, findStepByKey, roadmapProgress, topicKey } from '@roadmap/core/query'
const done = new Set([topicKey(roadmap, roadmap.steps[0], roadmap.steps[0].topics[0])])
console.log(roadmapProgress(roadmap, done), allTopics([roadmap]).length, findStepByKey([roadmap], 'backend/x'))
`
    const bundle = await esbuild('backend', source)
    const dataOnly = await esbuild(
      'backend-data',
      "import { roadmap } from '@roadmap/core/data/backend'\nconsole.log(roadmap)\n"
    )
    report('/data/backend + query helpers', bundle)
    report('/data/backend alone', dataOnly)
    const backend = roadmaps.find((roadmap) => roadmap.id === 'backend')
    expect(dataOnly.gzip - jsonGzip(backend)).toBeLessThanOrEqual(budgets.roadmapBeyondJson)
    expect(bundle.gzip - dataOnly.gzip).toBeLessThanOrEqual(budgets.helpersBeyondData)
    // Only that roadmap's module, the freeze helper, the query helpers and the key patterns: no parser, zod or other roadmap.
    const allowed = /^dist\/(query\/.*|util\/closest|schema\/(kebab-case|values)|data-freeze|data\/backend)\.js$/
    expect(coreFiles(bundle).filter((file) => !allowed.test(file))).toEqual([])
    expect(coreFiles(bundle)).toContain('dist/data/backend.js')
    expect(bundle.inputs.filter((input) => !input.includes('@roadmap/core/') && !input.startsWith('bundles/'))).toEqual(
      []
    )
    for (const other of roadmaps.filter((roadmap) => roadmap.id !== 'backend'))
      expect(bundle.code.includes(JSON.stringify(other.description).slice(1, -1)), other.id).toBe(false)
  })

  test('the skeleton is small enough for every page', async () => {
    const bundle = await esbuild(
      'skeleton',
      "import { roadmaps } from '@roadmap/core/skeleton'\nconsole.log(roadmaps)\n"
    )
    report('/skeleton', bundle)
    expect(bundle.gzip - jsonGzip(skeletons)).toBeLessThanOrEqual(budgets.skeletonBeyondJson)
    expect(bundle.gzip).toBeLessThanOrEqual(jsonGzip(roadmaps) * skeletonShareOfDataset)
    expect(coreFiles(bundle)).toEqual(['dist/data-freeze.js', 'dist/skeleton.js'])
  })

  test('the search helper carries MiniSearch and no dataset', async () => {
    const bundle = await esbuild(
      'search',
      "import { loadTopicSearch } from '@roadmap/core/search'\nconsole.log(loadTopicSearch)\n"
    )
    report('/search (code, no index)', bundle)
    expect(bundle.gzip).toBeLessThanOrEqual(budgets.searchCode)
    expect(coreFiles(bundle).filter((file) => file.startsWith('dist/data'))).toEqual([])
  })
})

describe('vite build, from the packed tarball', () => {
  test('an app importing the root entry and one roadmap builds for the browser', async () => {
    await write({
      'vite-app/index.html':
        '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>\n',
      'vite-app/main.js': `import { findRoadmap, parseStep, roadmapProgress } from '@roadmap/core'
import { roadmap } from '@roadmap/core/data/backend'
import { roadmaps } from '@roadmap/core/skeleton'
document.body.textContent = JSON.stringify([findRoadmap(roadmaps, 'backend')?.title, roadmapProgress(roadmap, []), typeof parseStep])
`
    })
    const { stdout, stderr } = await exec(
      process.execPath,
      [join(consumer, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      join(consumer, 'vite-app')
    )
    expect(`${stdout}${stderr}`).not.toMatch(
      /externalized for browser compatibility|is not exported by "__vite-browser-external"/
    )
    const assets = await readdir(join(consumer, 'vite-app/dist/assets'))
    const script = assets.find((file) => file.endsWith('.js')) ?? ''
    const code = await readFile(join(consumer, 'vite-app/dist/assets', script), 'utf8')
    expect(code).toContain(JSON.stringify(roadmaps.find((each) => each.id === 'backend')?.title).slice(1, -1))
    console.log(
      `vite: root entry + /data/backend + /skeleton: ${kb(Buffer.byteLength(code))} minified, ${kb(gzipSync(code).length)} gzip`
    )
  })
})
