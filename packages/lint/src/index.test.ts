import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { RoadmapError } from '@roadmap/errors'
import * as lint from './index.js'

test('the public API is exactly this list (an export is a promise)', () => {
  expect(Object.keys(lint).sort()).toMatchInlineSnapshot(`
    [
      "CacheError",
      "ConfigError",
      "GitError",
      "RoadmapError",
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
      "defineLinkRule",
      "filesChangedSince",
      "findConfig",
      "formatterNames",
      "formatters",
      "linkRuleIds",
      "lint",
      "lintRuleIds",
      "lintRules",
      "lintText",
      "loadConfig",
      "openFileCache",
      "prepareRules",
      "resolveConfig",
      "version",
    ]
  `)
})

test("errors are RoadmapErrors, the one base class of every @roadmap package's errors, with stable codes", () => {
  expect(lint.RoadmapError).toBe(RoadmapError)
  expect(new lint.ConfigError('bad')).toBeInstanceOf(RoadmapError)
  expect(new lint.ConfigError('bad').code).toBe('ERR_ROADMAP_LINT_CONFIG')
  expect(new lint.UsageError('bad').code).toBe('ERR_ROADMAP_LINT_USAGE')
  expect(new lint.GitError('bad').code).toBe('ERR_ROADMAP_LINT_GIT')
})

test('the README documents every export, in its API section', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const api = readme.slice(readme.indexOf('\n## API\n'), readme.indexOf('\n## Stability\n'))
  const undocumented = Object.keys(lint).filter((name) => !new RegExp(`\\b${name}\\b`).test(api))
  expect(undocumented).toEqual([])
})
