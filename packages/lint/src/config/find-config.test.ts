import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { useTempDirs, writeTree } from '../../test/helpers/content.js'
import { findConfig } from './find-config.js'

const temporary = useTempDirs()

test('finds the config in the working directory', async () => {
  const root = await temporary()
  await writeTree(root, { 'roadmap-lint.config.json': '{}' })
  expect(findConfig(root)).toBe(join(root, 'roadmap-lint.config.json'))
})

test('looks upward from a subfolder to the repository root', async () => {
  const root = await temporary()
  await writeTree(root, { 'roadmap-lint.config.js': 'export default {}', 'content/backend/roadmap.md': '' })
  await mkdir(join(root, '.git'))
  expect(findConfig(join(root, 'content', 'backend'))).toBe(join(root, 'roadmap-lint.config.js'))
})

test('stops at the repository root, the first folder with `.git`', async () => {
  const outer = await temporary()
  await writeTree(outer, { 'roadmap-lint.config.json': '{}', 'repo/content/README.md': '' })
  await writeTree(outer, { 'repo/.git': 'gitdir: elsewhere\n' })
  expect(findConfig(join(outer, 'repo', 'content'))).toBeUndefined()
})

test('prefers JSON, then JS, MJS, TS and MTS in one folder', async () => {
  const root = await temporary()
  await writeTree(root, { 'roadmap-lint.config.mts': '', 'roadmap-lint.config.ts': '', 'roadmap-lint.config.mjs': '' })
  expect(findConfig(root)).toBe(join(root, 'roadmap-lint.config.mjs'))
  await writeTree(root, { 'roadmap-lint.config.json': '{}' })
  expect(findConfig(root)).toBe(join(root, 'roadmap-lint.config.json'))
})

test('gives undefined when there is none', async () => {
  const root = await temporary()
  await mkdir(join(root, '.git'))
  expect(findConfig(root)).toBeUndefined()
})
