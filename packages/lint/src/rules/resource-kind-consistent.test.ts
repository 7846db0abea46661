import { expect, test } from 'vitest'
import { fixedContent, lintContent, ofRule, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'

const config = (kind: string) => resourceMd('Twelve-factor: config', 'https://12factor.net/config', kind)

test('--fix gives the minority the majority kind, across files and roadmaps, rewriting only the title', async () => {
  const files = {
    'backend/01-apis.md': stepMd(topicMd('Config', config('official'))),
    'backend/02-deploy.md': stepMd(topicMd('Config', config('official'))),
    'devops/01-delivery.md': stepMd(topicMd('Config', "[Twelve-factor: config](https://12factor.net/config 'article')"))
  }
  expect(ofRule(await lintContent(files), 'resource-kind-consistent')).toEqual([
    'devops/01-delivery.md:13:3-13:65 error resource-kind-consistent Unexpected kind `article` for `https://12factor.net/config`, expected `official` as at `backend/01-apis.md:13` (`official` 2, `article` 1); use one kind everywhere'
  ])
  expect(await fixedContent(files)).toEqual({ 'devops/01-delivery.md': stepMd(topicMd('Config', config('official'))) })
})

test('without a majority every use is reported, and nothing is fixed', async () => {
  const files = {
    'backend/01-apis.md': stepMd(topicMd('Config', config('official'))),
    'backend/02-deploy.md': stepMd(topicMd('Config', config('article')))
  }
  expect(ofRule(await lintContent(files), 'resource-kind-consistent')).toHaveLength(2)
  expect(await fixedContent(files)).toEqual({})
})
