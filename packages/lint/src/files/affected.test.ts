import { join } from 'node:path'
import { expect, test } from 'vitest'
import {
  lintTree,
  resourceMd,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../test/helpers/content.js'

const temporary = useTempDirs()
const topic = topicMd('Types', resourceMd('MDN', 'https://developer.mozilla.org/'))

test('selects the changed files, their roadmap, and files that require or link into it', async () => {
  const root = await temporary()
  const content = join(root, 'content')
  await writeTree(
    content,
    withRoadmaps({
      'backend/01-basics.md': stepMd(topic),
      'backend/02-apis.md': stepMd(topic),
      'frontend/01-html.md': stepMd(topic, { requires: ['backend/basics'] }),
      'frontend/02-fetch.md': stepMd(topic, { intro: 'See [APIs](../backend/02-apis.md#types).' }),
      'frontend/03-css.md': stepMd(topic, {
        intro: 'Unlike [the backend roadmap](https://example.com/backend/), this is about [HTML](./01-html.md).'
      }),
      'devops/01-linux.md': stepMd(topic, { intro: 'Read [the notes](../../docs/backend/README.md).' })
    })
  )
  const { result } = await lintTree(root, { changed: new Set([join(content, 'backend/02-apis.md')]) })
  expect(result.files.map((file) => file.path.slice('content/'.length))).toEqual([
    'backend/01-basics.md',
    'backend/02-apis.md',
    'backend/roadmap.md',
    'frontend/01-html.md',
    'frontend/02-fetch.md'
  ])
})

test('a deleted step selects the rest of its roadmap, whose requirements may name it', async () => {
  const root = await temporary()
  const content = join(root, 'content')
  await writeTree(
    content,
    withRoadmaps({
      'backend/01-basics.md': stepMd(topic),
      'backend/03-apis.md': stepMd(topic, { requires: ['deleted'] }),
      'frontend/01-html.md': stepMd(topic)
    })
  )
  const { result, messages } = await lintTree(root, {
    changed: new Set([join(content, 'backend/02-deleted.md')])
  })
  expect(result.files.map((file) => file.path.slice('content/'.length))).toEqual([
    'backend/01-basics.md',
    'backend/03-apis.md',
    'backend/roadmap.md'
  ])
  expect(messages.map((message) => message.split(' ')[2])).toEqual(['requires-unknown'])
})

test('a change outside the content selects nothing', async () => {
  const root = await temporary()
  await writeTree(join(root, 'content'), withRoadmaps({ 'backend/01-basics.md': stepMd(topic) }))
  const { result } = await lintTree(root, { changed: new Set([join(root, 'package.json')]) })
  expect(result.files).toEqual([])
})
