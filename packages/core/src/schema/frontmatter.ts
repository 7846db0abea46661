import { z } from 'zod'
import { kebabCasePattern, stepKeyPattern, topicKeyPattern } from './kebab-case.js'
import { DateSchema } from './roadmap.js'
import { LevelSchema } from './step.js'

const requiredString = () =>
  z.string({ error: 'Expected a string' }).trim().min(1, { error: 'Expected a non-empty string' })

const oneSentence = () =>
  requiredString().refine((text) => !/[.!?]\s+[A-Z]/.test(text), {
    error: 'Expected one sentence; move the rest into the introduction'
  })

/** `requires` entries: `step-id` in the same roadmap or `roadmap-id/step-id`. */
export const RequirementSchema = z
  .string({ error: 'Expected a step id such as `databases` or `backend/databases`' })
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Expected a step id such as `databases` or `backend/databases`'
  })

const stepKeyError = 'Expected a former step key such as `backend/real-world-projects` (`roadmap-id/step-id`)'
const topicKeyError =
  'Expected a former topic key such as `backend/real-world-projects/first-api` (`roadmap-id/step-id/topic-id`)'

/** `aliases` entries: the full keys a step had before it moved or was renamed. */
export const StepAliasSchema = z.string({ error: stepKeyError }).regex(stepKeyPattern, { error: stepKeyError })

/** `topic-aliases` entries: the full keys a topic had before it moved or was renamed. */
export const TopicAliasSchema = z.string({ error: topicKeyError }).regex(topicKeyPattern, { error: topicKeyError })

// Only for the frontmatter as a whole (a list or a scalar); unknown keys keep zod's issue.
const expectMap = {
  error: (issue: { code: string }) =>
    issue.code === 'invalid_type' ? 'Expected a map of keys such as `title: …`' : undefined
}

export const RoadmapFrontmatterSchema = z
  .strictObject(
    {
      title: requiredString(),
      description: oneSentence(),
      updated: DateSchema,
      tags: z
        .array(z.string().regex(kebabCasePattern, { error: 'Expected a kebab-case tag such as `web`' }), {
          error: 'Expected `tags` to be a list of strings'
        })
        .optional()
    },
    expectMap
  )
  .describe('Frontmatter of `roadmap.md`')

export const StepFrontmatterSchema = z
  .strictObject(
    {
      title: requiredString(),
      summary: oneSentence(),
      level: LevelSchema,
      reviewed: DateSchema.describe(
        'When the step was last checked against its sources, `YYYY-MM-DD` (`review-date` warns when it is missing or old)'
      ).optional(),
      requires: z.array(RequirementSchema, { error: 'Expected a list of step ids' }).optional(),
      aliases: z
        .array(StepAliasSchema, { error: 'Expected a list of former step keys such as `[backend/old-step-id]`' })
        .optional(),
      'topic-aliases': z
        .record(
          z.string().regex(kebabCasePattern, { error: 'Expected the id of a topic of this step, such as `first-api`' }),
          z.array(TopicAliasSchema, {
            error: 'Expected a list of former topic keys such as `[backend/old-step/first-api]`'
          }),
          { error: 'Expected a map from topic ids of this step to their former keys' }
        )
        .optional()
    },
    expectMap
  )
  .describe('Frontmatter of a step file')

export type RoadmapFrontmatter = z.infer<typeof RoadmapFrontmatterSchema>
export type StepFrontmatter = z.infer<typeof StepFrontmatterSchema>
