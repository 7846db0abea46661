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
      "createLinkChecker",
      "defineConfig",
      "defineContentRule",
      "defineFileRule",
      "findConfig",
      "formatterNames",
      "formatters",
      "inShard",
      "linkProblems",
      "linkRuleIds",
      "lint",
      "lintRuleIds",
      "lintRules",
      "loadConfig",
      "parseShard",
      "resolveConfig",
      "runCli",
      "version",
    ]
  `)
})
