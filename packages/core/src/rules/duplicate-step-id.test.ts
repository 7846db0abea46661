import { expect, test } from 'vitest'
import { parseStep } from '../file/parse-file.js'
import { checkContent } from '../rule/check-content.js'
import { checkCrossFile } from './cross-file.js'
import { duplicateStepId } from './duplicate-step-id.js'
import { summarizeFile } from '../file/summarize.js'
import type { FileSummary } from '../validate/summary.js'

function roadmap(id: string, names: string[]): FileSummary[] {
  const text =
    '---\ntitle: T\nsummary: S\nlevel: beginner\n---\n\n## Topic\n\nText.\n\n- [A](https://example.org "article")\n'
  return names.map((name) => summarizeFile(parseStep(text, { path: `${id}/${name}` }), `${id}/${name}`, id))
}

test('two files with the same step id: the later one is reported, naming the first', () => {
  const source = roadmap('backend', ['02-apis.md', '03-apis.md', '04-other.md', '07-apis.md'])
  expect(
    checkContent([duplicateStepId], { files: source }).map((diagnostic) => [
      diagnostic.file,
      diagnostic.line,
      diagnostic.ruleId,
      diagnostic.reason
    ])
  ).toEqual([
    [
      'backend/03-apis.md',
      1,
      'duplicate-step-id',
      'Unexpected step id `apis` in `03-apis.md`, already used by `02-apis.md`; rename one of the files'
    ],
    [
      'backend/07-apis.md',
      1,
      'duplicate-step-id',
      'Unexpected step id `apis` in `07-apis.md`, already used by `02-apis.md`; rename one of the files'
    ]
  ])
})

test('the same step id in two roadmaps is fine', () => {
  expect(checkCrossFile([...roadmap('backend', ['01-apis.md']), ...roadmap('frontend', ['01-apis.md'])])).toEqual([])
})

test('checkCrossFile runs every check across files', () => {
  const source = roadmap('backend', ['01-apis.md', '02-apis.md'])
  expect(checkCrossFile(source).map((diagnostic) => diagnostic.ruleId)).toEqual(['duplicate-step-id'])
})
