import { z } from 'zod'
import { IdSchema } from './id.js'
import { StepSchema } from './step.js'

export const SectionSchema = z
  .object({
    id: IdSchema.describe('GitHub-style slug of the section heading'),
    title: z.string().min(1),
    body: z.string().describe('Markdown')
  })
  .strict()
  .describe('A `##` section of prose in `roadmap.md`')

/** A calendar date written `YYYY-MM-DD` that exists (no 2026-02-30). */
export const DateSchema = z.iso.date({
  error: 'Expected a date written `YYYY-MM-DD`, such as `2026-11-26`'
})

export const RoadmapSchema = z
  .object({
    id: IdSchema.describe('Folder name under `content/`'),
    title: z.string().min(1),
    description: z.string().min(1).describe('One sentence'),
    updated: DateSchema,
    tags: z.array(z.string()),
    introduction: z.string().describe('Markdown before the first section'),
    sections: z.array(SectionSchema),
    steps: z.array(StepSchema)
  })
  .strict()
  .describe('A learning roadmap: `content/<id>/roadmap.md` and its step files')

export type Section = z.infer<typeof SectionSchema>
export type Roadmap = z.infer<typeof RoadmapSchema>
