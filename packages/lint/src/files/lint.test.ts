import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  quietByDefault,
  lintTree,
  messagesOf,
  pathOf,
  resourceMd,
  roadmapMd,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../test/helpers/content.js'
import { UsageError } from '../errors.js'
import { linkResult } from '../rules/__fixtures__/link-verdicts.js'
import { fakeLinkChecks } from '../../test/helpers/links.js'
import { lint } from './lint.js'
import { resolveConfig } from '../config/load-config.js'
import { configSchema } from '../config/config-schema.js'
import { allRuleMeta, lintRules } from '../rules/index.js'

const temporary = useTempDirs()
const mdn = resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP')

/** A roadmap with a core error, a lint error and a warning, and a cross-file problem. */
const problems = {
  'backend/01-basics.md': stepMd(topicMd('Types', mdn), { intro: 'Next: [frameworks](./02-frameworks.md#routing).' }),
  'backend/02-frameworks.md': stepMd(`${topicMd('Routing', '[Talk](https://youtu.be/abc "article")')}\n## Empty\n`, {
    requires: ['basics', 'databases']
  })
}

async function contentRoot(files: Record<string, string>): Promise<string> {
  const root = await temporary()
  await writeTree(join(root, 'content'), withRoadmaps(files))
  return root
}

describe('lint', () => {
  test('reports core, cross-file and lint problems in one run, by file, line and column', async () => {
    const { messages } = await lintTree(await contentRoot(problems))
    expect(messages.map((message) => message.split(' ').slice(0, 3).join(' '))).toEqual([
      'backend/02-frameworks.md:5:20-5:29 error requires-unknown',
      'backend/02-frameworks.md:14:3-14:41 warning resource-kind-mismatch',
      'backend/02-frameworks.md:16:1-16:9 error topic-incomplete'
    ])
  })

  test("applies severities from the config to the linter's rules: `off` drops a rule, others change its severity", async () => {
    const root = await contentRoot(problems)
    const { messages } = await lintTree(root, { config: { rules: { 'resource-kind-mismatch': 'error' } } })
    expect(messages.map((message) => message.split(' ').slice(1, 3).join(' '))).toEqual([
      'error requires-unknown',
      'error resource-kind-mismatch',
      'error topic-incomplete'
    ])
    const off = await lintTree(root, { config: { rules: { 'resource-kind-mismatch': 'off' } } })
    expect(off.messages.map((message) => message.split(' ')[2])).toEqual(['requires-unknown', 'topic-incomplete'])
  })

  test("never to the core's rules, whatever a caller's own resolved configuration says", async () => {
    const root = await contentRoot(problems)
    const config = {
      ...resolveConfig(quietByDefault({}), undefined, {
        schema: configSchema,
        rules: lintRules,
        metas: allRuleMeta,
        cwd: root
      }),
      severities: new Map([
        ['requires-unknown', 'warning' as const],
        ['topic-incomplete', 'off' as const],
        ['review-date', 'off' as const],
        ['spelling', 'off' as const]
      ])
    }
    const result = await lint({ paths: [join(root, 'content')], cwd: root, rules: lintRules, config })
    expect(
      messagesOf(join(root, 'content'), result.files).map((line) => line.split(' ').slice(1, 3).join(' '))
    ).toEqual(['error requires-unknown', 'warning resource-kind-mismatch', 'error topic-incomplete'])
  })

  test('does not run a rule that is off, so it offers no fix either', async () => {
    const root = await contentRoot(problems)
    const { result } = await lintTree(root, { config: { rules: { 'resource-kind-mismatch': 'off' } } })
    expect(result.files.flatMap((file) => file.messages).filter((message) => 'fix' in message)).toEqual([])
  })

  test("`ignore` skips the linter's rules on a file, but never the content format's, nor its use as context", async () => {
    const root = await contentRoot({
      ...problems,
      'backend/01-basics.md': stepMd(topicMd('Types', mdn), { intro: 'See [routing](./02-frameworks.md#routing).' })
    })
    const { messages, result } = await lintTree(root, { config: { ignore: ['content/backend/02-*.md'] } })
    expect(result.files.map(pathOf)).toEqual([
      join(root, 'content/backend/01-basics.md'),
      join(root, 'content/backend/02-frameworks.md'),
      join(root, 'content/backend/roadmap.md')
    ])
    // The link into the ignored file resolves; the ignored file loses its lint warning, not its core errors.
    expect(messages.map((message) => message.split(' ').slice(0, 3).join(' '))).toEqual([
      'backend/02-frameworks.md:5:20-5:29 error requires-unknown',
      'backend/02-frameworks.md:16:1-16:9 error topic-incomplete'
    ])
  })

  test('a named file is linted with its whole content folder as context', async () => {
    const root = await contentRoot(problems)
    const { messages, result } = await lintTree(root, { paths: [join(root, 'content/backend/01-basics.md')] })
    expect(result.files.map(pathOf)).toEqual([join(root, 'content/backend/01-basics.md')])
    // The link into 02 resolves, and 02's own problems are not reported.
    expect(messages).toEqual([])
  })

  test('a named roadmap folder reports only its files', async () => {
    const root = await contentRoot({
      ...problems,
      'frontend/01-html.md': stepMd(topicMd('HTML', '[x](https://bit.ly/a "article")'))
    })
    const { result } = await lintTree(root, { paths: [join(root, 'content/frontend')] })
    expect(result.files.map(pathOf)).toEqual([
      join(root, 'content/frontend/01-html.md'),
      join(root, 'content/frontend/roadmap.md')
    ])
  })

  test('a path that does not exist is a usage error', async () => {
    const root = await temporary()
    await expect(lintTree(root, { paths: [join(root, 'nope')] })).rejects.toThrow(UsageError)
  })

  test('a named file that is not Markdown is a usage error, not a reason to read its grandparent folder', async () => {
    const root = await contentRoot(problems)
    await writeTree(root, { 'package.json': '{}' })
    await expect(lintTree(root, { paths: [join(root, 'package.json')] })).rejects.toThrow(
      `Unexpected \`${join(root, 'package.json')}\`: expected a content folder, a roadmap folder or a Markdown file`
    )
  })

  test('gives the summary of every file, reported or not: the project view `lintText` takes', async () => {
    const root = await contentRoot(problems)
    const { result } = await lintTree(root, { paths: [join(root, 'content/backend/01-basics.md')] })
    expect(result.summaries.map((summary) => summary.path)).toEqual([
      join(root, 'content/backend/01-basics.md'),
      join(root, 'content/backend/02-frameworks.md'),
      join(root, 'content/backend/roadmap.md')
    ])
    expect(result.summaries.every((summary) => !('tree' in summary))).toBe(true)
  })

  test('hands the links of reported files to the link checks, and applies suppressions to what they judge', async () => {
    const root = await contentRoot({
      'backend/01-basics.md': stepMd(
        topicMd(
          'Types',
          `${mdn} <!-- roadmap-lint-disable-line link-broken -->`,
          resourceMd('Python', 'https://docs.python.org/3/')
        )
      ),
      'frontend/01-html.md': stepMd(topicMd('HTML', mdn))
    })
    const broken = (url: string) =>
      linkResult({ url, verdict: 'broken', reasonCode: 'status', reason: '404 Not Found', status: 404 })
    const links = fakeLinkChecks({
      'https://developer.mozilla.org/en-US/docs/Web/HTTP': broken('https://developer.mozilla.org/en-US/docs/Web/HTTP'),
      'https://docs.python.org/3/': broken('https://docs.python.org/3/')
    })
    const config = resolveConfig(quietByDefault({}), undefined, {
      schema: configSchema,
      rules: lintRules,
      metas: allRuleMeta
    })
    const result = await lint({ paths: [join(root, 'content/backend')], cwd: root, rules: lintRules, config, links })
    expect([...links.added.keys()].sort()).toEqual([
      join(root, 'content/backend/01-basics.md'),
      join(root, 'content/backend/roadmap.md')
    ])
    expect(result.files.flatMap((file) => file.messages.map((message) => `${message.line} ${message.ruleId}`))).toEqual(
      ['14 link-broken']
    )
  })

  test('the checks across files see every link of every file, with its host, whatever rules are on', async () => {
    const prose = '[guide](https://example.com/guide) [old](http://example.org/old) [next](./02-next.md) [top](#types)'
    const root = await contentRoot({
      'backend/01-basics.md': stepMd(topicMd('Types', prose, resourceMd('Python', 'https://docs.python.org/3/')))
    })
    const kept = async (config: object) => {
      const config_ = resolveConfig(quietByDefault(config), undefined, {
        schema: configSchema,
        rules: lintRules,
        metas: allRuleMeta
      })
      const checks = fakeLinkChecks()
      const result = await lint({
        paths: [join(root, 'content')],
        cwd: root,
        rules: lintRules,
        config: config_,
        links: checks
      })
      const seen = [...checks.added.values()].flat().map((link) => link.url)
      const summary = result.summaries.find((file) => file.path.endsWith('01-basics.md'))
      return { seen, links: summary?.links.map((link) => `${link.url} ${link.host}`) }
    }
    const links = [
      'https://example.com/guide example.com',
      'http://example.org/old example.org',
      './02-next.md undefined',
      '#types undefined',
      'https://docs.python.org/3/ docs.python.org'
    ]
    const seen = links.map((link) => link.split(' ')[0])
    expect(await kept({})).toEqual({ seen, links })
    expect(await kept({ rules: { 'url-insecure': 'off' } })).toEqual({ seen, links })
  })

  test('with `changed`, reports only the files the change affects', async () => {
    const root = await contentRoot({ ...problems, 'frontend/01-html.md': stepMd(topicMd('HTML', mdn)) })
    const { result } = await lintTree(root, { changed: new Set([join(root, 'content/frontend/01-html.md')]) })
    expect(result.files.map(pathOf)).toEqual([
      join(root, 'content/frontend/01-html.md'),
      join(root, 'content/frontend/roadmap.md')
    ])
  })

  test('a content folder with only a roadmap is clean', async () => {
    const root = await temporary()
    await writeTree(join(root, 'content'), { 'backend/roadmap.md': roadmapMd })
    expect((await lintTree(root)).messages).toEqual([])
  })
})
