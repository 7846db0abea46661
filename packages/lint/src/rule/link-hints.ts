import type { LinkVerdict, QuietFailure, QuietFailureKind } from '@roadmap/links'

/**
 * `, failing since 2026-11-30` for a link that failed in earlier runs too
 * (the scheduled check's report reads it to say how long each link has
 * failed); nothing for a first failure, which a change may have just added.
 *
 * @example
 *   failingSince({ failing: { since: Date.parse('2026-11-30'), runs: 2 }, … }) // ', failing since 2026-11-30'
 */
export function failingSince(verdict: LinkVerdict<unknown>): string {
  return verdict.failing && verdict.failing.runs > 1 ? `, failing since ${isoDate(verdict.failing.since)}` : ''
}

/**
 * `; look at …`: where to look for a failing link's page, from the checker's
 * `likely` and `possible` suggestions (its `certain` one is what `--fix`
 * writes, said by `link-redirected`); nothing when it has none.
 *
 * @example
 *   whereToLook(verdict) // '; look at `https://web.archive.org/web/http://example.com/a` (archived copies)'
 */
export function whereToLook(verdict: LinkVerdict<unknown>): string {
  const places = (verdict.suggestions ?? []).flatMap((suggestion) => {
    switch (suggestion.source) {
      case 'earlier-redirect':
        return [
          `\`${suggestion.url}\` (where it redirected${suggestion.seenAt === undefined ? '' : ` on ${isoDate(suggestion.seenAt)}`})`
        ]
      case 'https':
        return [`\`${suggestion.url}\` (it answers)`]
      case 'archive':
        return [`\`${suggestion.url}\` (archived copies)`]
      default:
        return []
    }
  })
  return places.length === 0 ? '' : `; look at ${new Intl.ListFormat('en', { type: 'disjunction' }).format(places)}`
}

/** `2026-12-06`: a date in UTC, as the link checker's reasons give it. */
function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/**
 * The verdict's quiet failure of `kind`: the page answers (`ok`, or
 * `redirected` to where it answers), but is not what the link meant.
 *
 * @example
 *   quietFailureOf(verdict, 'soft-404')?.reason // 'answers like `https://…/roadmap-lint-no-such-page-…`, …'
 */
export function quietFailureOf(verdict: LinkVerdict<unknown>, kind: QuietFailureKind): QuietFailure | undefined {
  const quiet = verdict.quietFailure
  return quiet?.kind === kind && (verdict.verdict === 'ok' || verdict.verdict === 'redirected') ? quiet : undefined
}
