import { expect, test } from 'vitest'
import { isParkedPage, pageText, similarity } from './page-text.js'

const html = { 'content-type': 'text/html; charset=utf-8' }

test('the text a reader sees: no scripts or styles, the page path taken out, digits and spaces made one', () => {
  const body = Buffer.from(
    '<html><head><title>Not Found</title><style>p{}</style><script>var id = 1</script></head>' +
      '<body><p>No page at /docs/intro-42 (request 8812)</p></body></html>'
  )
  expect(pageText(html, body, ['/docs/intro-42'])).toBe('not found no page at (request 0)')
})

test('only HTML and plain text pages are compared', () => {
  expect(pageText({ 'content-type': 'application/pdf' }, Buffer.from('%PDF'))).toBeUndefined()
  expect(pageText({ ...html, 'content-encoding': 'gzip' }, Buffer.from([0x1f, 0x8b]))).toBeUndefined()
  expect(pageText({ 'content-type': 'text/plain' }, Buffer.from('Hello  World'))).toBe('hello world')
})

test('similarity: near-identical texts are close to 1, different ones are not', () => {
  expect(similarity('page not found', 'page not found')).toBe(1)
  expect(similarity('page not found', 'page not found!')).toBeGreaterThan(0.9)
  expect(similarity('getting started with postgres', 'page not found')).toBeLessThan(0.5)
  expect(similarity('', '')).toBe(1)
})

test('parked pages', () => {
  expect(isParkedPage(Buffer.from('<h1>This domain is for sale!</h1>'))).toBe(true)
  expect(isParkedPage(Buffer.from('<script src="https://www.sedoparking.com/frmpark/x.js"></script>'))).toBe(true)
  expect(isParkedPage(Buffer.from('<h1>Domain-driven design</h1><p>Buy this book</p>'))).toBe(false)
})
