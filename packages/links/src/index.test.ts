import { expect, test } from 'vitest'
import { RoadmapError } from '@roadmap/errors'
import * as links from './index.js'

test('the public API is exactly this list (an export is a promise)', () => {
  expect(Object.keys(links).sort()).toMatchInlineSnapshot(`
    [
      "LinkCheckError",
      "LinkCheckerFinishedError",
      "LinkCheckerThread",
      "LinkHostConfigSchema",
      "LinkOptionsError",
      "LinkThreadError",
      "LinksConfigSchema",
      "RoadmapError",
      "ShardFormatError",
      "checkLinks",
      "createLinkChecker",
      "headerVariables",
      "inShard",
      "linkCheckerDefaults",
      "linkCheckerThreadAvailable",
      "linkOptionsFromConfig",
      "linkVerdictKinds",
      "parseDuration",
      "parseShard",
      "quietFailureKinds",
      "streamLinks",
    ]
  `)
})

test('errors share a base class and carry stable codes', () => {
  expect(new links.ShardFormatError('x', 'y')).toBeInstanceOf(links.LinkCheckError)
  // The one base class of every @roadmap package's errors.
  expect(new links.LinkCheckerFinishedError()).toBeInstanceOf(links.RoadmapError)
  expect(links.RoadmapError).toBe(RoadmapError)
  expect(new links.LinkCheckerFinishedError().code).toBe('ERR_ROADMAP_LINKS_FINISHED')
  expect(new links.LinkOptionsError('deadline', 'bad').code).toBe('ERR_ROADMAP_LINKS_OPTION_INVALID')
  expect(new links.LinkThreadError('stopped')).toBeInstanceOf(links.LinkCheckError)
  expect(new links.LinkThreadError('stopped').code).toBe('ERR_ROADMAP_LINKS_THREAD')
})
