import { kebabCasePattern } from '../schema/kebab-case.js'

/** What a path inside `content/` is, according to the layout. */
export type ContentPath =
  | { kind: 'roadmap'; roadmapId: string }
  | { kind: 'step'; roadmapId: string; stepId: string; order: number }
  | { kind: 'unexpected'; reason: string }

const stepFileName = /^(\d{2})-(.+)\.md$/

/**
 * Classify a file by its last two path segments: `<roadmap-id>/roadmap.md` or
 * `<roadmap-id>/<NN>-<step-id>.md`.
 *
 * @example
 *   classifyContentPath('content/backend/03-databases.md')
 *   // { kind: 'step', roadmapId: 'backend', stepId: 'databases', order: 3 }
 */
export function classifyContentPath(path: string): ContentPath {
  const segments = path.split(/[\\/]/).filter(Boolean)
  const name = segments.at(-1) ?? ''
  const roadmapId = segments.at(-2) ?? ''

  if (!kebabCasePattern.test(roadmapId)) {
    return {
      kind: 'unexpected',
      reason: `Unexpected roadmap folder \`${roadmapId}\`, expected a kebab-case id such as \`backend\``
    }
  }
  if (name === 'roadmap.md') return { kind: 'roadmap', roadmapId }

  const match = stepFileName.exec(name)
  if (!match) {
    return {
      kind: 'unexpected',
      reason: `Unexpected file \`${name}\`, expected \`roadmap.md\` or a step file named \`NN-step-id.md\``
    }
  }
  const order = Number(match[1])
  const stepId = match[2] ?? ''
  if (order < 1) {
    return {
      kind: 'unexpected',
      reason: `Unexpected step number \`${match[1]}\` in \`${name}\`, expected \`01\` to \`99\``
    }
  }
  if (!kebabCasePattern.test(stepId)) {
    return {
      kind: 'unexpected',
      reason: `Unexpected step id \`${stepId}\` in \`${name}\`, expected a kebab-case id such as \`03-databases.md\``
    }
  }
  return { kind: 'step', roadmapId, stepId, order }
}
