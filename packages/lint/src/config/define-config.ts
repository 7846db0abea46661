import type { LimitsConfig } from './limits.js'
import type { RuleSetting } from './schema.js'

/** The shape of `roadmap-lint.config.{json,js,ts}`. */
export interface LintConfig {
  $schema?: string
  rules?: Record<string, RuleSetting>
  ignore?: string[]
  limits?: LimitsConfig
  links?: Record<string, unknown>
}

/**
 * Type the default export of `roadmap-lint.config.js` or `.ts`.
 *
 * @example
 *   export default defineConfig({ rules: { 'title-max-length': ['warning', { max: 70 }] } })
 */
export function defineConfig(config: LintConfig): LintConfig {
  return config
}
