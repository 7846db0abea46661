import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import * as pipeline from './pipeline.js'
import * as light from './pipeline-light.js'

const parsing = ['assembleRoadmap', 'assembleRoadmaps', 'parseContentFile', 'sortDiagnostics', 'unexpectedResult']

test('pipeline-light is the pipeline without the stages that parse', () => {
  expect(Object.keys(light).sort()).toEqual(
    Object.keys(pipeline)
      .filter((name) => !parsing.includes(name))
      .sort()
  )
  for (const name of Object.keys(light))
    expect(light[name as keyof typeof light]).toBe(pipeline[name as keyof typeof pipeline])
})

/** The packages the value imports of `entry` reach, following this package's own files (type-only imports load nothing). */
function packagesLoaded(entry: string): Set<string> {
  const packages = new Set<string>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const [statement, specifier = ''] of readFileSync(file, 'utf8').matchAll(
      /^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm
    )) {
      if (
        /^(?:import|export) type\s/.test(statement) ||
        /^(?:import|export) \{(?:\s*type\s+\w+,?)+\s*\}/.test(statement)
      )
        continue
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')))
      else packages.add(specifier)
    }
  }
  visit(entry)
  return packages
}

test('pipeline-light loads no Markdown or YAML parser and no zod', () => {
  const here = dirname(fileURLToPath(import.meta.url))
  const loaded = [...packagesLoaded(join(here, 'pipeline-light.ts'))]
  expect(
    loaded.filter((name) => /^(?:unified|remark-|micromark|mdast-util-from-markdown|yaml|zod)/.test(name))
  ).toEqual([])
  // The check can fail: the full pipeline reaches them.
  expect([...packagesLoaded(join(here, 'pipeline.ts'))]).toEqual(
    expect.arrayContaining(['unified', 'remark-parse', 'yaml', 'zod'])
  )
})
