import { expect, test } from 'vitest'
import * as lint from './index.js'

test('the public API is exactly this list (an export is a promise)', () => {
  expect(Object.keys(lint).sort()).toMatchInlineSnapshot(`
    [
      "ConfigError",
      "GitError",
      "RoadmapLintError",
      "UsageError",
      "allRuleMeta",
      "configFileNames",
      "configJsonSchema",
      "configJsonSchemaId",
      "configSchema",
      "createLinkChecks",
      "defineConfig",
      "defineContentRule",
      "defineFileRule",
      "findConfig",
      "formatterNames",
      "formatters",
      "linkProblems",
      "linkRuleIds",
      "lint",
      "lintRuleIds",
      "lintRules",
      "loadConfig",
      "resolveConfig",
      "runCli",
      "version",
    ]
  `)
})
