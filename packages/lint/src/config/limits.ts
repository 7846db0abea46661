import { defaultLimits, type ContentLimits } from '@roadmap/core/pipeline-light'
import { z } from 'zod'

/** Config key → the core's limit, each key the id of the rule that reports it. */
export const limitKeys = {
  'max-nesting': 'maxNesting',
  'max-lines': 'maxLines',
  'max-line-length': 'maxLineLength',
  'max-list-items': 'maxListItems',
  'max-inline-markup': 'maxInlineMarkup',
  'max-file-markup': 'maxFileMarkup'
} as const satisfies Record<string, keyof ContentLimits>

const limit = (description: string, fallback: number) =>
  z
    .number({ error: 'Expected a whole number of at least 1' })
    .int({ error: 'Expected a whole number of at least 1' })
    .min(1, { error: 'Expected a whole number of at least 1' })
    .optional()
    .describe(`${description} (default ${fallback})`)

/** `limits` in the config: what a content file may hold before it is parsed. */
export const LimitsConfigSchema = z
  .strictObject({
    'max-nesting': limit('Deepest nesting of lists, block quotes, emphasis and `[` brackets', defaultLimits.maxNesting),
    'max-lines': limit('Lines in a content file', defaultLimits.maxLines),
    'max-line-length': limit('Characters in one line', defaultLimits.maxLineLength),
    'max-list-items': limit('List items and block quotes in a content file', defaultLimits.maxListItems),
    'max-inline-markup': limit(
      'Inline markup (`*`, `_`, `[`, `]`, backticks, `<`) in one paragraph',
      defaultLimits.maxInlineMarkup
    ),
    'max-file-markup': limit(
      'Inline markup (`*`, `_`, `[`, `]`, backticks, `<`) in a whole content file',
      defaultLimits.maxFileMarkup
    )
  })
  .describe('Limits checked before a file is parsed; past one, the file is reported and not parsed')

export type LimitsConfig = z.infer<typeof LimitsConfigSchema>

/**
 * The limits a config sets, with the core's defaults for the rest.
 *
 * @example
 *   resolveLimits({ 'max-lines': 10_000 }).maxLines // 10000
 */
export function resolveLimits(config: LimitsConfig | undefined): ContentLimits {
  const limits: ContentLimits = { ...defaultLimits }
  for (const [key, name] of Object.entries(limitKeys)) {
    const value = config?.[key as keyof LimitsConfig]
    if (value !== undefined) limits[name] = value
  }
  return limits
}
