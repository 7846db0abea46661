import { z } from 'zod'
import { kebabCasePattern, stepKeyPattern, topicKeyPattern } from './kebab-case.js'

export { kebabCasePattern, stepKeyPattern, topicKeyPattern }

/** The key of a step across roadmaps: `roadmap-id/step-id`. */
export const StepKeySchema = z
  .string()
  .regex(stepKeyPattern, { error: 'Expected a step key such as `backend/databases`' })
  .describe('A step key: `roadmap-id/step-id`')

/** The key of a topic across roadmaps: `roadmap-id/step-id/topic-id`; apps store progress under it. */
export const TopicKeySchema = z
  .string()
  .regex(topicKeyPattern, { error: 'Expected a topic key such as `backend/databases/indexing`' })
  .describe('A topic key: `roadmap-id/step-id/topic-id`')

/** A stable id: apps store progress against it, so it is kebab-case and never empty. */
export const IdSchema = z
  .string()
  .regex(kebabCasePattern, { error: 'Expected a kebab-case id (such as `web-basics`)' })
  .describe('A stable kebab-case id')

/** A step named by `requires`: in the same roadmap or, qualified, in another. */
export const StepReferenceSchema = z
  .object({
    roadmap: IdSchema.describe('Id of the roadmap the step belongs to'),
    step: IdSchema.describe('Id of the step')
  })
  .strict()
  .describe('A step that must be finished first')

export type { StepReference } from './model.js'
