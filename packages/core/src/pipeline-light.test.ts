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

// What pipeline-light loads (no Markdown or YAML parser, no zod) is a rule of
// .dependency-cruiser.cjs: load-core-pipeline-light-no-parser.
