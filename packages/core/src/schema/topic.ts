import { z } from 'zod'
import { IdSchema, TopicKeySchema } from './id.js'
import { ResourceSchema } from './resource.js'

export const TopicSchema = z
  .object({
    id: IdSchema.describe('GitHub-style slug of the topic heading'),
    title: z.string().min(1).describe('The text of the `##` heading'),
    aliases: z
      .array(TopicKeySchema)
      .describe(
        'Former keys of this topic (`roadmap-id/step-id/topic-id`), from the `topic-aliases` of its step: progress stored under one of them counts for this topic'
      ),
    description: z
      .string()
      .min(1, { error: 'Expected a description: one or more paragraphs under the topic heading' })
      .describe('Markdown: the paragraphs under the heading'),
    resources: z
      .array(ResourceSchema)
      .min(1, { error: 'Expected a list of resources under the topic description' })
      .describe('What to read, watch or do, official ones first')
  })
  .strict()
  .describe('A `##` section of a step: something to learn, with resources')

export type { Topic } from './model.js'
