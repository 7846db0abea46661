import parse from '@changesets/parse'
import type { Bump } from '../bump.js'
import { ChangesetParseError } from '../errors.js'

/** One package a changeset releases, and how. */
export interface Release {
  name: string
  type: Bump
}

/** A changeset: a `.changeset/<id>.md` file naming packages and bumps, then a summary. */
export interface Changeset {
  /** File name without `.md`, as changesets names it. */
  id: string
  releases: Release[]
  summary: string
}

/**
 * Parse the text of a changeset file with changesets' own parser
 * (`@changesets/parse`), naming the file when it cannot. An empty
 * frontmatter is valid: it is what `changeset --empty` writes for a change
 * that needs no release.
 *
 * @example
 *   parseChangeset('---\n"@roadmap/core": major\n---\n\nRemove a topic.\n', 'wild-owls').releases
 *   // [{ name: '@roadmap/core', type: 'major' }]
 */
export function parseChangeset(text: string, id: string): Changeset {
  try {
    const { releases, summary } = parse(text.replace(/^\uFEFF/, ''))
    return { id, releases: releases.map(({ name, type }) => ({ name, type })), summary }
  } catch (cause) {
    // changesets' message starts with what is wrong, then shows the text.
    const reason = ((cause as Error).message.split('\n')[0] ?? '').replace(/^could not parse changeset - /, '')
    throw new ChangesetParseError(id, `Cannot parse changeset \`${id}\`: ${reason}`, { cause })
  }
}
