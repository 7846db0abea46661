import { expect, test } from 'vitest'
import { levels, resourceKinds } from '../schema/values.js'
import { didYouMean } from './did-you-mean.js'

test('a typo of an allowed value gets it', () => {
  expect(didYouMean('intermidiate', levels)).toBe('; did you mean `intermediate`?')
  expect(didYouMean('oficial', resourceKinds)).toBe('; did you mean `official`?')
  expect(didYouMean('Video', resourceKinds)).toBe('; did you mean `video`?')
  expect(didYouMean('open-source', resourceKinds)).toBe('; did you mean `opensource`?')
  expect(didYouMean('intermedaite', levels)).toBe('; did you mean `intermediate`?')
})

test('a value far from every allowed one, or not a string, gets nothing', () => {
  expect(didYouMean('easy', levels)).toBe('')
  expect(didYouMean('tutorial', resourceKinds)).toBe('')
  // Two edits apart, but a blog post is an article, not a book.
  expect(didYouMean('blog', resourceKinds)).toBe('')
  expect(didYouMean(3, levels)).toBe('')
  expect(didYouMean(null, levels)).toBe('')
})
