import { relative, sep } from 'node:path'
import { defaultMaxFileBytes } from '@roadmap/core/pipeline-light'
import { VFile } from 'vfile'
import type { CheckedFile } from '../linter/checked-file.js'
import { readRegularFile } from '../util/read-regular-file.js'

/**
 * The files of a run as reports show them (the formatters' input): paths
 * relative to `cwd` with `/`, and the text of each file that has a problem,
 * for code frames, read again when the run did not keep it.
 *
 * @example
 *   const files = reportsOf(result.reported, cwd)
 */
export function reportsOf(files: ReadonlyArray<CheckedFile>, cwd: string): VFile[] {
  return files.map((entry) => {
    const path = relative(cwd, entry.path).split(sep).join('/')
    const value = entry.file.value ?? (entry.file.messages.length > 0 ? readSource(entry.path) : undefined)
    const file = new VFile({ path, cwd, ...(value === undefined ? {} : { value }) })
    for (const message of entry.file.messages) message.file = path
    file.messages = entry.file.messages
    return file
  })
}

/**
 * A file's text for code frames; none if it cannot be read. `path` is one the
 * run discovered (never one a cache named). Never through a symbolic link
 * (it could point anywhere: the frame would print that file), not even one
 * swapped in since the file was checked, nor a FIFO or device (a read would
 * block) nor a huge file.
 */
function readSource(path: string): string | undefined {
  const read = readRegularFile(path, defaultMaxFileBytes)
  return read && 'bytes' in read ? read.bytes.toString('utf8') : undefined
}
