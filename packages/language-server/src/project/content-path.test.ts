import { describe, expect, it } from 'vitest'
import { contentPlaceOf } from './content-path.js'

describe('contentPlaceOf', () => {
  it('finds the content folder of a roadmap file and a step', () => {
    expect(contentPlaceOf('/repo/content/backend/03-databases.md')).toEqual({
      contentDir: '/repo/content',
      root: '/repo'
    })
    expect(contentPlaceOf('/repo/content/backend/roadmap.md')?.contentDir).toBe('/repo/content')
  })

  it('leaves other Markdown alone', () => {
    expect(contentPlaceOf('/repo/README.md')).toBeUndefined()
    expect(contentPlaceOf('/repo/content/README.md')).toBeUndefined()
    expect(contentPlaceOf('/repo/docs/backend/notes.md')).toBeUndefined()
    expect(contentPlaceOf('/repo/content/backend/notes.txt')).toBeUndefined()
  })
})
