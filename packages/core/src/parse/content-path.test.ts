import { describe, expect, test } from 'vitest'
import { classifyContentPath } from './content-path.js'

describe('classifyContentPath', () => {
  test('`<roadmap-id>/roadmap.md` is a roadmap', () => {
    expect(classifyContentPath('content/backend/roadmap.md')).toEqual({ kind: 'roadmap', roadmapId: 'backend' })
  })

  test('`<roadmap-id>/<NN>-<step-id>.md` is a step, ordered by `NN`', () => {
    expect(classifyContentPath('content/backend/03-databases.md')).toEqual({
      kind: 'step',
      roadmapId: 'backend',
      stepId: 'databases',
      order: 3
    })
    expect(classifyContentPath('/abs/web-basics/99-real-world-projects-2.md')).toEqual({
      kind: 'step',
      roadmapId: 'web-basics',
      stepId: 'real-world-projects-2',
      order: 99
    })
  })

  test('only the last two segments count, with `/` or `\\` separators', () => {
    expect(classifyContentPath('C:\\content\\backend\\01-apis.md')).toEqual({
      kind: 'step',
      roadmapId: 'backend',
      stepId: 'apis',
      order: 1
    })
    expect(classifyContentPath('backend/roadmap.md')).toEqual({ kind: 'roadmap', roadmapId: 'backend' })
    expect(classifyContentPath('content/backend//roadmap.md')).toEqual({ kind: 'roadmap', roadmapId: 'backend' })
  })

  test.each([
    ['content/Backend/roadmap.md', 'Unexpected roadmap folder `Backend`, expected a kebab-case id such as `backend`'],
    ['content/back_end/01-apis.md', 'Unexpected roadmap folder `back_end`, expected a kebab-case id such as `backend`'],
    ['roadmap.md', 'Unexpected roadmap folder ``, expected a kebab-case id such as `backend`'],
    [
      'content/backend/README.md',
      'Unexpected file `README.md`, expected `roadmap.md` or a step file named `NN-step-id.md`'
    ],
    [
      'content/backend/Roadmap.md',
      'Unexpected file `Roadmap.md`, expected `roadmap.md` or a step file named `NN-step-id.md`'
    ],
    [
      'content/backend/1-apis.md',
      'Unexpected file `1-apis.md`, expected `roadmap.md` or a step file named `NN-step-id.md`'
    ],
    [
      'content/backend/100-apis.md',
      'Unexpected file `100-apis.md`, expected `roadmap.md` or a step file named `NN-step-id.md`'
    ],
    [
      'content/backend/01-apis.MD',
      'Unexpected file `01-apis.MD`, expected `roadmap.md` or a step file named `NN-step-id.md`'
    ],
    ['content/backend/01-.md', 'Unexpected file `01-.md`, expected `roadmap.md` or a step file named `NN-step-id.md`'],
    [
      'content/backend/notes.txt',
      'Unexpected file `notes.txt`, expected `roadmap.md` or a step file named `NN-step-id.md`'
    ],
    ['content/backend/00-intro.md', 'Unexpected step number `00` in `00-intro.md`, expected `01` to `99`'],
    [
      'content/backend/01-Databases.md',
      'Unexpected step id `Databases` in `01-Databases.md`, expected a kebab-case id such as `03-databases.md`'
    ],
    [
      'content/backend/01-data--bases.md',
      'Unexpected step id `data--bases` in `01-data--bases.md`, expected a kebab-case id such as `03-databases.md`'
    ],
    [
      'content/backend/01-apis.md.md',
      'Unexpected step id `apis.md` in `01-apis.md.md`, expected a kebab-case id such as `03-databases.md`'
    ]
  ])('%s is unexpected', (path, reason) => {
    expect(classifyContentPath(path)).toEqual({ kind: 'unexpected', reason })
  })
})
