import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { RoadmapError } from '@roadmap/errors'
import * as core from './index.js'
import * as pipeline from './pipeline.js'
import * as pipelineLight from './pipeline-light.js'

test('the public API for apps is exactly this list (an export is a promise)', () => {
  expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
    [
      "ContentNotFoundError",
      "ContentPathError",
      "DateSchema",
      "IdSchema",
      "LevelSchema",
      "RequirementSchema",
      "ResourceKindSchema",
      "ResourceSchema",
      "ResourceUrlSchema",
      "RoadmapError",
      "RoadmapFrontmatterSchema",
      "RoadmapSchema",
      "SectionSchema",
      "StepAliasSchema",
      "StepFrontmatterSchema",
      "StepKeySchema",
      "StepReferenceSchema",
      "StepSchema",
      "TopicAliasSchema",
      "TopicKeySchema",
      "TopicSchema",
      "allTopics",
      "closest",
      "createTopicSearch",
      "defaultLimits",
      "dependentsOf",
      "findRoadmap",
      "findStep",
      "findStepByKey",
      "findTopic",
      "findTopicByKey",
      "kebabCasePattern",
      "levels",
      "listResources",
      "loadTopicSearch",
      "parseContentFile",
      "parseRoadmap",
      "parseStep",
      "parseStepKey",
      "parseTopicKey",
      "prerequisitesOf",
      "readProgress",
      "resourceKinds",
      "resourcesByKind",
      "roadmapJsonSchema",
      "roadmapJsonSchemaId",
      "roadmapProgress",
      "roadmapSchemaMajor",
      "roadmapSkeleton",
      "severityOf",
      "stepKey",
      "stepKeyPattern",
      "stepProgress",
      "stepsInDependencyOrder",
      "topicKey",
      "topicKeyPattern",
      "topicsProgress",
    ]
  `)
})

test('the pipeline API for tools that check content is exactly this list', () => {
  expect(Object.keys(pipeline).sort()).toMatchInlineSnapshot(`
    [
      "ContentPathError",
      "assembleRoadmaps",
      "checkContent",
      "classifyContentPath",
      "coreContentRules",
      "coreRuleIds",
      "coreRules",
      "createDiagnostic",
      "defaultLimits",
      "defaultMaxFileBytes",
      "defineContentRule",
      "defineStageRule",
      "describeFsError",
      "discoverContent",
      "docsBaseUrl",
      "parseContentFile",
      "readContentFile",
      "ruleBase",
      "ruleDiagnostic",
      "severityOf",
      "summarizeFile",
    ]
  `)
})

test("the README's row of each pipeline entry point names each of its exports", () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const row = (entry: string) => readme.split('\n').find((line) => line.startsWith(`| \`${entry}\` |`)) ?? ''
  const light = Object.keys(pipelineLight)
  const named = (line: string, names: string[]) => names.filter((name) => !line.includes(`\`${name}\``))
  expect(named(row('@roadmap/core/pipeline-light'), light)).toEqual([])
  expect(
    named(
      row('@roadmap/core/pipeline'),
      Object.keys(pipeline).filter((name) => !light.includes(name))
    )
  ).toEqual([])
})

test("core's errors are RoadmapErrors, the one base class of every @roadmap package's errors", () => {
  expect(core.RoadmapError).toBe(RoadmapError)
  expect(new core.ContentNotFoundError('content')).toBeInstanceOf(RoadmapError)
  expect(new core.ContentNotFoundError('content').code).toBe('ERR_ROADMAP_CONTENT_NOT_FOUND')
})
