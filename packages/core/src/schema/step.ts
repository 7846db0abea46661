import { z } from 'zod'
import { IdSchema, StepReferenceSchema } from './id.js'
import { TopicSchema } from './topic.js'

export const levels = ['beginner', 'intermediate', 'advanced'] as const

export const LevelSchema = z.enum(levels, {
  error: 'Expected a level: `beginner`, `intermediate` or `advanced`'
})

export const StepSchema = z
  .object({
    id: IdSchema.describe('File name without the `NN-` prefix and `.md`'),
    order: z.int().min(1).max(99).describe('The `NN` of the file name'),
    title: z.string().min(1),
    summary: z.string().min(1).describe('One sentence'),
    level: LevelSchema,
    requires: z.array(StepReferenceSchema),
    introduction: z.string().describe('Markdown before the first topic'),
    topics: z.array(TopicSchema).min(1, { error: 'Expected at least one `##` topic' })
  })
  .strict()
  .describe('One step of a roadmap: a file `NN-step-id.md`')

export type Level = z.infer<typeof LevelSchema>
export type Step = z.infer<typeof StepSchema>
