import { expect, expectTypeOf, test } from 'vitest'
import type { z } from 'zod'
import {
  ResourceKindSchema,
  ResourceSchema,
  ResourceUrlSchema,
  resourceKinds,
  type Resource,
  type ResourceKind
} from './resource.js'

test('the kinds are exactly those of the content format', () => {
  expect(resourceKinds).toEqual(['official', 'article', 'video', 'course', 'book', 'podcast', 'opensource'])
  expect(ResourceKindSchema.options).toEqual(resourceKinds)
  expect(ResourceKindSchema.safeParse('blog').error?.issues[0]?.message).toBe(
    'Expected a resource kind: one of `official`, `article`, `video`, `course`, `book`, `podcast`, `opensource`'
  )
})

test.each([
  'https://example.org',
  'http://example.org/a?b=c#d',
  'https://sub.example.co.uk/path',
  'https://example.org:8443/x'
])('`%s` is a resource URL', (url) => {
  expect(ResourceUrlSchema.safeParse(url).success).toBe(true)
})

test.each([
  '/docs/page',
  '../page.md',
  'example.org',
  'ftp://example.org',
  'mailto:a@example.org',
  'https://localhost/x',
  'javascript:alert(1)',
  'https://'
])('`%s` is not a resource URL', (url) => {
  expect(ResourceUrlSchema.safeParse(url).error?.issues[0]?.message).toBe(
    'Expected an absolute `https://` (or `http://`) URL with a domain name'
  )
})

test('a resource has a title, a URL and a kind, nothing else', () => {
  const resource = { title: 'Docs', url: 'https://example.org', kind: 'official' }
  expect(ResourceSchema.parse(resource)).toEqual(resource)
  expect(ResourceSchema.safeParse({ ...resource, title: '  ' }).error?.issues[0]?.message).toBe(
    'Expected link text naming the resource'
  )
  expect(ResourceSchema.safeParse({ ...resource, note: 'x' }).success).toBe(false)
})

test('the types come from the schemas', () => {
  expectTypeOf<Resource>().toEqualTypeOf<z.infer<typeof ResourceSchema>>()
  expectTypeOf<ResourceKind>().toEqualTypeOf<(typeof resourceKinds)[number]>()
  expectTypeOf<Resource>().toEqualTypeOf<{ title: string; url: string; kind: ResourceKind }>()
})
