// The budgets of the browser bundles (bundles.test.ts), which the README states too (readme.test.ts).
//
// The data grows with every topic a contributor adds, so what is held to a
// budget is what the package adds to it: the code, and the module's cost over
// the data itself (its gzip as JSON). A bundle that pulls in the parser, zod
// or another roadmap fails these; a new topic does not.

/** Budgets, gzip bytes. */
export const budgets = {
  /** What the progress and key helpers add to a bundle of one roadmap's data. */
  helpersBeyondData: 3_000,
  /** What `/data/<roadmap>` weighs beyond that roadmap as JSON: the module and the freeze. */
  roadmapBeyondJson: 2_000,
  /** What `/skeleton` weighs beyond the skeleton as JSON. */
  skeletonBeyondJson: 1_500,
  /** `/search`'s code (MiniSearch and the helper), without an index. */
  searchCode: 8_000
}

/** The skeleton (lists and maps) is at most this share of the whole dataset, gzip. */
export const skeletonShareOfDataset = 0.1
