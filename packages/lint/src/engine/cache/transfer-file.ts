import type { Diagnostic } from '@roadmap/core/pipeline'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { IndexedFile, TextEdit } from '../../rule/content.js'
import { crossFileLinks, type KeepOptions } from '../keep-for-cross-file.js'
import { packLinks, unpackLinks, type PackedLinks } from './pack-links.js'

/**
 * A checked file as it crosses from a worker thread: plain data that the
 * structured clone of `postMessage` copies as it is. Messages lose their
 * class in a clone, and `fixes` is keyed by message objects, so both are
 * carried as plain lists and rebuilt.
 */
export interface TransferredFile {
  entry: Omit<IndexedFile, 'file' | 'fixes' | 'links'>
  /** The file's links, packed (a large library has 100,000 of them). */
  links: PackedLinks
  value: VFile['value'] | undefined
  /** Every own property of each message, in order. */
  messages: Array<Record<string, unknown>>
  /** Fixes by the index of their message in `messages`. */
  fixes: Array<[message: number, edits: ReadonlyArray<TextEdit>]>
}

/** What crosses to the main thread for a checked file. */
export function toTransfer(indexed: IndexedFile, options: { withValue: boolean }): TransferredFile {
  const { file, fixes, links, ...entry } = indexed
  const messages = file.messages as Diagnostic[]
  const position = new Map(messages.map((message, index) => [message, index]))
  return {
    entry,
    links: packLinks(links),
    value: options.withValue ? file.value : undefined,
    messages: messages.map((message) => ({ ...message })),
    fixes: [...fixes].flatMap(([message, edits]): Array<[number, ReadonlyArray<TextEdit>]> => {
      const index = position.get(message)
      return index === undefined ? [] : [[index, edits]]
    })
  }
}

/**
 * The file as the main thread would have had it, had it checked the file
 * itself; with `slim`, only with the links `keepForCrossFile` keeps (for a run
 * where no extension reads every link: the others are never built).
 */
export function fromTransfer(transferred: TransferredFile, slim?: KeepOptions): IndexedFile {
  const file = new VFile({ path: transferred.entry.path, value: transferred.value })
  const messages = transferred.messages.map(
    (plain) => Object.assign(Object.create(VFileMessage.prototype) as VFileMessage, plain) as Diagnostic
  )
  file.messages.push(...messages)
  const fixes = new Map<Diagnostic, ReadonlyArray<TextEdit>>(
    transferred.fixes.map(([index, edits]) => [messages[index] as Diagnostic, edits])
  )
  if (!slim) return { ...transferred.entry, links: unpackLinks(transferred.links), file, fixes }
  const { kept, hosts } = crossFileLinks(transferred.links.urls, slim)
  return { ...transferred.entry, links: unpackLinks(transferred.links, kept), secureHosts: hosts, file, fixes }
}
