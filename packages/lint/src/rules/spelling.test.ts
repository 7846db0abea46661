import { symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { useTempDirs } from '../../test/helpers/content.js'
import { UsageError } from '../errors.js'
import { readWords } from './spelling.js'

const temporary = useTempDirs()

test('the project dictionary is plain text: one word a line, comments and blank lines skipped', async () => {
  const root = await temporary()
  await writeFile(join(root, 'words.txt'), '# names\npgvector\r\n\n  Laravel  \n')
  expect(readWords(join(root, 'words.txt'))).toEqual(['pgvector', 'Laravel'])
  expect(readWords(join(root, 'missing.txt'))).toEqual([])
})

test('a dictionary that is a symbolic link is refused, never followed', async () => {
  const root = await temporary()
  await symlink('/etc/passwd', join(root, 'words.txt'))
  expect(() => readWords(join(root, 'words.txt'))).toThrow(UsageError)
})
