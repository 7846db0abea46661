import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Diagnostic } from '@roadmap/core/pipeline-light'
import { describe, expect, test } from 'vitest'
import {
  quietByDefault,
  lintTree,
  resourceMd,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../test/helpers/content.js'
import { resolveConfig } from '../config/load-config.js'
import { linkResult } from '../rules/__fixtures__/link-verdicts.js'
import { lintText } from './lint-text.js'

const temporary = useTempDirs()
const path = '/nowhere/content/backend/02-apis.md'
const short = resourceMd('Short', 'https://bit.ly/abc')
const tracked = resourceMd('MDN', 'https://developer.mozilla.org/en-US/?utm_source=a')

/** `rule-id line:column` of each message. */
const brief = (messages: ReadonlyArray<Diagnostic>) =>
  messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)

describe('lintText', () => {
  test("checks unsaved text with the core's and the file rules, each fix on its message, reading nothing", () => {
    const quiet = resolveConfig(quietByDefault({}), undefined)
    const { messages, summary } = lintText({ text: stepMd(topicMd('REST', short, tracked)), path, config: quiet })
    expect(brief(messages)).toEqual(['url-shortener 13:3', 'url-tracking-params 14:3'])
    expect(messages[1]?.fix).toEqual({ range: expect.any(Array), text: 'https://developer.mozilla.org/en-US/' })
    expect(summary).toMatchObject({ path, roadmapId: 'backend', kind: 'step', step: { id: 'apis', order: 2 } })
  })

  test("without the project, no check across files runs; with it, only this file's problems are given", () => {
    const text = stepMd(topicMd('REST', short), { requires: ['basics'] })
    const alone = lintText({
      text,
      path,
      config: resolveConfig(quietByDefault({ rules: { 'url-shortener': 'off' } }), undefined)
    })
    expect(alone.messages).toEqual([])

    const other = lintText({ text: stepMd(topicMd('Types', short)), path: '/nowhere/content/backend/01-types.md' })
    const config = resolveConfig(quietByDefault({ rules: { 'url-shortener': 'off' } }), undefined)
    const project = { files: [other.summary, alone.summary] }
    expect(brief(lintText({ text, path, config, project }).messages)).toEqual(['requires-unknown 5:12'])
    // The text replaces the project's summary of its own path: fixed in the editor, fixed in the result.
    const fixed = stepMd(topicMd('REST', short), { requires: ['types'] })
    expect(lintText({ text: fixed, path, config, project }).messages).toEqual([])
  })

  test('applies the configuration and the disable comments of the text', () => {
    const text = stepMd(topicMd('REST', `${short} <!-- roadmap-lint-disable-line url-shortener -->`, tracked))
    expect(brief(lintText({ text, path, config: resolveConfig(quietByDefault({}), undefined) }).messages)).toEqual([
      'url-tracking-params 14:3'
    ])
    const config = resolveConfig(
      quietByDefault({ rules: { 'url-tracking-params': 'error', 'title-max-length': ['error', { max: 3 }] } }),
      undefined
    )
    expect(lintText({ text, path, config }).messages.map((message) => `${message.ruleId} ${message.fatal}`)).toEqual([
      'title-max-length true',
      'title-max-length true',
      'url-tracking-params true'
    ])
    // `ignore` is relative to the configuration's folder, as for `lint()`.
    const ignoring = resolveConfig(quietByDefault({ ignore: ['content/*/02-*.md'] }), undefined, { cwd: '/nowhere' })
    expect(lintText({ text, path, config: ignoring }).messages).toEqual([])
  })

  test('judges links by the verdicts it is given, and makes no request', () => {
    const text = stepMd(topicMd('REST', resourceMd('Gone', 'https://example.com/gone')))
    const gone = linkResult({
      url: 'https://example.com/gone',
      verdict: 'broken',
      reasonCode: 'status',
      reason: '404 Not Found',
      status: 404
    })
    const verdictOf = (url: string) => (url === gone.url ? gone : undefined)
    const { messages } = lintText({
      text,
      path,
      config: resolveConfig(quietByDefault({}), undefined),
      project: { files: [], verdictOf }
    })
    expect(brief(messages)).toEqual(['link-broken 13:3'])
  })

  test('gives what lint() reports for a file on disk, with the summaries lint() gives as the project', async () => {
    const root = await temporary()
    const files = withRoadmaps({
      'backend/01-basics.md': stepMd(topicMd('Types', short), { intro: 'Next: [APIs](./02-apis.md#missing).' }),
      'backend/02-apis.md': stepMd(topicMd('REST', tracked, '[Talk](https://youtu.be/abc "article")'), {
        requires: ['basics', 'databases']
      })
    })
    await writeTree(join(root, 'content'), files)
    const config = resolveConfig(quietByDefault({}), undefined)
    const { result } = await lintTree(root)
    for (const name of ['backend/01-basics.md', 'backend/02-apis.md']) {
      const file = join(root, 'content', name)
      const text = await readFile(file, 'utf8')
      const { messages } = lintText({ text, path: file, config, project: { files: result.summaries } })
      const reported = result.files.find((each) => each.path === `content/${name}`)
      expect(messages.map(String), name).toEqual(reported?.messages.map(String))
      expect(messages.length, name).toBeGreaterThan(0)
    }
  })
})
