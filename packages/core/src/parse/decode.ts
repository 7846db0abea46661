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
    reportTooLarge(file, size, maxBytes)
    return undefined
  }

  if (typeof contents !== 'string' && isUtf16(contents)) {
    report(file, 'Unexpected UTF-16 text, expected UTF-8; re-save the file as UTF-8', {
      ruleId: coreRuleIds.fileEncoding,
      place: { line: 1, column: 1 }
    })
    return undefined
  }

  const text = typeof contents === 'string' ? stripBom(contents) : new TextDecoder('utf-8').decode(contents)
  file.value = text

  // A NUL says "binary file" better than the invalid bytes such files also hold.
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    report(file, 'Unexpected NUL character, expected text: this looks like a binary file', {
      ruleId: coreRuleIds.fileEncoding,
      place: location(file).toPoint(nul)
    })
    return undefined
  }

  const invalid = typeof contents === 'string' ? -1 : firstInvalidCharacter(contents, text)
  if (invalid !== -1) {
    report(file, 'Unexpected byte that is not UTF-8, expected UTF-8 text; re-save the file as UTF-8', {
      ruleId: coreRuleIds.fileEncoding,
      place: location(file).toPoint(invalid)
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

/** Report a file larger than `maxBytes` (shared with the loader, which checks before reading). */
export function reportTooLarge(file: VFile, size: number, maxBytes: number): void {
  // Rounded sizes can look equal (`1.0 MiB`, at most `1.0 MiB`): then give bytes.
  const exact = formatBytes(size) === formatBytes(maxBytes)
  const [actual, limit] = exact ? [`${size} bytes`, `${maxBytes} bytes`] : [formatBytes(size), formatBytes(maxBytes)]
  report(file, `Unexpected file of ${actual}, expected at most ${limit}; split it into smaller step files`, {
    ruleId: coreRuleIds.fileTooLarge,
    place: { line: 1, column: 1 }
  })
}

/**
 * Index in `text` of the first replacement character that stands for invalid
 * bytes, or -1. A U+FFFD written in the file itself (bytes EF BF BD) is text.
 */
function firstInvalidCharacter(bytes: Uint8Array, text: string): number {
  if (!text.includes('\uFFFD')) return -1
  // The decoder drops a leading byte order mark.
  let offset = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  let index = 0
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    if (code === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) {
      return index
    }
    offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
    index += character.length
  }
  return -1
}

/** A UTF-16 byte order mark (`FF FE` or `FE FF`), as editors on Windows often write. */
function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} bytes`
}
