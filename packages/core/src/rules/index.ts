import type { ContentRule, StageRule } from '../rule/define-rule.js'
import { aliasCollision } from './alias-collision.js'
import { duplicateStepId } from './duplicate-step-id.js'
import { formatRules } from './format-rules.js'
import { requiresCycle } from './requires-cycle.js'
import { requiresSelf } from './requires-self.js'
import { requiresUnknown } from './requires-unknown.js'

/** The content format's checks across files, in the order they run. */
export const coreContentRules: ReadonlyArray<ContentRule> = [
  duplicateStepId,
  requiresSelf,
  requiresUnknown,
  requiresCycle,
  aliasCollision
]

/** Every rule of the content format: those the parser reports, and the checks across files. */
export const coreRules: ReadonlyArray<StageRule | ContentRule> = [...formatRules, ...coreContentRules]
