import { z } from 'zod'
import { durationMs, durationPattern, regexPatternSyntax, reservedHeaders } from './syntax.js'

const headerNamePattern = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
const hostPattern = /^(?:\*\.)?[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?$|^\[[0-9a-f:.]+\]$/i

const durationError = 'Expected milliseconds or a duration such as `30s`, `10m` or `7d`'
const DurationSchema = z
  .union(
    [
      z.number({ error: durationError }).int({ error: durationError }).nonnegative({ error: durationError }),
      z.string({ error: durationError }).regex(durationPattern, { error: durationError })
    ],
    { error: durationError }
  )
  .describe('Milliseconds, or a duration such as `500ms`, `30s`, `10m`, `12h`, `7d`')

const positiveInteger = (what: string) =>
  z
    .number({ error: `Expected ${what} as a whole number` })
    .int({ error: `Expected ${what} as a whole number` })
    .min(1, {
      error: `Expected ${what} of at least 1`
    })

const ExcludePatternSchema = z
  .string()
  .min(1, { error: 'Expected a URL prefix or a `/regex/`' })
  .superRefine((pattern, context) => {
    const match = regexPatternSyntax.exec(pattern)
    if (!match) return
    try {
      new RegExp(match[1] ?? '', match[2])
    } catch {
      context.addIssue({ code: 'custom', message: `Expected a valid regular expression, not \`${pattern}\`` })
    }
  })
  .describe('A URL prefix such as `https://example.com/private/`, or a regular expression written `/…/flags`')

// zod reports a bad record key as "Invalid key in record"; say what a key should be.
const keyError = (message: string) => ({
  error: (issue: { code?: string }) => (issue.code === 'invalid_key' ? message : undefined)
})

const HeaderValueSchema = z
  .string()
  .regex(/^[^\r\n\0]*$/, { error: 'Expected a header value on one line' })
  .describe('A header value; `${NAME}` is replaced by the environment variable `NAME`')

export const LinkHostConfigSchema = z
  .strictObject({
    accept: z
      .array(z.number().int().min(100).max(999), { error: 'Expected a list of HTTP status codes' })
      .optional()
      .describe('Extra status codes that count as ok for this host, such as `[403]`'),
    headers: z
      .record(
        z
          .string()
          .regex(headerNamePattern)
          .refine((name) => !reservedHeaders.has(name.toLowerCase())),
        HeaderValueSchema,
        keyError('Expected an HTTP header name other than `Host`, `Connection`, `Content-Length` and the like')
      )
      .optional()
      .describe(
        'Extra request headers for this host, e.g. `Authorization: Bearer ${GITHUB_TOKEN}`; a value with `${NAME}` is sent over https only, and only when the person running the check allows `NAME`'
      ),
    concurrency: positiveInteger('a concurrency').optional().describe('Requests in flight at once to this host')
  })
  .describe('Settings for one host')

/**
 * The `links` section of the roadmap-lint configuration. The CLI's config
 * schema includes it under the `links` key; `linkOptionsFromConfig` turns the
 * parsed value into `createLinkChecker` options.
 */
export const LinksConfigSchema = z
  .strictObject({
    exclude: z
      .array(ExcludePatternSchema, { error: 'Expected a list of URL prefixes or `/regex/` patterns' })
      .optional()
      .describe('URLs not to check'),
    hosts: z
      .record(
        z.string().regex(hostPattern),
        LinkHostConfigSchema,
        keyError('Expected a host name such as `api.github.com` or `*.example.com`')
      )
      .optional()
      .describe('Per-host settings, keyed by host name (`*.example.com` matches every subdomain)'),
    concurrency: positiveInteger('a concurrency')
      .optional()
      .describe('Requests in flight at once in total (default 128)'),
    hostConcurrency: positiveInteger('a concurrency')
      .optional()
      .describe('Requests in flight at once to one host (default 4)'),
    timeout: DurationSchema.optional().describe(
      'Longest time for one whole request (default 30s); `--timeout` sets it'
    ),
    connectTimeout: DurationSchema.optional().describe('Longest time to resolve and connect (default 10s)'),
    headersTimeout: DurationSchema.optional().describe('Longest wait for response headers (default 15s)'),
    deadline: DurationSchema.optional().describe('Longest time for the whole run (default 10m)'),
    retries: z.number().int().min(0).max(10).optional().describe('Retries of a transient failure (default 2)'),
    maxRedirects: z.number().int().min(0).max(50).optional().describe('Redirects followed per link (default 10)'),
    cacheFile: z.string().min(1).optional().describe('Path of the JSON cache of results between runs'),
    cacheMaxAge: DurationSchema.optional().describe('How long an ok result stays valid in the cache (default 7d)'),
    confirmAfter: DurationSchema.optional()
      .refine((value) => value === undefined || (durationMs(value) ?? 0) <= 30 * 24 * 60 * 60 * 1000, {
        error: 'Expected at most `30d`: a broken link must fail the check within a month'
      })
      .describe(
        'A link found broken fails the check once it failed in two runs at least this far apart (default 1d), or at once when the change adds it (`--changed`); `0` confirms every failure at once'
      ),
    // The content a configuration file sits beside must not choose to reach
    // the machine's own network: only the person running the check may, on
    // the command line. The key stays known, so that it gets this message.
    allowPrivateHosts: z
      .never({
        error:
          'Unexpected `allowPrivateHosts` in a configuration file: only the person running the check may allow private addresses, with `--allow-private-hosts`'
      })
      .optional()
      .describe('Not allowed in a configuration file: use the command line (`--allow-private-hosts`)'),
    checkFragments: z.boolean().optional().describe('Check that `#fragment` anchors exist on HTML pages'),
    checkQuietFailures: z
      .boolean()
      .optional()
      .describe('Look for soft 404s, redirects to a home or login page, and parked domains (default true)'),
    ignoreQuietFailures: z
      .array(ExcludePatternSchema, { error: 'Expected a list of URL prefixes or `/regex/` patterns' })
      .optional()
      .describe(
        'URLs whose quiet failures (soft 404, redirect to a home or login page, parked domain) are not reported; they are still checked'
      )
  })
  .describe('External link checking')

export type LinksConfig = z.infer<typeof LinksConfigSchema>
export type LinkHostConfig = z.infer<typeof LinkHostConfigSchema>
