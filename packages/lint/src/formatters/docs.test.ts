import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { docsResults, docsRules } from './__fixtures__/results.js'
import { formatters, isFormatterName } from './index.js'

const page = readFileSync(new URL('../../docs/formatters.md', import.meta.url), 'utf8')
const examples = [...page.matchAll(/<!-- example: (\w+) -->\n```\w*\n([\s\S]*?)```\n/g)].map(
  ([, name = '', block = '']) => ({
    name,
    block
  })
)

test('docs/formatters.md has one example for every format', () => {
  expect(examples.map(({ name }) => name)).toEqual(Object.keys(formatters))
})

test.each(examples)('the $name example in docs/formatters.md is what the formatter prints', ({ name, block }) => {
  if (!isFormatterName(name)) throw new Error(`Unknown format \`${name}\` in docs/formatters.md`)
  const output = formatters[name](docsResults(), { color: false, rules: docsRules, version: '1.0.0' })
  expect(block).toBe(output)
})
