import { parse as parseYaml } from 'yaml'
import { isBump, type Bump } from '../bump.js'
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

const frontmatterPattern = /^---[ \t]*(\r?\n[\s\S]*?)?\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/

/**
 * Parse the text of a changeset file. An empty frontmatter is valid: it is
 * what `changeset --empty` writes for a change that needs no release.
 *
 * @example
 *   parseChangeset('---\n"@roadmap/core": major\n---\n\nRemove a topic.\n', 'wild-owls').releases
 *   // [{ name: '@roadmap/core', type: 'major' }]
 */
export function parseChangeset(text: string, id: string): Changeset {
  const match = frontmatterPattern.exec(text.replace(/^\uFEFF/, '').trimStart())
  if (!match) {
    throw new ChangesetParseError(id, `Cannot find the frontmatter of changeset \`${id}\`, expected it to start with \`---\``)
  }
  let data: unknown
  try {
    data = parseYaml(match[1] ?? '')
  } catch (cause) {
    throw new ChangesetParseError(id, `Cannot parse the frontmatter of changeset \`${id}\` as YAML`, { cause })
  }
  const releases: Release[] = []
  if (data !== null && data !== undefined) {
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new ChangesetParseError(id, `Unexpected frontmatter in changeset \`${id}\`, expected package names mapped to bumps`)
    }
    for (const [name, type] of Object.entries(data)) {
      if (!isBump(type)) {
        throw new ChangesetParseError(
          id,
          `Unexpected bump \`${String(type)}\` for \`${name}\` in changeset \`${id}\`, expected \`major\`, \`minor\`, \`patch\` or \`none\``
        )
      }
      releases.push({ name, type })
    }
  }
  return { id, releases, summary: (match[2] ?? '').trim() }
}
