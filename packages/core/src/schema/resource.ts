import { z } from 'zod'

import { resourceKinds } from './values.js'

export { resourceKinds }
export type { ResourceKind } from './values.js'

export const ResourceKindSchema = z.enum(resourceKinds, {
  error: `Expected a resource kind: one of ${resourceKinds.map((kind) => `\`${kind}\``).join(', ')}`
})

export const ResourceUrlSchema = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: 'Expected an absolute `https://` (or `http://`) URL with a domain name'
  })
  .describe('Absolute http(s) URL of the resource')

export const ResourceSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, { error: 'Expected link text naming the resource' })
      .describe('The link text: what the resource is called'),
    url: ResourceUrlSchema,
    kind: ResourceKindSchema.describe('What kind of resource it is, written as the link title')
  })
  .strict()
  .describe('A page worth reading, watching or doing for a topic')

export type { Resource } from './model.js'
