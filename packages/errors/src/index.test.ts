import { expect, test } from 'vitest'
import * as errors from './index.js'

test('the public API is exactly this list (an export is a promise)', () => {
  expect(Object.keys(errors).sort()).toEqual(['RoadmapError'])
})
