import { execFileSync } from 'node:child_process'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { useTempDirs } from '../../test/helpers/content.js'
import { readRegularFile } from './read-regular-file.js'

const temporary = useTempDirs()

test('reads a regular file; refuses links, FIFOs, folders and files past the cap; nothing for a missing file', async () => {
  const root = await temporary()
  await writeFile(join(root, 'file'), 'text')
  await symlink(join(root, 'file'), join(root, 'link'))
  await symlink('/dev/zero', join(root, 'zero'))
  execFileSync('mkfifo', [join(root, 'fifo')])
  await mkdir(join(root, 'folder'))
  expect(readRegularFile(join(root, 'file'), 4)).toEqual({ bytes: Buffer.from('text') })
  expect(readRegularFile(join(root, 'file'), 3)).toEqual({ refused: 'it is larger than 3 bytes' })
  expect(readRegularFile(join(root, 'link'), 100)).toEqual({ refused: 'it is a symbolic link' })
  expect(readRegularFile(join(root, 'zero'), 100)).toEqual({ refused: 'it is a symbolic link' })
  // Opened without blocking for a writer, then refused.
  expect(readRegularFile(join(root, 'fifo'), 100)).toEqual({ refused: 'it is not a regular file' })
  expect(readRegularFile(join(root, 'folder'), 100)).toEqual({ refused: 'it is not a regular file' })
  expect(readRegularFile(join(root, 'missing'), 100)).toBeUndefined()
})
