/** A semver bump as changesets names it; `none` means no release is needed. */
export type Bump = 'none' | 'patch' | 'minor' | 'major'

export const bumps: readonly Bump[] = ['none', 'patch', 'minor', 'major']

/**
 * The larger of two bumps.
 *
 * @example
 *   maxBump('patch', 'minor') // 'minor'
 */
export function maxBump(a: Bump, b: Bump): Bump {
  return bumps.indexOf(a) >= bumps.indexOf(b) ? a : b
}

/**
 * Whether `declared` is at least `required`.
 *
 * @example
 *   satisfiesBump('minor', 'major') // false
 */
export function satisfiesBump(declared: Bump, required: Bump): boolean {
  return bumps.indexOf(declared) >= bumps.indexOf(required)
}

export function isBump(value: unknown): value is Bump {
  return typeof value === 'string' && (bumps as readonly string[]).includes(value)
}
