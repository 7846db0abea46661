// Shared by the tests: link checks without a link checker, whose verdicts
// the test gives.
import type { LinkSummary } from '@roadmap/core/pipeline-light'
import type { LinkVerdict } from '@roadmap/links'
import type { LinkChecks } from '../../src/files/link-source.js'

/** Link checks that record what `lint()` hands them and judge each URL by `verdicts`. */
export interface FakeLinkChecks extends LinkChecks {
  /** What `add` was given, by file path, in the order given. */
  added: Map<string, LinkSummary[]>
}

/**
 * Link checks for a test: `verdicts` by URL as written (every file), or
 * `failing` to make the run fail once every file is checked.
 *
 * @example
 *   const links = fakeLinkChecks({ 'https://a.test/': verdict })
 *   await lint({ paths, cwd, links })
 */
export function fakeLinkChecks(
  verdicts: Readonly<Record<string, LinkVerdict<unknown>>> = {},
  options: { failing?: boolean } = {}
): FakeLinkChecks {
  const added = new Map<string, LinkSummary[]>()
  const checks: FakeLinkChecks = {
    added,
    add: (path, links) => added.set(path, [...(added.get(path) ?? []), ...links]),
    verdicts: async () => {
      if (options.failing) throw new Error('the run failed')
      return (path) => (url) => (added.get(path)?.some((link) => link.url === url) ? verdicts[url] : undefined)
    },
    replay: () => checks
  }
  return checks
}
