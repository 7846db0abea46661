import { z } from 'zod'
import { kebabCasePattern } from './kebab-case.js'

export { kebabCasePattern }

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

export type StepReference = z.infer<typeof StepReferenceSchema>
