import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { defaultLimits } from '@roadmap/core/pipeline-light'
import { useTempDirs, writeTree } from '../../test/helpers/content.js'
import { lintRules } from '../rules/index.js'
import { cacheKey, hashCode } from './cache-key.js'

const temporary = useTempDirs()

function digest(folder: string, skip: ReadonlySet<string> = new Set()): string {
  const hash = createHash('sha256')
  hashCode(hash, [folder], skip)
  return hash.digest('base64url')
}

test("the code's bytes count; the dataset built from the content, tests and declarations do not", async () => {
  const root = await temporary()
  await writeTree(root, {
    'dist/index.js': 'export const a = 1',
    'dist/data.json': '[]',
    'dist/data.js': 'export const roadmaps = []',
    'dist/index.d.ts': 'export declare const a: number',
    'dist/rule.test.ts': 'test()'
  })
  const dist = join(root, 'dist')
  const skip = new Set([join(dist, 'data.json'), join(dist, 'data.js')])
  const before = digest(dist, skip)
  // A content change rebuilds the dataset: every cached result stays valid.
  await writeFile(join(dist, 'data.json'), '[{"id":"backend"}]')
  await writeFile(join(dist, 'data.js'), 'export const roadmaps = [1]')
  await writeFile(join(dist, 'index.d.ts'), '')
  await writeFile(join(dist, 'rule.test.ts'), '')
  expect(digest(dist, skip)).toBe(before)
  await writeFile(join(dist, 'index.js'), 'export const a = 2')
  expect(digest(dist, skip)).not.toBe(before)
})

test('the key changes with the rule set and every part of the configuration, and with nothing else', () => {
  const config = { severities: new Map(), ruleOptions: new Map(), limits: defaultLimits }
  const base = cacheKey({ rules: lintRules, config })
  expect(base).toMatch(/^[\w-]{43}$/)
  // Order does not matter.
  expect(cacheKey({ rules: [...lintRules].reverse(), config })).toBe(base)
  const others = [
    cacheKey({ rules: lintRules.slice(1), config }),
    cacheKey({ rules: [...lintRules.slice(1), { ...lintRules[0]!, version: '2' }], config }),
    cacheKey({ rules: lintRules, config: { ...config, severities: new Map([['a', 'warning']]) } }),
    cacheKey({
      rules: lintRules,
      config: { ...config, ruleOptions: new Map([['a', { max: 1 }]]) }
    }),
    cacheKey({
      rules: lintRules,
      config: { ...config, limits: { ...defaultLimits, maxLines: 1 } }
    })
  ]
  expect(new Set([base, ...others]).size).toBe(others.length + 1)
})
