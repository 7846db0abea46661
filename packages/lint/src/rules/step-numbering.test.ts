import { mkdir, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import {
  lintContent,
  lintTree,
  ofRule,
  resourceMd,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../test/helpers/content.js'

const temporary = useTempDirs()
const step = stepMd(topicMd('REST', resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP')))

async function numbering(names: string[]): Promise<string[]> {
  const messages = await lintContent(Object.fromEntries(names.map((name) => [name, step])))
  return ofRule(messages, 'step-numbering')
}

test('accepts 01, 02, 03 … in each roadmap', async () => {
  expect(
    await numbering(['backend/01-a.md', 'backend/02-b.md', 'backend/03-c.md', 'frontend/01-a.md', 'frontend/02-b.md'])
  ).toEqual([])
})

test('accepts gaps, and a roadmap that does not start at 01: numbers only order the steps', async () => {
  expect(await numbering(['backend/01-a.md', 'backend/02-b.md', 'backend/04-d.md', 'backend/05-e.md'])).toEqual([])
  expect(await numbering(['backend/10-a.md', 'backend/20-b.md', 'backend/25-c.md', 'backend/30-d.md'])).toEqual([])
})

test('reports each step whose number is taken, naming the first by file name', async () => {
  expect(
    await numbering(['backend/01-a.md', 'backend/02-c.md', 'backend/02-b.md', 'backend/02-d.md', 'backend/03-e.md'])
  ).toEqual([
    'backend/02-c.md:1:1-1:1 error step-numbering Unexpected step number `02` in `02-c.md`, already used by `02-b.md`; give each step its own number (gaps are fine)',
    'backend/02-d.md:1:1-1:1 error step-numbering Unexpected step number `02` in `02-d.md`, already used by `02-c.md`; give each step its own number (gaps are fine)'
  ])
})

test('numbers each roadmap on its own', async () => {
  expect(await numbering(['backend/01-a.md', 'backend/02-b.md', 'frontend/01-a.md', 'frontend/02-b.md'])).toEqual([])
  expect(await numbering(['backend/01-a.md', 'frontend/01-a.md', 'frontend/01-b.md'])).toEqual([
    'frontend/01-b.md:1:1-1:1 error step-numbering Unexpected step number `01` in `01-b.md`, already used by `01-a.md`; give each step its own number (gaps are fine)'
  ])
})

test('counts a step that cannot be read: its number is taken, its own message says why', async () => {
  const root = await temporary()
  const content = join(root, 'content')
  await writeTree(content, withRoadmaps({ 'backend/01-a.md': step, 'backend/03-c.md': step }))
  // A link and a folder named like step files: neither is read.
  await symlink(join(root, 'nowhere.md'), join(content, 'backend/01-b.md'))
  await mkdir(join(content, 'backend/03-d.md'))
  const { messages } = await lintTree(root)
  expect(messages.map((message) => message.split(' ').slice(0, 3).join(' '))).toEqual([
    'backend/01-b.md:1:1-1:1 error content-symlink',
    'backend/01-b.md:1:1-1:1 error step-numbering',
    'backend/03-d.md:1:1-1:1 error file-unexpected',
    'backend/03-d.md:1:1-1:1 error step-numbering'
  ])
})
