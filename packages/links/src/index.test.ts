import { expect, test } from 'vitest'
import * as links from './index.js'

test('the public API is exactly this list (an export is a promise)', () => {
  expect(Object.keys(links).sort()).toMatchInlineSnapshot(`
    [
      "LinkCheckError",
      "LinkCheckerFinishedError",
      "LinkHostConfigSchema",
      "LinkOptionsError",
      "LinksConfigSchema",
      "ShardFormatError",
      "createLinkChecker",
      "inShard",
      "linkCheckerDefaults",
      "linkOptionsFromConfig",
      "linkProblems",
      "linkRuleIds",
      "linkRules",
      "parseDuration",
      "parseShard",
      "renderProgressBar",
    ]
  `)
})

test('errors share a base class and carry stable codes', () => {
  expect(new links.ShardFormatError('x', 'y')).toBeInstanceOf(links.LinkCheckError)
  expect(new links.LinkCheckerFinishedError().code).toBe('ERR_ROADMAP_LINKS_FINISHED')
  expect(new links.LinkOptionsError('deadline', 'bad').code).toBe('ERR_ROADMAP_LINKS_OPTION_INVALID')
})
