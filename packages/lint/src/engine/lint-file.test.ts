import { join } from 'node:path'
import { defaultLimits } from '@roadmap/core'
import { expect, test } from 'vitest'
import { resourceMd, stepMd, topicMd, useTempDirs, writeTree } from '../../test/helpers/content.js'
import type { IndexedFile } from '../rule/content.js'
import { afterCheck, checkContentFile } from './lint-file.js'

const temporary = useTempDirs()

test('afterCheck hands the checked file over with every link, and leaves it slimmed', async () => {
  const root = await temporary()
  const prose = '[guide](https://example.com/guide) [next](./02-next.md)'
  await writeTree(root, {
    'backend/01-basics.md': stepMd(topicMd('Types', prose, resourceMd('Python', 'https://docs.python.org/3/')))
  })
  const seen: Array<{ links: string[] }> = []
  const onChecked = (entry: IndexedFile) => seen.push({ links: entry.links.map((link) => link.url) })

  const checked = await checkContentFile(join(root, 'backend/01-basics.md'), 'backend', {
    rules: [],
    ruleOptions: new Map(),
    isOff: () => false,
    maxBytes: undefined,
    limits: defaultLimits
  })
  const entry = afterCheck(checked, { keepInsecureLinks: true, onChecked })

  expect(seen).toEqual([{ links: ['https://example.com/guide', './02-next.md', 'https://docs.python.org/3/'] }])
  // Slimmed once handed over: lint() runs several files at once, and
  // what a file keeps is alive until the end of the run.
  expect(entry.links.map((link) => link.url)).toEqual(['./02-next.md'])
  expect(entry.summary).toEqual({
    path: join(root, 'backend/01-basics.md'),
    roadmapId: 'backend',
    kind: 'step',
    step: { id: 'basics', order: 1, title: expect.any(String), requires: [], topics: ['types'], aliases: [] },
    roadmap: undefined
  })
})
