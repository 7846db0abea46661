import { expect, it } from 'vitest'
import * as releaseChecks from './index.js'

// Pins the public exports, so an accidental export (or a lost one) is caught.
it('exports exactly the public API', () => {
  expect(Object.keys(releaseChecks).sort()).toMatchInlineSnapshot(`
    [
      "ChangesetParseError",
      "ContentInvalidError",
      "GitError",
      "LinkDiagnosticSchema",
      "LinkReportError",
      "ReleaseCheckError",
      "UsageError",
      "bumps",
      "checkChangesetPresence",
      "checkContentCompat",
      "compareDatasets",
      "corePackageName",
      "declaredBump",
      "defaultBaseRefs",
      "describeChange",
      "describeVerdict",
      "exportTree",
      "findRepositoryRoot",
      "isBump",
      "isChangesetFileName",
      "isLinkDiagnostic",
      "judgeCompat",
      "judgePresence",
      "linkRuleIds",
      "linksReportTitle",
      "loadDataset",
      "maxBump",
      "mergeLintReports",
      "parseChangeset",
      "parseLintReport",
      "processIo",
      "readChangesets",
      "readWorkspacePackages",
      "renderLinksReport",
      "resolveBase",
      "runChangesetCheck",
      "runContentCompat",
      "runLinksReport",
      "satisfiesBump",
    ]
  `)
})
