// The installed packages, imported from ES modules and required from CommonJS.
import { realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { roadmaps } from '@roadmap/core/data'
import { lintRuleIds } from '@roadmap/lint'
import { closeAll, startServer } from '@roadmap/test-servers'
import { afterEach, expect, inject, test } from 'vitest'
import { node, nodeRequiresEsm, write } from './helpers.js'

const { directory: consumer, packed } = inject('installed')
const backendStepIds = roadmaps.find((roadmap) => roadmap.id === 'backend')?.steps.map((step) => step.id) ?? []
// `internal-error` is reported by the engine when a check throws; it is not a rule that runs.
const ruleIds = Object.values(lintRuleIds)
  .filter((id) => id !== lintRuleIds.internalError)
  .sort()

afterEach(closeAll)

test('gets one @roadmap/core and one @roadmap/links: the ones @roadmap/lint uses are those it installed', async () => {
  const lint = await realpath(join(consumer, 'node_modules', '@roadmap', 'lint'))
  for (const name of ['core', 'links', 'errors']) {
    expect(await realpath(join(lint, '..', name))).toBe(
      await realpath(join(consumer, 'node_modules', '@roadmap', name))
    )
  }
})

test("every package's errors are the one RoadmapError, whichever package it is imported from", async () => {
  await write(consumer, {
    'errors.js': `import { RoadmapError } from '@roadmap/errors'
import * as core from '@roadmap/core'
import * as lint from '@roadmap/lint'
import * as links from '@roadmap/links'

const thrown = [new core.ContentNotFoundError('content'), new lint.ConfigError('bad'), new links.LinkOptionsError('deadline', 'bad')]
console.log(JSON.stringify({
  same: [core.RoadmapError, lint.RoadmapError, links.RoadmapError].map((base) => base === RoadmapError),
  caught: thrown.map((error) => error instanceof RoadmapError && error.code)
}))
`
  })
  expect(JSON.parse((await node(consumer, 'errors.js')).stdout)).toEqual({
    same: [true, true, true],
    caught: ['ERR_ROADMAP_CONTENT_NOT_FOUND', 'ERR_ROADMAP_LINT_CONFIG', 'ERR_ROADMAP_LINKS_OPTION_INVALID']
  })
})

test('imports the dataset and @roadmap/lint as ES modules', async () => {
  await write(consumer, {
    'esm.js': `import { roadmaps } from '@roadmap/core/data'
import { join } from 'node:path'
import { lintRules, lintText, version } from '@roadmap/lint'
import schema from '@roadmap/lint/config.schema.json' with { type: 'json' }

const backend = roadmaps.find((roadmap) => roadmap.id === 'backend')
const { messages } = lintText({ text: '---\ntitle: APIs\n---\n', path: join(process.cwd(), 'content/backend/01-apis.md') })
console.log(JSON.stringify({
  steps: backend.steps.map((step) => step.id),
  rules: lintRules.map((rule) => rule.meta.id).sort(),
  version,
  linted: messages.some((message) => message.ruleId === 'frontmatter-required'),
  schema: schema.$id
}))
`
  })
  const output = JSON.parse((await node(consumer, 'esm.js')).stdout) as unknown
  expect(output).toEqual({
    steps: backendStepIds,
    rules: ruleIds,
    version: packed.lint.manifest.version,
    linted: true,
    schema: expect.stringMatching(/\/@roadmap\/lint\/dist\/config\.schema\.json$/)
  })
  expect(backendStepIds.length).toBeGreaterThan(0)
})

test('checks a list of URLs with @roadmap/links from a script, on its thread (`@roadmap/links/thread`) and off it', async () => {
  const server = await startServer((request, response) => {
    response.statusCode = request.url === '/missing' ? 404 : 200
    response.end()
  })
  await write(consumer, {
    'links.js': `import { checkLinks } from '@roadmap/links'
import { LinkCheckerThread, linkCheckerThreadAvailable } from '@roadmap/links/thread'

const urls = [{ url: '${server.origin}/ok', place: 'a.md:1' }, { url: '${server.origin}/missing', place: 'b.md:2' }]
const options = { allowPrivateHosts: true, retries: 0 }
const report = await checkLinks(urls, options)
const thread = new LinkCheckerThread().start(options)
for (const { url, place } of urls) thread.add(url, place)
const threaded = await thread.finish()
const summary = (result) => result.verdicts.map((verdict) => [verdict.url.replace('${server.origin}', ''), verdict.verdict, verdict.places])
console.log(JSON.stringify({ available: linkCheckerThreadAvailable, report: summary(report), threaded: summary(threaded) }))
`
  })
  const expected = [
    ['/missing', 'broken', ['b.md:2']],
    ['/ok', 'ok', ['a.md:1']]
  ]
  expect(JSON.parse((await node(consumer, 'links.js')).stdout)).toEqual({
    available: true,
    report: expected,
    threaded: expected
  })
})

// A top-level await anywhere in the module graph of an entry point would
// make this fail with ERR_REQUIRE_ASYNC_MODULE.
test.runIf(nodeRequiresEsm)(
  'requires the dataset, @roadmap/links and @roadmap/lint from CommonJS (Node >= 20.19: require of ES modules)',
  async () => {
    await write(consumer, {
      'commonjs.cjs': `const { roadmaps } = require('@roadmap/core/data')
const { findStep } = require('@roadmap/core')
const lint = require('@roadmap/lint')
const links = require('@roadmap/links')
const { LinksConfigSchema } = require('@roadmap/links/config')
const thread = require('@roadmap/links/thread')

const backend = roadmaps.find((roadmap) => roadmap.id === 'backend')
console.log(JSON.stringify({
  steps: backend.steps.map((step) => step.id),
  step: findStep(backend, 'databases').id,
  lint: [typeof lint.lintText, typeof lint.defineConfig, typeof lint.formatters.json, lint.version],
  links: [typeof links.checkLinks, typeof links.streamLinks, LinksConfigSchema.safeParse({ retries: 1 }).success, typeof thread.LinkCheckerThread, thread.linkCheckerThreadAvailable],
  rules: lint.lintRules.map((rule) => rule.meta.id).sort(),
  schema: require.resolve('@roadmap/lint/config.schema.json').replaceAll('\\\\', '/').endsWith('/dist/config.schema.json')
}))
`
    })
    const output = JSON.parse((await node(consumer, 'commonjs.cjs')).stdout) as unknown
    expect(output).toEqual({
      steps: backendStepIds,
      step: 'databases',
      lint: ['function', 'function', 'function', packed.lint.manifest.version],
      links: ['function', 'function', true, 'function', true],
      rules: ruleIds,
      schema: true
    })
  }
)
