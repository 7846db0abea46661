import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { defaultLimits } from '@roadmap/core'
import { expect, test } from 'vitest'
import { resourceMd, stepMd, topicMd, useTempDirs, writeTree } from '../../test/helpers/content.js'
import { checkFile } from './check-file.js'

const temporary = useTempDirs()

test('a checked file keeps its summary, with every link and heading, and no tree', async () => {
  const root = await temporary()
  // In the topic's list: resources, as far as links go (the core reports the list item).
  const prose = '[guide](https://example.com/guide) [next](./02-next.md)'
  await writeTree(root, {
    'backend/01-basics.md': stepMd(topicMd('Types', prose, resourceMd('Python', 'https://docs.python.org/3/')))
  })
  const path = join(root, 'backend/01-basics.md')
  const checked = checkFile(await readFile(path), path, 'backend', {
    rules: [],
    optionsOf: () => undefined,
    limits: defaultLimits
  })
  expect(checked.summary).toEqual({
    path: join(root, 'backend/01-basics.md'),
    roadmapId: 'backend',
    kind: 'step',
    step: { id: 'basics', order: 1, title: expect.any(String), requires: [], topics: ['types'], aliases: [] },
    roadmap: undefined,
    links: [
      expect.objectContaining({ url: 'https://example.com/guide', host: 'example.com', resource: true }),
      expect.objectContaining({ url: './02-next.md', host: undefined, resource: true }),
      expect.objectContaining({ url: 'https://docs.python.org/3/', host: 'docs.python.org', resource: true })
    ],
    headings: [expect.objectContaining({ depth: 2, anchor: 'types' })],
    counts: []
  })
  expect(Object.keys(checked)).not.toContain('tree')
})
