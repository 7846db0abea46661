import { chmod, mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { useTempDirs, writeTree } from '../../test/helpers/content.js'
import { writeAtomic } from './write-atomic.js'

const temporary = useTempDirs()

test('replaces the contents and leaves no temporary file', async () => {
  const root = await temporary()
  await writeTree(root, { 'step.md': 'old\n' })
  await writeAtomic(join(root, 'step.md'), 'new\n')
  expect(await readFile(join(root, 'step.md'), 'utf8')).toBe('new\n')
  expect(await readdir(root)).toEqual(['step.md'])
})

test("keeps the file's permissions", async () => {
  const root = await temporary()
  await writeTree(root, { 'step.md': 'old\n' })
  await chmod(join(root, 'step.md'), 0o640)
  await writeAtomic(join(root, 'step.md'), 'new\n')
  expect((await stat(join(root, 'step.md'))).mode & 0o777).toBe(0o640)
})

test('on failure, throws and removes its temporary file', async () => {
  const root = await temporary()
  // A folder with something in it cannot be replaced by a file.
  await mkdir(join(root, 'step.md'))
  await writeTree(root, { 'step.md/inside.md': 'x' })
  await expect(writeAtomic(join(root, 'step.md'), 'new\n')).rejects.toThrow()
  expect(await readdir(root)).toEqual(['step.md'])
})
