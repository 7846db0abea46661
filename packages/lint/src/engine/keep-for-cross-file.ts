import { Positions, type ContentParseResult } from '@roadmap/core'
import type { IndexedFile } from './content-index.js'

/**
 * Once a file's own checks have run, keep only what the cross-file checks
 * read: ids, order, title, summary and `requires` (with their places), the
 * anchors, and the links. Without a link checker, only the links that are not
 * `https://` (relative, `#fragment`, `http://`) are kept, plus the hosts of the
 * others. What stays is copied out of the source text, so the text can go:
 * this is what keeps memory flat on a large library (see bench/README.md).
 */
export function keepForCrossFile(entry: IndexedFile, options: { keepAllLinks: boolean }): void {
  const parsed = entry.parsed
  if (parsed) {
    parsed.tree = undefined
    parsed.value = undefined
    parsed.frontmatter = undefined
    slimDraft(parsed)
  }

  if (!options.keepAllLinks) {
    const hosts = new Set<string>()
    entry.links = entry.links.filter((link) => {
      const match = /^https:\/\/([^/?#:@]+)(?:[/?#:]|$)/i.exec(link.url)
      if (!match) return true
      hosts.add(intern((match[1] ?? '').toLowerCase()))
      return false
    })
    entry.secureHosts = hosts
  }
  for (const link of entry.links) link.url = detach(link.url)
  entry.anchors = new Set([...entry.anchors].map(detach))
}

function slimDraft(parsed: ContentParseResult): void {
  if (parsed.kind === 'step' && parsed.draft) {
    const draft = parsed.draft
    const positions = new Positions()
    for (const reference of draft.requires) {
      positions.set(reference, parsed.positions.get(reference))
      reference.roadmap = detach(reference.roadmap)
      reference.step = detach(reference.step)
    }
    parsed.positions = positions
    parsed.draft = {
      ...draft,
      id: detach(draft.id),
      title: detachOptional(draft.title),
      summary: detachOptional(draft.summary),
      introduction: '',
      topics: []
    }
  } else if (parsed.kind === 'roadmap' && parsed.draft) {
    const draft = parsed.draft
    parsed.positions = new Positions()
    parsed.draft = {
      ...draft,
      id: detach(draft.id),
      title: detachOptional(draft.title),
      description: detachOptional(draft.description),
      introduction: '',
      sections: []
    }
  }
}

// Strings cut from the source (V8 sliced strings) keep the whole text alive;
// a flat copy does not. V8 copies strings shorter than 13 characters anyway.
function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1)
}

function detachOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : detach(text)
}

const interned = new Map<string, string>()

/** One string per host name, however many files link it. */
function intern(host: string): string {
  let value = interned.get(host)
  if (value === undefined) {
    value = detach(host)
    interned.set(value, value)
  }
  return value
}
