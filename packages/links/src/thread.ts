// The `@roadmap/links/thread` entry: the checker on a worker thread of its
// own, without loading the checker (undici and its request machinery) on the
// calling thread, which only posts URLs and receives the report. The thread
// loads the checker itself; the sooner it starts, the sooner checks begin.
export { LinkCheckerFinishedError, LinkThreadError } from './errors.js'
export type { AddOptions, LinkChecker } from './checker/checker.js'
export type { LinkCheckerOptions } from './options/options.js'
export { LinkCheckerThread, linkCheckerThreadAvailable } from './thread/thread-checker.js'
export type { LinkProgress, LinkReport, LinkVerdict } from './types.js'
