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
      "warning link-fragment-missing: Cannot find anchor \`#instal\` on \`https://example.com/guide\`; did you mean \`#install\`?",
      "warning link-fragment-missing: Cannot find anchor \`#faq\` on \`https://example.com/guide\`; fix or remove the fragment",
      "warning link-redirected: Moved permanently: \`http://example.com/docs\` redirects to \`https://example.com/docs/\`; use the final URL",
      "warning link-unchecked: Unchecked link \`https://example.com/slow\`: the run's deadline (10 min) passed; raise the deadline or split the run with --shard",
      "warning link-unverifiable: Cannot verify \`https://example.com/members\`: 403 Forbidden (access denied); check it by hand",
      "warning link-unverifiable: Cannot verify \`https://api.example.com/\`: 429 Too Many Requests (rate limited); check it by hand",
      "warning link-unverifiable: Cannot verify \`https://www.linkedin.com/in/someone\`: 999 (non-standard status; the site blocks automated checks); check it by hand",
      "warning link-unverifiable: Cannot verify \`https://example.org/\`: 403 Forbidden (Cloudflare bot challenge); check it by hand",
      "warning link-unverifiable: Cannot verify \`https://slow.example.com/\`: timed out waiting for response headers after 15 s; check it by hand",
      "warning link-unverifiable: Cannot verify \`https://down.example.com/\`: 503 Service Unavailable (server error); check it by hand",
    ]
  `)
})

test('a redirected link carries the URL --fix writes', () => {
  const [problem] = linkProblems(reportOf(ruleExamples['link-redirected'] ?? []))
  expect(problem?.finalUrl).toBe('https://example.com/docs/')
})

test('--fix writes only a redirect the run itself followed: never a cached verdict, nor a target its chain does not show', () => {
  const [example] = ruleExamples['link-redirected'] ?? []
  if (!example) throw new Error('no example')
  const phish = 'https://evil.example/phish'
  const fixOf = (fields: Partial<typeof example>) => linkProblems(reportOf([{ ...example, ...fields }]))[0]?.finalUrl
  expect(fixOf({})).toBe('https://example.com/docs/')
  expect(fixOf({ cached: true, attempts: 0 })).toBeUndefined()
  expect(fixOf({ finalUrl: phish })).toBeUndefined()
  expect(fixOf({ redirects: [{ url: example.url, status: 302, to: phish }], finalUrl: phish })).toBeUndefined()
  // The link's fragment rides along on the target the chain shows.
  expect(fixOf({ url: `${example.url}#setup`, finalUrl: 'https://example.com/docs/#setup' })).toBe(
    'https://example.com/docs/#setup'
  )
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
