import { join } from 'node:path'
import { defaultLimits } from '@roadmap/core'
import { expect, test } from 'vitest'
import { resourceMd, stepMd, topicMd, useTempDirs, writeTree } from '../../test/helpers/content.js'
import type { IndexedFile } from '../rule/content.js'
import { lintFile } from './lint-file.js'

const temporary = useTempDirs()

test('hands the checked file over with its tree and every link, and returns it slimmed', async () => {
  const root = await temporary()
  const prose = '[guide](https://example.com/guide) [next](./02-next.md)'
  await writeTree(root, { 'backend/01-basics.md': stepMd(topicMd('Types', prose, resourceMd('Python', 'https://docs.python.org/3/'))) })
  const seen: Array<{ links: string[] }> = []
  const onChecked = (entry: IndexedFile) => seen.push({ links: entry.links.map((link) => link.url) })

  const entry = await lintFile(join(root, 'backend/01-basics.md'), 'backend', {
    rules: [],
    ruleOptions: new Map(),
    isOff: () => false,
    maxBytes: undefined,
    limits: defaultLimits,
    keepInsecureLinks: true,
    onChecked
  })

  expect(seen).toEqual([{ links: ['https://example.com/guide', './02-next.md', 'https://docs.python.org/3/'] }])
  // Slimmed before it is returned: lint() runs several files at once, and
  // what a file keeps is alive until the end of the run.
  expect(entry.links.map((link) => link.url)).toEqual(['./02-next.md'])
  expect(entry.summary).toEqual({
    path: join(root, 'backend/01-basics.md'),
    roadmapId: 'backend',
    kind: 'step',
    step: { id: 'basics', order: 1, title: expect.any(String), requires: [] },
    roadmap: undefined
  })
})
