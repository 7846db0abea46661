import { mkdir, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { lintContent, lintTree, ofRule, resourceMd, stepMd, topicMd, useTempDirs, withRoadmaps, writeTree } from '../../test/helpers/content.js'

const temporary = useTempDirs()
const step = stepMd(topicMd('REST', resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP')))

async function numbering(names: string[]): Promise<string[]> {
  const messages = await lintContent(Object.fromEntries(names.map((name) => [name, step])))
  return ofRule(messages, 'step-numbering')
}

test('accepts 01, 02, 03 … in each roadmap', async () => {
  expect(await numbering(['backend/01-a.md', 'backend/02-b.md', 'backend/03-c.md', 'frontend/01-a.md', 'frontend/02-b.md'])).toEqual([])
})

test('reports the first step after a gap, with the number it should have', async () => {
  expect(await numbering(['backend/01-a.md', 'backend/02-b.md', 'backend/04-d.md', 'backend/05-e.md'])).toEqual([
    'backend/04-d.md:1:1-1:1 error step-numbering Unexpected step number `04` in `04-d.md`, expected `03`; renumber the steps without gaps'
  ])
})

test('reports a roadmap that does not start at 01', async () => {
  expect(await numbering(['backend/02-b.md', 'backend/03-c.md'])).toEqual([
    'backend/02-b.md:1:1-1:1 error step-numbering Unexpected step number `02` in `02-b.md`, expected `01`; renumber the steps without gaps'
  ])
})

test('reports each step whose number is taken, naming the first by file name', async () => {
  expect(await numbering(['backend/01-a.md', 'backend/02-c.md', 'backend/02-b.md', 'backend/02-d.md', 'backend/03-e.md'])).toEqual([
    'backend/02-c.md:1:1-1:1 error step-numbering Unexpected step number `02` in `02-c.md`, already used by `02-b.md`; renumber the steps so each has its own number',
    'backend/02-d.md:1:1-1:1 error step-numbering Unexpected step number `02` in `02-d.md`, already used by `02-c.md`; renumber the steps so each has its own number'
  ])
})

test('numbers each roadmap on its own', async () => {
  expect(await numbering(['backend/01-a.md', 'backend/02-b.md', 'frontend/01-a.md', 'frontend/03-c.md'])).toEqual([
    'frontend/03-c.md:1:1-1:1 error step-numbering Unexpected step number `03` in `03-c.md`, expected `02`; renumber the steps without gaps'
  ])
})

test('counts a step that cannot be read: its number is taken, its own message says why', async () => {
  const root = await temporary()
  const content = join(root, 'content')
  await writeTree(content, withRoadmaps({ 'backend/01-a.md': step, 'backend/04-d.md': step }))
  // A dangling link and a folder named like step files: neither can be read.
  await symlink(join(root, 'nowhere.md'), join(content, 'backend/02-b.md'))
  await mkdir(join(content, 'backend/03-c.md'))
  const { messages } = await lintTree(root)
  expect(ofRule(messages, 'step-numbering')).toEqual([])
  expect(messages.map((message) => message.split(' ').slice(0, 3).join(' '))).toEqual([
    'backend/02-b.md:1:1-1:1 error file-unreadable',
    'backend/03-c.md:1:1-1:1 error file-unexpected'
  ])
})
