import type { IndexedFile } from '../rule/content.js'

/**
 * Put each message's fix on the message (`message.fix`), where the
 * formatters look for it to say how many problems `--fix` can fix. The
 * engine keeps fixes beside the messages (`IndexedFile.fixes`) for `--fix`
 * to apply; once it puts them on the messages itself (issue 30), this goes.
 * A fix of a message no longer reported (turned off, suppressed) is left out.
 *
 * @example
 *   markFixable(result.files)
 *   formatters.stylish(reportsOf(result.files, cwd), options) // '… 3 problems can be fixed with `--fix`'
 */
export function markFixable(files: ReadonlyArray<IndexedFile>): void {
  for (const entry of files) {
    const reported = new Set(entry.file.messages)
    for (const [message, edits] of entry.fixes) {
      if (reported.has(message) && edits.length > 0) Object.assign(message, { fix: edits })
    }
  }
}
