import { satisfiesBump, type Bump } from '../bump.js'
import type { ContentChange } from './compare-datasets.js'

/** The package that ships the dataset built from `content/`. */
export const corePackageName = '@roadmap/core'

export interface CompatVerdict {
  /** The bump the content changes need. */
  requiredBump: Bump
  /** The largest bump the changesets of this branch declare for `@roadmap/core`. */
  declaredBump: Bump
  /** Whether the declared bump is at least the required one. */
  satisfied: boolean
}

/**
 * Judge a declared bump against the required one.
 *
 * @example
 *   judgeCompat('major', 'minor').satisfied // false
 */
export function judgeCompat(requiredBump: Bump, declaredBump: Bump): CompatVerdict {
  return { requiredBump, declaredBump, satisfied: satisfiesBump(declaredBump, requiredBump) }
}

/**
 * One sentence about one change, in the words a contributor uses.
 *
 * @example
 *   describeChange({ kind: 'removed', level: 'topic', id: 'backend/databases/indexing', bump: 'major' })
 *   // 'Removed topic `backend/databases/indexing`: consumers lose progress stored against it.'
 */
export function describeChange(change: ContentChange): string {
  const what = `${change.level} \`${change.id}\``
  switch (change.kind) {
    case 'removed': {
      const lost =
        change.level === 'topic' ? 'it' : `it and its ${change.level === 'roadmap' ? 'steps and topics' : 'topics'}`
      if (change.alias)
        return `Removed the former ${change.level} key \`${change.id}\` from \`${change.level === 'step' ? 'aliases' : 'topic-aliases'}\`: it leads nowhere now, so consumers lose progress stored under it.`
      if (change.renamedTo) {
        return `Renamed ${what} to \`${change.renamedTo}\`: consumers lose progress stored against the old id${change.level === 'topic' ? '' : ` and the ids under it`}; to keep it, ${aliasHint(change.level, change.id, change.renamedTo)}.`
      }
      return `Removed ${what}: consumers lose progress stored against ${lost}.`
    }
    case 'moved':
      return `Moved ${what} to \`${change.movedTo}\`: an alias keeps the progress stored under the old key for consumers that follow aliases.`
    case 'added':
      return `Added ${what}.`
    case 'changed':
      return `Changed ${what}: ${change.fields.join(', ')}.`
  }
}

/** What to write in the step file that has the item now, so the old key becomes its alias. */
function aliasHint(level: ContentChange['level'], id: string, now: string): string {
  if (level === 'roadmap') return 'rename the folder back'
  if (level === 'step') return `add \`aliases: [${id}]\` to the frontmatter of step \`${now}\``
  const topic = now.slice(now.lastIndexOf('/') + 1)
  const step = now.slice(0, now.lastIndexOf('/'))
  return `add \`${topic}: [${id}]\` under \`topic-aliases\` in the frontmatter of step \`${step}\``
}

const reasons: Record<Exclude<Bump, 'none'>, string> = {
  major: 'removed or renamed ids break the progress consumers stored',
  minor: 'new ids are new features; moved ids keep their old keys as aliases',
  patch: 'text edits keep every id'
}

/**
 * The closing sentence of a compatibility report: what is needed, what is
 * declared, and what to do about it.
 */
export function describeVerdict(verdict: CompatVerdict): string {
  const { requiredBump, declaredBump } = verdict
  if (requiredBump === 'none') {
    return `No roadmap, step or topic changed: content needs no changeset for \`${corePackageName}\`.`
  }
  const need = `This needs a \`${requiredBump}\` changeset for \`${corePackageName}\` (${reasons[requiredBump]})`
  if (verdict.satisfied) {
    return `${need}, and the changesets of this branch declare \`${declaredBump}\`.`
  }
  if (declaredBump === 'none') {
    return `${need}: run \`pnpm changeset\`, select \`${corePackageName}\` and choose \`${requiredBump}\`.`
  }
  return `${need}, but the changesets of this branch declare only \`${declaredBump}\`: change that changeset to \`${requiredBump}\` or run \`pnpm changeset\`.`
}
