import { z } from 'zod'
import { IdSchema } from './id.js'
import { ResourceSchema } from './resource.js'

export const TopicSchema = z
  .object({
    id: IdSchema.describe('GitHub-style slug of the topic heading'),
    title: z.string().min(1),
    description: z
      .string()
      .min(1, { error: 'Expected a description: one or more paragraphs under the topic heading' })
      .describe('Markdown'),
    resources: z.array(ResourceSchema).min(1, { error: 'Expected a list of resources under the topic description' })
  })
  .strict()
  .describe('A `##` section of a step: something to learn, with resources')

export type Topic = z.infer<typeof TopicSchema>
