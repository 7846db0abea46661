import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { LinksConfigSchema } from './config-schema.js'
import { linkOptionsFromConfig, parseDuration, resolveNumericOptions } from './options.js'

describe('LinksConfigSchema', () => {
  test('a full configuration', () => {
    const config = LinksConfigSchema.parse({
      exclude: ['https://example.com/private/', '/^https?:\\/\\/(www\\.)?linkedin\\.com\\//i'],
      hosts: {
        'api.github.com': { headers: { Authorization: 'Bearer ${GITHUB_TOKEN}' } },
        'github.com': { headers: { Authorization: 'Bearer ${GITHUB_TOKEN}' }, concurrency: 2 },
        '*.medium.com': { accept: [403] }
      },
      concurrency: 16,
      hostConcurrency: 2,
      timeout: '20s',
      connectTimeout: 5000,
      headersTimeout: '10s',
      deadline: '15m',
      retries: 1,
      maxRedirects: 5,
      cacheFile: '.cache/links.json',
      cacheMaxAge: '3d',
      checkFragments: true
    })
    expect(linkOptionsFromConfig(config)).toEqual({
      exclude: config.exclude,
      hosts: config.hosts,
      concurrency: 16,
      hostConcurrency: 2,
      requestTimeout: 20_000,
      connectTimeout: 5_000,
      headersTimeout: 10_000,
      deadline: 900_000,
      retries: 1,
      maxRedirects: 5,
      cacheFile: '.cache/links.json',
      cacheMaxAge: 259_200_000,
      checkFragments: true
    })
    expect(linkOptionsFromConfig({})).toEqual({})
  })

  test.each([
    [{ concurrency: 0 }, 'concurrency', 'Expected a concurrency of at least 1'],
    [{ timeout: '10 minutes' }, 'timeout', 'Expected milliseconds or a duration such as `30s`, `10m` or `7d`'],
    [{ exclude: ['/[unclosed/'] }, 'exclude.0', 'Expected a valid regular expression, not `/[unclosed/`'],
    [
      { hosts: { 'https://github.com': {} } },
      'hosts.https://github.com',
      'Expected a host name such as `api.github.com` or `*.example.com`'
    ],
    [
      { hosts: { 'github.com': { headers: { 'Bad Header': 'x' } } } },
      'hosts.github.com.headers.Bad Header',
      'Expected an HTTP header name other than `Host`, `Connection`, `Content-Length` and the like'
    ],
    [
      { hosts: { 'github.com': { headers: { Connection: 'close' } } } },
      'hosts.github.com.headers.Connection',
      undefined
    ],
    [
      { hosts: { 'github.com': { headers: { 'X-A': 'a\r\nInjected: 1' } } } },
      'hosts.github.com.headers.X-A',
      'Expected a header value on one line'
    ],
    [{ hosts: { 'github.com': { accept: ['403'] } } }, 'hosts.github.com.accept.0', undefined],
    [{ checkFragment: true }, '', undefined]
  ])('rejects %j at `%s`', (input, path, message) => {
    const result = LinksConfigSchema.safeParse(input)
    expect(result.success).toBe(false)
    const issue = result.error?.issues[0]
    expect(issue?.path.join('.')).toBe(path)
    if (message) expect(issue?.message).toBe(message)
  })

  test.each([true, false, ['intranet.example']])(
    '`allowPrivateHosts: %j` is the command line’s to say, never a file’s',
    (value) => {
      const result = LinksConfigSchema.safeParse({ allowPrivateHosts: value })
      expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
        [
          'allowPrivateHosts',
          'Unexpected `allowPrivateHosts` in a configuration file: only the person running the check may allow private addresses, with `--allow-private-hosts`'
        ]
      ])
    }
  )

  test('converts to JSON Schema for the config file', () => {
    const schema = z.toJSONSchema(LinksConfigSchema, { io: 'input' }) as {
      properties: Record<string, unknown>
      additionalProperties: boolean
    }
    expect(Object.keys(schema.properties)).toContain('hosts')
    expect(schema.additionalProperties).toBe(false)
  })
})

test('parseDuration', () => {
  expect(['500ms', '30s', '1.5s', '10m', '12h', '7d'].map(parseDuration)).toEqual([
    500, 30_000, 1_500, 600_000, 43_200_000, 604_800_000
  ])
  expect(parseDuration(250)).toBe(250)
  expect(() => parseDuration('soon')).toThrow(expect.objectContaining({ code: 'ERR_ROADMAP_LINKS_OPTION_INVALID' }))
})

test('options out of range throw with a stable code', () => {
  expect(() => resolveNumericOptions({ concurrency: 0 })).toThrow(
    expect.objectContaining({
      name: 'LinkOptionsError',
      code: 'ERR_ROADMAP_LINKS_OPTION_INVALID',
      option: 'concurrency',
      message: 'Unexpected value for `concurrency`: expected a number of at least 1, not `0`'
    })
  )
  expect(() => resolveNumericOptions({ deadline: 30 * 24 * 60 * 60 * 1000 })).toThrow(/expected at most 2147483647 ms/)
  expect(resolveNumericOptions({})).toMatchObject({
    checkQuietFailures: true,
    concurrency: 128,
    hostConcurrency: 4,
    maxRedirects: 10,
    retries: 2,
    deadline: 600_000
  })
})
