export { bumps, isBump, maxBump, satisfiesBump, type Bump } from './bump.js'
export {
  ChangesetParseError,
  ContentInvalidError,
  GitError,
  LinkReportError,
  ReleaseCheckError,
  UsageError
} from './errors.js'
export { parseChangeset, type Changeset, type Release } from './changesets/parse-changeset.js'
export { declaredBump, isChangesetFileName, readChangesets } from './changesets/read-changesets.js'
export {
  compareDatasets,
  type AddedChange,
  type ChangeLevel,
  type ChangedChange,
  type ContentChange,
  type DatasetComparison,
  type RemovedChange
} from './compat/compare-datasets.js'
export { corePackageName, describeChange, describeVerdict, judgeCompat, type CompatVerdict } from './compat/describe.js'
export { loadDataset, type Dataset } from './compat/load-dataset.js'
export {
  checkContentCompat,
  type ContentCompatOptions,
  type ContentCompatResult
} from './compat/check-content-compat.js'
export { exportTree } from './git/export-tree.js'
export { defaultBaseRefs, findRepositoryRoot, resolveBase, type Base } from './git/resolve-base.js'
export {
  judgePresence,
  type PackageChange,
  type PresenceInput,
  type PresenceResult,
  type WorkspacePackage
} from './presence/judge-presence.js'
export { readWorkspacePackages } from './presence/workspace-packages.js'
export {
  checkChangesetPresence,
  type ChangesetPresenceOptions,
  type ChangesetPresenceResult
} from './presence/check-changeset-presence.js'
export {
  LinkDiagnosticSchema,
  isLinkDiagnostic,
  linkRuleIds,
  mergeLintReports,
  parseLintReport,
  type LintDiagnostic
} from './links/link-diagnostic.js'
export {
  linksReportTitle,
  renderLinksReport,
  type LinksReport,
  type LinksReportOptions
} from './links/render-links-report.js'
export { runChangesetCheck } from './cli/changeset-check.js'
export { runContentCompat } from './cli/content-compat.js'
export { runLinksReport } from './cli/links-report.js'
export { processIo, type CliIo } from './cli/io.js'
