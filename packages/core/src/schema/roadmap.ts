import { z } from 'zod'
import { dateMessage } from './date-message.js'
import { IdSchema } from './id.js'
import { StepSchema } from './step.js'

export const SectionSchema = z
  .object({
    id: IdSchema.describe('GitHub-style slug of the section heading'),
    title: z.string().min(1).describe('The text of the `##` heading'),
    body: z.string().describe('Markdown under the heading')
  })
  .strict()
  .describe('A `##` section of prose in `roadmap.md`')

/** A calendar date written `YYYY-MM-DD` that exists (no 2026-02-30); a message names the bad month or day. */
export const DateSchema = z.iso.date({ error: (issue) => dateMessage(issue.input) })

export const RoadmapSchema = z
  .object({
    id: IdSchema.describe('Folder name under `content/`'),
    title: z.string().min(1).describe("The roadmap's name"),
    description: z.string().min(1).describe('One sentence: what the roadmap is for'),
    updated: DateSchema.describe('When the content was last reviewed, `YYYY-MM-DD`'),
    tags: z.array(z.string()).describe('Kebab-case keywords'),
    introduction: z.string().describe('Markdown before the first section'),
    sections: z.array(SectionSchema).describe('The `##` sections of prose, such as the career path'),
    steps: z.array(StepSchema).describe('The steps, in order (`order` ascending)')
  })
  .strict()
  .describe('A learning roadmap: `content/<id>/roadmap.md` and its step files')

export type { Section, Roadmap } from './model.js'
