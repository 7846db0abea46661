import { z } from 'zod'
import { IdSchema, StepKeySchema, StepReferenceSchema } from './id.js'
import { TopicSchema } from './topic.js'

import { levels } from './values.js'

export { levels }
export type { Level } from './values.js'

export const LevelSchema = z.enum(levels, {
  error: 'Expected a level: `beginner`, `intermediate` or `advanced`'
})

export const StepSchema = z
  .object({
    id: IdSchema.describe('File name without the `NN-` prefix and `.md`'),
    order: z.int().min(1).max(99).describe('The `NN` of the file name'),
    title: z.string().min(1).describe("The step's name, from `title` in its frontmatter"),
    summary: z.string().min(1).describe('One sentence: what the learner gets out of the step'),
    level: LevelSchema.describe('How demanding the step is'),
    requires: z.array(StepReferenceSchema).describe('Steps to finish first, always qualified with their roadmap id'),
    aliases: z
      .array(StepKeySchema)
      .describe(
        'Former keys of this step (`roadmap-id/step-id`), from its `aliases`: a step moved or renamed keeps them so links and progress follow it'
      ),
    introduction: z.string().describe('Markdown before the first topic'),
    topics: z
      .array(TopicSchema)
      .min(1, { error: 'Expected at least one `##` topic' })
      .describe('The `##` topics, in document order')
  })
  .strict()
  .describe('One step of a roadmap: a file `NN-step-id.md`')

export type { Step } from './model.js'
