// A check of its own for the dataset build: every content file the build
// found must have given a model, whatever happened to its messages.
import { classifyContentPath } from '../dist/pipeline-light.js'

/**
 * The content files the dataset needs that gave no model, for any reason:
 * every step file and `roadmap.md` that was discovered (by its name, whether
 * it could be read, parsed or validated or not). A file with an error has no
 * model, and so does one whose messages were hidden (a disable comment, a
 * configuration, a bug): without this check its step would vanish from the
 * dataset without a word. Files named otherwise are not content (reported
 * as `file-unexpected`) and are left to the linter.
 *
 * @example
 *   filesWithoutModel(result.models) // ['/repo/content/backend/03-databases.md']
 *
 * @param {ReadonlyArray<{ path: string, model: unknown }>} files every file of the run, `lint()`'s `models`
 * @returns {string[]} their paths, sorted
 */
export function filesWithoutModel(files) {
  return files
    .filter((entry) => entry.model === undefined && classifyContentPath(entry.path).kind !== 'unexpected')
    .map((entry) => entry.path)
    .sort()
}
