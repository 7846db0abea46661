import { expect, test } from 'vitest'
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
      "StepFrontmatterSchema",
      "StepReferenceSchema",
      "StepSchema",
      "TopicSchema",
      "closest",
      "defaultLimits",
      "findRoadmap",
      "findStep",
      "findTopic",
      "kebabCasePattern",
      "levels",
      "listResources",
      "loadContent",
      "parseContentFile",
      "parseRoadmap",
      "parseStep",
      "prerequisitesOf",
      "resourceKinds",
      "roadmapJsonSchema",
      "roadmapJsonSchemaId",
      "severityOf",
      "stepsInDependencyOrder",
    ]
  `)
})

test('the pipeline API for tools that check content is exactly this list', () => {
  expect(Object.keys(pipeline).sort()).toMatchInlineSnapshot(`
    [
      "Positions",
      "assembleRoadmap",
      "assembleRoadmaps",
      "checkCrossFile",
      "classifyContentPath",
      "closest",
      "coreRuleIds",
      "coreRules",
      "createDiagnostic",
      "defaultLimits",
      "defaultMaxFileBytes",
      "describeFsError",
      "detach",
      "discoverContent",
      "discoverRoadmaps",
      "docsBaseUrl",
      "isComment",
      "parseContentFile",
      "readContentFile",
      "report",
      "ruleDocsUrl",
      "severityOf",
      "sortDiagnostics",
      "stepKey",
      "summarizeFile",
      "unexpectedResult",
    ]
  `)
})
