import { expect, test } from 'vitest'
import { linkResult, reportOf, ruleExamples } from './__fixtures__/link-results.js'
import { linkProblems } from './link-problems.js'

test('one problem per place a link is used, sorted by file, line and column', () => {
  const occurrence = (file: string, line: number) => ({
    url: 'https://example.com/gone',
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 20
  })
  const report = reportOf([
    linkResult({
      url: 'https://example.com/gone',
      verdict: 'broken',
      reasonCode: 'status',
      reason: '404 Not Found',
      status: 404,
      places: [occurrence('b.md', 3), occurrence('a.md', 9), occurrence('a.md', 2)]
    })
  ])
  expect(
    linkProblems(report).map(
      (problem) => `${problem.occurrence.file}:${problem.occurrence.line} ${problem.severity} ${problem.ruleId}`
    )
  ).toEqual(['a.md:2 error link-broken', 'a.md:9 error link-broken', 'b.md:3 error link-broken'])
})

test('messages for every rule', () => {
  const results = Object.values(ruleExamples).flat()
  expect(
    linkProblems(reportOf(results)).map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message}`)
  ).toMatchInlineSnapshot(`
    [
      "error link-broken: Unexpected status 404 for \`https://example.com/gone\`; fix or remove the link",
      "error link-broken: Unexpected status 410 for \`https://example.com/old\` (redirected to \`https://example.com/archive\`); fix or remove the link",
      "error link-broken: Cannot reach \`https://exmaple.com/\`: unknown host \`exmaple.com\`; fix or remove the link",
      "error link-broken: Cannot reach \`https://example.com:8443/\`: connection refused; fix or remove the link",
      "error link-broken: Cannot reach \`https://example.com/a\`: redirect loop (\`https://example.com/a\` → \`https://example.com/b\` → \`https://example.com/a\`); fix or remove the link",
      "error link-broken: Cannot check \`http://169.254.169.254/latest/\`: refused: private address 169.254.169.254; link to a public address",
      "error link-broken: Unexpected scheme \`ftp:\` in \`ftp://ftp.example.com/file.txt\`, expected \`http:\` or \`https:\`",
      "error link-broken: Cannot reach \`http://old.example.com/guide\`: unknown host \`old.example.com\`, failing since 2026-11-30; fix or remove the link; look at \`https://new.example.com/guide\` (where it redirected on 2026-10-05) or \`https://web.archive.org/web/http://old.example.com/guide\` (archived copies)",
      "warning link-fragment-missing: Cannot find anchor \`#instal\` on \`https://example.com/guide\`; did you mean \`#install\`?",
      "warning link-fragment-missing: Cannot find anchor \`#faq\` on \`https://example.com/guide\`; fix or remove the fragment",
      "warning link-parked-domain: Cannot find the site of \`http://expired-tutorial.example/lesson-1\`, a parked domain: it answers any path (such as \`http://expired-tutorial.example/roadmap-lint-no-such-page-3f9a2c7e41d0\`) with a parking page; remove or replace the link",
      "warning link-parked-domain: Cannot find the site of \`https://gone-course.example/\`, a parked domain: it redirects to \`https://www.hugedomains.com/domain_profile.cfm?d=gone-course.example\`, a domain marketplace; remove or replace the link",
      "warning link-redirect-home: Cannot find the page at \`https://example.com/blog/2019/intro-to-caching\`: it redirects to \`https://example.com/\`, a home page; fix or remove the link",
      "warning link-redirect-login: Cannot read \`https://wiki.example.com/team/runbook\` without signing in: it redirects to \`https://wiki.example.com/login?next=%2Fteam%2Frunbook\`, a login page; link to a public page or remove the link",
      "warning link-redirected: Moved permanently: \`http://example.com/docs\` redirects to \`https://example.com/docs/\`; use the final URL",
      "warning link-soft-404: Cannot find the page at \`https://docs.example.com/v2/setup\`: it answers like \`https://docs.example.com/v2/roadmap-lint-no-such-page-3f9a2c7e41d0\`, a made-up path beside it (200, 98% the same text); fix or remove the link",
      "warning link-unchecked: Unchecked link \`https://example.com/slow\`: the run's deadline (10 min) passed; raise the deadline or split the run with --shard",
      "warning link-unverifiable: Cannot verify \`https://example.com/members\`: 403 Forbidden (access denied); check it by hand",
      "warning link-unverifiable: Cannot verify \`https://api.example.com/\`: 429 Too Many Requests (rate limited); check it by hand",
      "warning link-unverifiable: Cannot verify \`https://www.linkedin.com/in/someone\`: 999 (non-standard status; the site blocks automated checks); check it by hand",
      "warning link-unverifiable: Cannot verify \`https://example.org/\`: 403 Forbidden (Cloudflare bot challenge); check it by hand",
      "warning link-unverifiable: Cannot verify \`https://slow.example.com/\`: timed out waiting for response headers after 15 s; check it by hand",
      "warning link-unverifiable: Cannot verify \`https://down.example.com/\`: 503 Service Unavailable (server error), failing since 2026-11-23; check it by hand",
      "warning link-unverifiable: Cannot confirm yet that \`http://example.com/moved-away\` is broken (404 Not Found; failed once, first seen 2026-12-07); it is an error when a later run finds it broken too; look at \`https://example.com/moved-away\` (it answers) or \`https://web.archive.org/web/http://example.com/moved-away\` (archived copies)",
    ]
  `)
})

test('a redirected link carries the URL --fix writes', () => {
  const [problem] = linkProblems(reportOf(ruleExamples['link-redirected'] ?? []))
  expect(problem?.finalUrl).toBe('https://example.com/docs/')
})

test("--fix writes only the checker's certain suggestion: a redirect this run followed, never a likely or possible one", () => {
  const [example] = ruleExamples['link-redirected'] ?? []
  if (!example) throw new Error('no example')
  const phish = 'https://evil.example/phish'
  const fixOf = (fields: Partial<typeof example>) => linkProblems(reportOf([{ ...example, ...fields }]))[0]?.finalUrl
  expect(fixOf({})).toBe('https://example.com/docs/')
  // The checker gives no certain suggestion for a cached verdict or a target its chain does not show (suggestions.test.ts).
  expect(fixOf({ suggestions: [] })).toBeUndefined()
  expect(
    fixOf({ suggestions: [{ url: phish, certainty: 'likely', source: 'earlier-redirect', seenAt: 0 }] })
  ).toBeUndefined()
  expect(fixOf({ suggestions: [{ url: phish, certainty: 'possible', source: 'archive' }] })).toBeUndefined()
})

test("a redirect to a home page is that rule's warning only, with no fix", () => {
  const problems = linkProblems(reportOf(ruleExamples['link-redirect-home'] ?? []))
  expect(problems.map((problem) => [problem.ruleId, problem.finalUrl])).toEqual([['link-redirect-home', undefined]])
})

test('a redirected page with a missing fragment gives both warnings', () => {
  const result = linkResult({
    url: 'http://example.com/docs#setup',
    verdict: 'redirected',
    reasonCode: 'moved-permanently',
    reason: '301 Moved Permanently',
    finalUrl: 'https://example.com/docs#setup',
    fragment: { id: 'setup', state: 'missing' }
  })
  expect(linkProblems(reportOf([result])).map((problem) => problem.ruleId)).toEqual([
    'link-fragment-missing',
    'link-redirected'
  ])
})

test('ok, excluded and network-unreachable links give no problem', () => {
  const results = [
    linkResult({ url: 'https://example.com/', verdict: 'ok', reasonCode: 'ok', reason: '200 OK' }),
    linkResult({
      url: 'https://example.com/x',
      verdict: 'skipped',
      reasonCode: 'excluded',
      reason: 'matches an `exclude` pattern'
    }),
    linkResult({
      url: 'https://example.com/y',
      verdict: 'skipped',
      reasonCode: 'network-unreachable',
      reason: 'network unreachable'
    }),
    linkResult({
      url: 'https://example.com/z',
      verdict: 'ok',
      reasonCode: 'ok',
      reason: '200 OK',
      fragment: { id: 'a', state: 'unknown' }
    })
  ]
  expect(linkProblems(reportOf(results, { networkUnreachable: { skipped: 1 } }))).toEqual([])
})
