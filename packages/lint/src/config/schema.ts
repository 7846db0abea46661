import { z } from 'zod'
import { LimitsConfigSchema } from './limits.js'

export const severitySettings = ['off', 'warning', 'error'] as const

export const SeveritySettingSchema = z.enum(severitySettings, {
  error: 'Expected `"off"`, `"warning"` or `"error"`'
})

/** `"warning"`, or `["warning", { max: 80 }]` for a rule with options. */
export const RuleSettingSchema = z.union([SeveritySettingSchema, z.tuple([SeveritySettingSchema, z.unknown()])], {
  error: 'Expected `"off"`, `"warning"`, `"error"` or `[severity, options]`'
})

/** Builds the config schema; the link checker's part is passed in to keep the layers apart. */
export function createConfigSchema<Links extends z.ZodType>(links: Links) {
  return z
    .strictObject({
      $schema: z.string().optional().describe('The JSON Schema of this file, for editors'),
      rules: z
        .record(z.string(), RuleSettingSchema)
        .optional()
        .describe('Rule id → `"off"`, `"warning"`, `"error"` or `[severity, options]`'),
      ignore: z
        .array(z.string())
        .optional()
        .describe(
          "Glob patterns, relative to the config file, of content files the linter's rules skip; the content format's rules still apply"
        ),
      limits: LimitsConfigSchema.optional(),
      links: links.optional().describe('External link checking')
    })
    .describe('Configuration of roadmap-lint (`roadmap-lint.config.json`)')
}

export type SeveritySetting = z.infer<typeof SeveritySettingSchema>
export type RuleSetting = z.infer<typeof RuleSettingSchema>
