import { expect, test } from 'vitest'
import { filesWithoutModel } from '../scripts/files-without-model.js'

test('every discovered step file and roadmap.md without a model is named, whatever its messages say', () => {
  const model = { kind: 'step' }
  expect(
    filesWithoutModel([
      { path: '/repo/content/web/roadmap.md', model: { kind: 'roadmap' } },
      { path: '/repo/content/web/01-html.md', model },
      // No message at all, say hidden by a comment: still named.
      { path: '/repo/content/web/03-js.md', model: undefined },
      // Unreadable, a symbolic link, too large: no model either.
      { path: '/repo/content/web/02-css.md', model: undefined },
      { path: '/repo/content/api/roadmap.md', model: undefined },
      // Not content by its name: the linter's `file-unexpected`, not a missing step.
      { path: '/repo/content/web/notes.txt', model: undefined },
      { path: '/repo/content/README.md', model: undefined }
    ])
  ).toEqual(['/repo/content/api/roadmap.md', '/repo/content/web/02-css.md', '/repo/content/web/03-js.md'])
})
