import { expect, test } from 'vitest'
import { RoadmapError } from '@roadmap/errors'
import * as core from './index.js'
import * as pipeline from './pipeline.js'

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
      "Positions",
      "assembleRoadmap",
      "assembleRoadmaps",
      "checkContent",
      "checkCrossFile",
      "classifyContentPath",
      "closest",
      "coreContentRules",
      "coreRuleIds",
      "coreRules",
      "createDiagnostic",
      "defaultLimits",
      "defaultMaxFileBytes",
      "defineContentRule",
      "defineStageRule",
      "describeFsError",
      "detach",
      "discoverContent",
      "discoverRoadmaps",
      "docsBaseUrl",
      "isComment",
      "parseContentFile",
      "readContentFile",
      "report",
      "ruleBase",
      "ruleDiagnostic",
      "ruleDocsUrl",
      "severityOf",
      "sortDiagnostics",
      "stepKey",
      "summarizeFile",
      "unexpectedResult",
    ]
  `)
})

test("core's errors are RoadmapErrors, the one base class of every @roadmap package's errors", () => {
  expect(core.RoadmapError).toBe(RoadmapError)
  expect(new core.ContentNotFoundError('content')).toBeInstanceOf(RoadmapError)
  expect(new core.ContentNotFoundError('content').code).toBe('ERR_ROADMAP_CONTENT_NOT_FOUND')
})
