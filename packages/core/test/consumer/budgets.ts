// The budgets of the browser bundles (bundles.test.ts), which the README states too (readme.test.ts).

/** Budgets, gzip bytes: what each bundle may weigh at most. */
export const budgets = {
  /** `/data/backend` and the progress and key helpers: the largest roadmap, one page's data. */
  backendWithHelpers: 80_000,
  /** What the helpers add to a bundle beyond the roadmap itself. */
  helpersBeyondData: 3_000,
  /** `/skeleton`: every roadmap for lists and maps (room for a few more roadmaps). */
  skeleton: 16_000,
  /** `/search`'s code (MiniSearch and the helper), without an index. */
  searchCode: 8_000
}
