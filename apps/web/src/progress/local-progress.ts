// The learner's progress in this browser's localStorage. Storage the browser
// blocks (a setting, a private window) or that is full leaves progress working
// for the page, unsaved; it never throws.
import {
  legacyProgressStorageKey,
  progressStorageKey,
  readStoredProgress,
  serializeProgress,
  type StoredProgress
} from './stored-progress.js'

/** The stored progress: v2, or the first format's when there is no v2 yet. */
export function loadProgress(): StoredProgress {
  try {
    return readStoredProgress(localStorage.getItem(progressStorageKey), localStorage.getItem(legacyProgressStorageKey))
  } catch {
    return { topics: {} }
  }
}

/** Store `progress`; false when the browser refused. */
export function saveProgress(progress: StoredProgress): boolean {
  try {
    localStorage.setItem(progressStorageKey, serializeProgress(progress))
    return true
  } catch {
    return false
  }
}
