import { mkdir, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { useTempDirs, writeTree } from '../../test/helpers/content.js'
import { defaultLimits } from '@roadmap/core'
import { ConfigError } from '../errors.js'
import { allRuleMeta, lintRules } from '../rules/index.js'
import { configSchema } from './config-schema.js'
import { loadConfig, resolveConfig } from './load-config.js'

const temporary = useTempDirs()
const context = { schema: configSchema, rules: lintRules, metas: allRuleMeta }

/** Write a config file and load it; messages name it relative to its folder. */
async function load(name: string, text: string) {
  const root = await temporary()
  await writeTree(root, { [name]: text })
  return loadConfig(join(root, name), { ...context, cwd: root })
}

/** The message of the `ConfigError` that loading throws. */
async function problem(name: string, text: string): Promise<string> {
  const error = await load(name, text).then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(ConfigError)
  expect((error as ConfigError).code).toBe('ERR_ROADMAP_LINT_CONFIG')
  return (error as ConfigError).message
}

describe('loadConfig', () => {
  test('without a file, no severity is overridden and every rule has its default options', async () => {
    const config = await loadConfig(undefined, context)
    expect(config.file).toBeUndefined()
    // Rules report with their own severity unless the config sets one.
    expect(config.severities.size).toBe(0)
    expect(config.ruleOptions.get('title-max-length')).toEqual({ max: 60, 'resource-max': 120 })
    expect(config.ruleOptions.get('summary-max-length')).toEqual({ max: 160 })
  })

  test('reads a JSON file', async () => {
    const config = await load(
      'roadmap-lint.config.json',
      JSON.stringify({
        $schema: './node_modules/@roadmap/lint/dist/config.schema.json',
        rules: {
          'list-marker': 'error',
          'url-insecure': 'off',
          'title-max-length': ['warning', { max: 80 }],
          'link-broken': 'warning'
        }
      })
    )
    expect(config.severities.get('list-marker')).toBe('error')
    expect(config.severities.get('url-insecure')).toBe('off')
    expect(config.severities.get('link-broken')).toBe('warning')
    expect(config.ruleOptions.get('title-max-length')).toEqual({ max: 80, 'resource-max': 120 })
  })

  test.each(['roadmap-lint.config.js', 'roadmap-lint.config.mjs'])('reads the default export of %s', async (name) => {
    const config = await load(name, "export default { rules: { 'summary-max-length': ['error', { max: 200 }] } }\n")
    expect(config.severities.get('summary-max-length')).toBe('error')
    expect(config.ruleOptions.get('summary-max-length')).toEqual({ max: 200 })
  })

  test('reads a JS file again once it changed', async () => {
    const root = await temporary()
    const file = join(root, 'roadmap-lint.config.mjs')
    await writeTree(root, { 'roadmap-lint.config.mjs': "export default { rules: { 'list-marker': 'error' } }\n" })
    await utimes(file, 1_000, 1_000)
    expect((await loadConfig(file, context)).severities.get('list-marker')).toBe('error')
    await writeTree(root, { 'roadmap-lint.config.mjs': "export default { rules: { 'list-marker': 'off' } }\n" })
    await utimes(file, 2_000, 2_000)
    expect((await loadConfig(file, context)).severities.get('list-marker')).toBe('off')
  })

  test('a typo in a rule id suggests the rule', async () => {
    expect(await problem('roadmap-lint.config.json', '{ "rules": { "title-max-lenght": "off" } }')).toBe(
      'Invalid roadmap-lint.config.json:\n  rules.title-max-lenght: Unknown rule `title-max-lenght`; did you mean `title-max-length`?'
    )
  })

  test('an unknown rule with nothing close says only that', async () => {
    expect(await problem('roadmap-lint.config.json', '{ "rules": { "no-foo-bar-baz": "off" } }')).toBe(
      'Invalid roadmap-lint.config.json:\n  rules.no-foo-bar-baz: Unknown rule `no-foo-bar-baz`'
    )
  })

  test('a bad severity names the allowed values, and the one meant', async () => {
    expect(await problem('roadmap-lint.config.json', '{ "rules": { "list-marker": "warn" } }')).toBe(
      'Invalid roadmap-lint.config.json:\n  rules.list-marker: Expected `"off"`, `"warning"`, `"error"` or `[severity, options]`; did you mean `"warning"`?'
    )
    expect(
      await problem('roadmap-lint.config.json', '{ "rules": { "title-max-length": ["eror", { "max": 70 }] } }')
    ).toBe(
      'Invalid roadmap-lint.config.json:\n  rules.title-max-length: Expected `"off"`, `"warning"`, `"error"` or `[severity, options]`; did you mean `"error"`?'
    )
    expect(await problem('roadmap-lint.config.json', '{ "rules": { "list-marker": "loud" } }')).toBe(
      'Invalid roadmap-lint.config.json:\n  rules.list-marker: Expected `"off"`, `"warning"`, `"error"` or `[severity, options]`'
    )
  })

  test('a typo in a key suggests the key, at any depth', async () => {
    expect(await problem('roadmap-lint.config.json', '{ "rulez": { "list-marker": "off" } }')).toBe(
      'Invalid roadmap-lint.config.json:\n  rulez: Unknown key `rulez`, expected `$schema`, `rules`, `ignore`, `limits`, `links`; did you mean `rules`?'
    )
    expect(
      await problem('roadmap-lint.config.json', '{ "rules": { "title-max-length": ["warning", { "maxx": 70 }] } }')
    ).toBe(
      'Invalid roadmap-lint.config.json:\n  rules.title-max-length[1].maxx: Unknown key `maxx`, expected `max`, `resource-max`; did you mean `max`?'
    )
    expect(
      (await problem('roadmap-lint.config.json', '{ "limits": { "maxNesting": 8, "max-line": 100 } }'))
        .split('\n')
        .slice(1)
    ).toEqual([
      expect.stringMatching(
        /^ {2}limits\.maxNesting: Unknown key `maxNesting`, expected `max-nesting`, [^\n]*; did you mean `max-nesting`\?$/
      ),
      expect.stringMatching(
        /^ {2}limits\.max-line: Unknown key `max-line`, expected [^\n]*; did you mean `max-lines`\?$/
      )
    ])
    expect(await problem('roadmap-lint.config.json', '{ "links": { "timout": 5000 } }')).toMatch(
      /\n {2}links\.timout: Unknown key `timout`, expected [^\n]*; did you mean `timeout`\?$/
    )
  })

  test("options are checked against the rule's schema", async () => {
    expect(
      await problem(
        'roadmap-lint.config.json',
        '{ "rules": { "title-max-length": ["warning", { "max": 0, "min": 3 }] } }'
      )
    ).toBe(
      'Invalid roadmap-lint.config.json:\n  rules.title-max-length[1].max: Too small: expected number to be >0\n  rules.title-max-length[1].min: Unknown key `min`, expected `max`, `resource-max`; did you mean `max`?'
    )
    expect(
      await problem('roadmap-lint.config.json', '{ "rules": { "summary-max-length": ["warning", { "max": 1.5 }] } }')
    ).toMatch(/^Invalid roadmap-lint\.config\.json:\n {2}rules\.summary-max-length\[1\]\.max: /)
  })

  test('options for a rule that takes none are an error', async () => {
    expect(
      await problem('roadmap-lint.config.json', '{ "rules": { "list-marker": ["warning", { "marker": "*" }] } }')
    ).toBe(
      'Invalid roadmap-lint.config.json:\n  rules.list-marker: Unexpected options, rule `list-marker` takes none; use a severity alone'
    )
  })

  test('a planted config cannot switch off or change a rule of the content format, nor internal errors', async () => {
    const message = await problem(
      'roadmap-lint.config.json',
      JSON.stringify({
        rules: { 'resource-url': 'off', 'topic-incomplete': 'warning', 'yaml-syntax': 'error', 'internal-error': 'off' }
      })
    )
    expect(message).toBe(`Invalid roadmap-lint.config.json:
  rules.resource-url: Unexpected setting for rule \`resource-url\`, expected only rules that can be configured: it is a rule of the content format (\`@roadmap/core\`), which always applies as an error; remove \`resource-url\` from \`rules\`
  rules.topic-incomplete: Unexpected setting for rule \`topic-incomplete\`, expected only rules that can be configured: it is a rule of the content format (\`@roadmap/core\`), which always applies as an error; remove \`topic-incomplete\` from \`rules\`
  rules.yaml-syntax: Unexpected setting for rule \`yaml-syntax\`, expected only rules that can be configured: it is a rule of the content format (\`@roadmap/core\`), which always applies as an error; remove \`yaml-syntax\` from \`rules\`
  rules.internal-error: Unexpected setting for rule \`internal-error\`, expected only rules that can be configured: a check that failed did not check the file, so its error always counts; remove \`internal-error\` from \`rules\``)
    // With options too, and from a JS config.
    expect(
      await problem('roadmap-lint.config.mjs', "export default { rules: { 'resource-url': ['off', {}] } }\n")
    ).toMatch(
      /^Invalid roadmap-lint\.config\.mjs:\n {2}rules\.resource-url: Unexpected setting for rule `resource-url`/
    )
  })

  test('reports every problem at once', async () => {
    const message = await problem(
      'roadmap-lint.config.json',
      '{ "rules": { "list-markr": "off", "url-shortener": ["off", {}], "title-max-length": ["error", { "max": -1 }] } }'
    )
    expect(message.split('\n')).toHaveLength(4)
  })

  test('an unknown top-level key or a wrong type is an error', async () => {
    expect(await problem('roadmap-lint.config.json', '{ "rule": {} }')).toBe(
      'Invalid roadmap-lint.config.json:\n  rule: Unknown key `rule`, expected `$schema`, `rules`, `ignore`, `limits`, `links`; did you mean `rules`?'
    )
    expect(await problem('roadmap-lint.config.json', '{ "ignore": "content/drafts" }')).toBe(
      'Invalid roadmap-lint.config.json:\n  ignore: Invalid input: expected array, received string'
    )
  })

  test('a JSON syntax error gives its line and column', async () => {
    expect(await problem('roadmap-lint.config.json', '{\n  "rules": {\n    "list-marker": "off",\n  }\n}\n')).toBe(
      'Cannot parse config file `roadmap-lint.config.json` as JSON: Expected double-quoted property name at line 4, column 3'
    )
  })

  test('a JS config that throws is a config error, with the cause', async () => {
    const root = await temporary()
    await writeTree(root, { 'roadmap-lint.config.mjs': "throw new Error('no config for you')\n" })
    const error = await loadConfig(join(root, 'roadmap-lint.config.mjs'), { ...context, cwd: root }).catch(
      (thrown: unknown) => thrown
    )
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toBe('Cannot load config file `roadmap-lint.config.mjs`: no config for you')
    expect(((error as ConfigError).cause as Error).message).toBe('no config for you')
    expect((error as ConfigError).file).toBe(join(root, 'roadmap-lint.config.mjs'))
  })

  test('a JS config without a default export says how to write one', async () => {
    expect(await problem('roadmap-lint.config.mjs', 'export const rules = {}\n')).toBe(
      'Cannot load config file `roadmap-lint.config.mjs`: it has no default export; write `export default defineConfig({ … })`'
    )
  })

  test('a config that cannot be read says why', async () => {
    const root = await temporary()
    await mkdir(join(root, 'roadmap-lint.config.json'))
    const error = await loadConfig(join(root, 'roadmap-lint.config.json'), { ...context, cwd: root }).catch(
      (thrown: unknown) => thrown
    )
    expect((error as ConfigError).message).toBe(
      'Cannot read config file `roadmap-lint.config.json`: it is a folder, expected a file'
    )
  })
})

describe('limits', () => {
  test('the defaults of @roadmap/core, each one the config sets replaced', async () => {
    expect((await loadConfig(undefined, context)).limits).toEqual(defaultLimits)
    const config = await load('roadmap-lint.config.json', '{ "limits": { "max-nesting": 8, "max-lines": 20000 } }')
    expect(config.limits).toEqual({ ...defaultLimits, maxNesting: 8, maxLines: 20_000 })
  })

  test('a limit is a whole number of at least 1', async () => {
    expect(await problem('roadmap-lint.config.json', '{ "limits": { "max-nesting": 0, "max-lines": "many" } }')).toBe(
      'Invalid roadmap-lint.config.json:\n  limits.max-nesting: Expected a whole number of at least 1\n  limits.max-lines: Expected a whole number of at least 1'
    )
  })
})

describe('ignore', () => {
  test('matches globs against paths relative to the config file', async () => {
    const root = await temporary()
    await writeTree(root, { 'roadmap-lint.config.json': '{ "ignore": ["content/drafts/**", "**/*.draft.md"] }' })
    const config = await loadConfig(join(root, 'roadmap-lint.config.json'), context)
    expect(config.isIgnored(join(root, 'content/drafts/01-a.md'))).toBe(true)
    expect(config.isIgnored(join(root, 'content/backend/01-a.draft.md'))).toBe(true)
    expect(config.isIgnored(join(root, 'content/backend/01-a.md'))).toBe(false)
  })

  test('ignores nothing without patterns', () => {
    const config = resolveConfig({}, undefined, context)
    expect(config.isIgnored('/anything/at/all.md')).toBe(false)
  })
})
