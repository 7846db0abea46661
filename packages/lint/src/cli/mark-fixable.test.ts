import { VFile } from 'vfile'
import { expect, test } from 'vitest'
import type { IndexedFile } from '../rule/content.js'
import { isFixable } from '../formatters/diagnostics.js'
import { markFixable } from './mark-fixable.js'

test('each reported message with a fix carries it; others, and fixes of messages no longer reported, do not', () => {
  const file = new VFile({ path: 'content/backend/01-apis.md', value: '* one\n' })
  const fixable = file.message('Unexpected list marker `*`, expected `-`')
  const plain = file.message('Unexpected URL shortener `bit.ly`')
  const dropped = new VFile().message('Suppressed')
  const edit = { start: 0, end: 1, text: '-' }
  const entry = {
    file,
    fixes: new Map([
      [fixable, [edit]],
      [dropped, [edit]],
      [plain, []]
    ])
  }
  markFixable([entry as unknown as IndexedFile])
  expect([fixable, plain, dropped].map(isFixable)).toEqual([true, false, false])
  expect((fixable as { fix?: unknown }).fix).toEqual([edit])
})
