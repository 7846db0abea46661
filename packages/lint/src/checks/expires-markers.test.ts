import { expect, test } from 'vitest'
import { VFile } from 'vfile'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { expiresMarkers } from './expires-markers.js'

test('finds expires comments in prose and as blocks, not in code', () => {
  const text =
    'Free until March. <!-- expires: 2027-03-31 -->\n\n<!-- expires: soon -->\n\n`<!-- expires: 2027-01-01 -->`\n'
  const tree = unified().use(remarkParse).parse(new VFile(text))
  expect(expiresMarkers(tree)).toEqual([
    { date: '2027-03-31', start: 18, end: 46 },
    { date: 'soon', start: 48, end: 70 }
  ])
})
