import type { Diagnostic } from '@roadmap/core/pipeline'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { IndexedFile } from '../../rule/content.js'
import { crossFileLinks, type KeepOptions } from '../keep-for-cross-file.js'
import { packLinks, unpackLinks, type PackedLinks } from './pack-links.js'

/**
 * A checked file as plain data, as the content cache keeps it: messages as
 * plain objects (their fixes on them), links packed.
 */
export interface TransferredFile {
  entry: Omit<IndexedFile, 'file' | 'links'>
  /** The file's links, packed (a large library has 100,000 of them). */
  links: PackedLinks
  value: VFile['value'] | undefined
  /** Every own property of each message (its fix included), in order. */
  messages: Array<Record<string, unknown>>
}

/** A checked file as plain data. */
export function toTransfer(indexed: IndexedFile, options: { withValue: boolean }): TransferredFile {
  const { file, links, ...entry } = indexed
  return {
    entry,
    links: packLinks(links),
    value: options.withValue ? file.value : undefined,
    messages: (file.messages as Diagnostic[]).map((message) => ({ ...message }))
  }
}

/**
 * The file as checking it gave it; with `slim`, only with the links
 * `keepForCrossFile` keeps (for a run where no extension reads every link:
 * the others are never built).
 */
export function fromTransfer(transferred: TransferredFile, slim?: KeepOptions): IndexedFile {
  const file = new VFile({ path: transferred.entry.path, value: transferred.value })
  const messages = transferred.messages.map(
    (plain) => Object.assign(Object.create(VFileMessage.prototype) as VFileMessage, plain) as Diagnostic
  )
  file.messages.push(...messages)
  if (!slim) return { ...transferred.entry, links: unpackLinks(transferred.links), file }
  const { kept, hosts } = crossFileLinks(transferred.links.urls, slim)
  return { ...transferred.entry, links: unpackLinks(transferred.links, kept), secureHosts: hosts, file }
}
