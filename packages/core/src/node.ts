// `@roadmap/core/node`: what needs Node.js (the file system). The root entry
// `@roadmap/core` builds for browsers too, so nothing it imports may reach a
// `node:` module; this entry is where such code lives.
export { loadContent, type LoadOptions, type LoadResult } from './load/load-content.js'
