import { ContentNotFoundError, severityOf, type Roadmap } from '@roadmap/core'
import { loadContent } from '@roadmap/core/node'

export interface Dataset {
  /** Every roadmap that loaded without errors. */
  roadmaps: Roadmap[]
  /** How many errors the content has: roadmaps with errors are missing from `roadmaps`. */
  errors: number
}

/**
 * Load a `content/` folder into the dataset `@roadmap/core` would ship. A
 * folder that does not exist is an empty dataset (the content is new).
 *
 * @example
 *   const { roadmaps, errors } = await loadDataset('content')
 */
export async function loadDataset(directory: string): Promise<Dataset> {
  try {
    const { roadmaps, diagnostics } = await loadContent(directory)
    return { roadmaps, errors: diagnostics.filter((diagnostic) => severityOf(diagnostic) === 'error').length }
  } catch (error) {
    if (error instanceof ContentNotFoundError) return { roadmaps: [], errors: 0 }
    throw error
  }
}
