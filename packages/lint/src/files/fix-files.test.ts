import { lstat, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  quietByDefault,
  lintTree,
  resourceMd,
  roadmapMd,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../test/helpers/content.js'
import { defaultLimits, type Diagnostic } from '@roadmap/core'
import { resolveConfig } from '../config/load-config.js'
import type { CheckedFile } from '../linter/checked-file.js'
import { lintRules } from '../rules/index.js'
import { fixFiles } from './fix-files.js'
import { lintFiles } from './lint-files.js'

const temporary = useTempDirs()

/** The reported files of a run, with their text, as `lint()` hands them to `fixFiles`. */
async function linted(root: string): Promise<CheckedFile[]> {
  const config = resolveConfig(quietByDefault({}), undefined, { rules: lintRules })
  const run = { paths: [join(root, 'content')], cwd: root, rules: lintRules, config }
  return (await lintFiles(run, undefined, true)).reported
}

const before = stepMd(
  [
    topicMd(
      'REST',
      resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP?utm_source=news&lang=en'),
      '[REST in 20 minutes](https://www.youtube.com/watch?v=lsMQRaeKNDk "article")'
    ).replace(/^- /gm, '* '),
    topicMd('Shortcuts', resourceMd('Short', 'https://bit.ly/abc'))
  ].join('\n'),
  { intro: 'An API is a promise.\n\n+ to callers\n+ to maintainers' }
)

const after = stepMd(
  [
    topicMd(
      'REST',
      resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP?lang=en'),
      '[REST in 20 minutes](https://www.youtube.com/watch?v=lsMQRaeKNDk "video")'
    ),
    topicMd('Shortcuts', resourceMd('Short', 'https://bit.ly/abc'))
  ].join('\n'),
  { intro: 'An API is a promise.\n\n- to callers\n- to maintainers' }
)

async function contentWith(text: string): Promise<{ root: string; path: string }> {
  const root = await temporary()
  await writeTree(join(root, 'content'), withRoadmaps({ 'backend/01-apis.md': text }))
  return { root, path: join(root, 'content', 'backend', '01-apis.md') }
}

describe('fixFiles', () => {
  test('applies tracking-parameter, kind and list-marker fixes, keeping everything else', async () => {
    const { root, path } = await contentWith(before)
    const files = await linted(root)
    const summary = await fixFiles(files, defaultLimits)
    expect(summary).toEqual({ fixed: 6, files: [path], refused: [], changed: [] })
    const written = await readFile(path, 'utf8')
    expect(written).toBe(after)

    // Every line is kept: the same number of lines, and each changed line is one a fix was for.
    const fixedLines = new Set([9, 10, 16, 17])
    const [old, fresh] = [before.split('\n'), written.split('\n')]
    expect(fresh).toHaveLength(old.length)
    old.forEach((line, index) => {
      if (!fixedLines.has(index + 1)) expect(fresh[index]).toBe(line)
    })
  })

  test('writes atomically: no temporary file is left beside the fixed one', async () => {
    const { root } = await contentWith(before)
    await fixFiles(await linted(root), defaultLimits)
    expect((await readdir(join(root, 'content', 'backend'))).sort()).toEqual(['01-apis.md', 'roadmap.md'])
  })

  test('drops the fixed messages and keeps the rest', async () => {
    const { root } = await contentWith(before)
    const files = await linted(root)
    await fixFiles(files, defaultLimits)
    const left = files.flatMap((entry) => entry.file.messages.map((message) => message.ruleId))
    expect(left).toEqual(['url-shortener'])
  })

  test('after fixing, a new lint reports what is left at its new place', async () => {
    const { root } = await contentWith(
      stepMd(topicMd('REST', resourceMd('MDN', 'https://developer.mozilla.org/')), {
        intro: 'See [MDN](https://developer.mozilla.org/en-US/?utm_source=a&utm_medium=b) and [this](https://bit.ly/c).'
      })
    )
    const first = await lintTree(root)
    expect(first.messages.map((message) => message.split(' ').slice(0, 3).join(' '))).toEqual([
      'backend/01-apis.md:7:5-7:74 warning url-tracking-params',
      'backend/01-apis.md:7:79-7:103 error url-shortener'
    ])
    await fixFiles(await linted(root), defaultLimits)
    expect((await lintTree(root)).messages.map((message) => message.split(' ').slice(0, 3).join(' '))).toEqual([
      'backend/01-apis.md:7:53-7:77 error url-shortener'
    ])
  })

  test('two fixes of one URL: one is applied now, the other on the next run', async () => {
    const secure = resourceMd('OWASP', 'https://cheatsheetseries.owasp.org/')
    const { root, path } = await contentWith(
      stepMd(topicMd('TLS', secure, resourceMd('HSTS', 'http://cheatsheetseries.owasp.org/hsts.html?utm_source=x')))
    )
    expect((await fixFiles(await linted(root), defaultLimits)).fixed).toBe(1)
    const second = await lintTree(root)
    expect(second.messages).toHaveLength(1)
    await fixFiles(await linted(root), defaultLimits)
    expect(await readFile(path, 'utf8')).toContain('- [HSTS](https://cheatsheetseries.owasp.org/hsts.html "article")\n')
    expect((await lintTree(root)).messages).toEqual([])
  })

  test('refuses a fix that would add errors, and leaves the file as it was', async () => {
    const text = stepMd(topicMd('REST', '[Talk](https://youtu.be/abc "article")'))
    const { root, path } = await contentWith(text)
    const files = await linted(root)
    const entry = files.find((file) => file.path === path)!
    // Replace the fix by one that breaks the frontmatter's closing `---`.
    const message = entry.file.messages.find((each) => (each as Diagnostic).fix) as Diagnostic
    const closing = text.indexOf('---', 3)
    message.fix = { range: [closing, closing + 3], text: '' }
    const summary = await fixFiles(files, defaultLimits)
    expect(summary).toEqual({ fixed: 0, files: [], refused: [path], changed: [] })
    expect(await readFile(path, 'utf8')).toBe(text)
    expect(entry.file.messages).toContain(message)
  })

  test('leaves a file alone that changed on disk after it was linted', async () => {
    const { root, path } = await contentWith(before)
    const files = await linted(root)
    const edited = before.replace('An API is a promise.', 'An API is a promise, edited meanwhile.')
    await writeFile(path, edited)
    const summary = await fixFiles(files, defaultLimits)
    expect(summary).toEqual({ fixed: 0, files: [], refused: [], changed: [path] })
    expect(await readFile(path, 'utf8')).toBe(edited)
  })

  test('keeps a byte-order mark and Windows line endings', async () => {
    const windows = before.replace(/\n/g, '\r\n')
    const { root, path } = await contentWith(`\uFEFF${windows}`)
    await fixFiles(await linted(root), defaultLimits)
    expect(await readFile(path, 'utf8')).toBe(`\uFEFF${after.replace(/\n/g, '\r\n')}`)
  })

  test('never writes through a symbolic link: it is reported, and its target is left alone', async () => {
    const root = await temporary()
    await writeTree(root, { 'shared/apis.md': before, 'content/backend/roadmap.md': roadmapMd })
    await symlink(join(root, 'shared/apis.md'), join(root, 'content/backend/01-apis.md'))
    const { messages } = await lintTree(root)
    expect(messages.map((message) => message.split(' ')[2])).toContain('content-symlink')
    expect((await fixFiles(await linted(root), defaultLimits)).fixed).toBe(0)
    expect((await lstat(join(root, 'content/backend/01-apis.md'))).isSymbolicLink()).toBe(true)
    expect(await readFile(join(root, 'shared/apis.md'), 'utf8')).toBe(before)
  })

  test('does nothing for a file without fixes', async () => {
    const { root, path } = await contentWith(stepMd(topicMd('Shortcuts', resourceMd('Short', 'https://bit.ly/abc'))))
    const text = await readFile(path, 'utf8')
    expect(await fixFiles(await linted(root), defaultLimits)).toEqual({
      fixed: 0,
      files: [],
      refused: [],
      changed: []
    })
    expect(await readFile(path, 'utf8')).toBe(text)
  })
})
