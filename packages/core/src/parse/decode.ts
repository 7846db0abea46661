import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'

/** Content files are small; anything larger is almost surely a mistake. */
export const defaultMaxFileBytes = 1024 * 1024

export interface DecodeOptions {
  /** Largest file accepted, in bytes (default 1 MiB). */
  maxBytes?: number
}

/**
 * Turn raw file contents into text, reporting what makes them unusable: too
 * large, not UTF-8, binary or empty. Returns `undefined` when the file cannot
 * be parsed at all.
 */
export function decodeContent(
  file: VFile,
  contents: string | Uint8Array,
  options: DecodeOptions = {}
): string | undefined {
  const maxBytes = options.maxBytes ?? defaultMaxFileBytes
  const size = typeof contents === 'string' ? Buffer.byteLength(contents) : contents.byteLength

  if (size > maxBytes) {
    report(
      file,
      `Unexpected file of ${formatBytes(size)}, expected at most ${formatBytes(maxBytes)}; split it into smaller step files`,
      { ruleId: coreRuleIds.fileTooLarge, place: { line: 1, column: 1 } }
    )
    return undefined
  }

  const text = typeof contents === 'string' ? stripBom(contents) : new TextDecoder('utf-8').decode(contents)
  file.value = text

  const invalid = typeof contents === 'string' ? -1 : text.indexOf('\uFFFD')
  if (invalid !== -1 && !isValidUtf8(contents as Uint8Array)) {
    report(file, 'Unexpected byte that is not UTF-8, expected UTF-8 text; re-save the file as UTF-8', {
      ruleId: coreRuleIds.fileEncoding,
      place: location(file).toPoint(invalid)
    })
    return undefined
  }

  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    report(file, 'Unexpected NUL character, expected text: this looks like a binary file', {
      ruleId: coreRuleIds.fileEncoding,
      place: location(file).toPoint(nul)
    })
    return undefined
  }

  if (text.trim() === '') {
    report(file, 'Unexpected empty file, expected frontmatter and Markdown', {
      ruleId: coreRuleIds.fileEmpty,
      place: { line: 1, column: 1 }
    })
    return undefined
  }

  return text
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} bytes`
}
