import type { parseContentFile as ParseContentFile } from '@roadmap/core/pipeline'

// The core's parse loads the Markdown and YAML parsers and the model's zod
// schemas (about 0.15 s): loaded only once a file must be parsed, so a run
// that the content cache answers whole, or a report, starts without them.
let loaded: typeof ParseContentFile | undefined

/** Load the parser; `parseContentFile` works once this has resolved. */
export async function loadParser(): Promise<void> {
  loaded ??= (await import('@roadmap/core/pipeline')).parseContentFile
}

/** The core's `parseContentFile`, loaded by `loadParser` first. */
export const parseContentFile: typeof ParseContentFile = (...args) => {
  if (!loaded) throw new Error('The parser is not loaded: await loadParser() first')
  return loaded(...args)
}
