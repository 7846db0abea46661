import { expect, test } from 'vitest'
import * as lint from './index.js'

test('the public API is exactly this list (an export is a promise)', () => {
  expect(Object.keys(lint).sort()).toMatchInlineSnapshot(`
    [
      "CacheError",
      "ConfigError",
      "FileCache",
      "GitError",
      "RoadmapLintError",
      "UsageError",
      "allRuleMeta",
      "changedFiles",
      "configFileNames",
      "configJsonSchema",
      "configJsonSchemaId",
      "configSchema",
      "createLinkChecks",
      "defineConfig",
      "defineContentRule",
      "defineFileRule",
      "filesChangedSince",
      "findConfig",
      "formatterNames",
      "formatters",
      "linkProblems",
      "linkRuleIds",
      "lint",
      "lintRuleIds",
      "lintRules",
      "loadConfig",
      "openFileCache",
      "reportsOf",
      "resolveConfig",
      "runCli",
      "version",
    ]
  `)
})
