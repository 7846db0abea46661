// The link rules judge a link by the link checker's verdict on its URL. Docs
// examples are tests: each link rule's page lists, under "## Messages", the
// exact messages for the example verdicts in __fixtures__/link-verdicts.ts.
import { readFile } from 'node:fs/promises'
import { summarizeFile, type LinkSummary } from '@roadmap/core/pipeline-light'
import type { LinkVerdict } from '@roadmap/links'
import { expect, test } from 'vitest'
import { checkLinks } from '../linter/check-links.js'
import type { LinkRule } from '../rule/define-rule.js'
import { linkRuleIds } from '../rule-ids.js'
import { linkResult, ruleExamples } from './__fixtures__/link-verdicts.js'
import { lintRules } from './index.js'

const docs = new URL('../../docs/rules/', import.meta.url)
const linkRules = lintRules.filter((rule): rule is LinkRule => rule.scope === 'link')

/** The messages the link rules give a link at line 12, columns 3–48, with this verdict (and a destination, for a fix). */
function judge(verdicts: ReadonlyArray<LinkVerdict<string>>, destination?: LinkSummary['destination']) {
  return verdicts.flatMap((verdict) => {
    const path = '/content/backend/01-internet.md'
    const link: LinkSummary = {
      url: verdict.url,
      protocol: 'https:',
      host: 'example.com',
      position: { start: { line: 12, column: 3, offset: 300 }, end: { line: 12, column: 48, offset: 345 } },
      destination,
      resource: true,
      title: undefined,
      titleRange: undefined
    }
    const summary = { ...summarizeFile(undefined, path, 'backend'), links: [link] }
    const messages = checkLinks(
      summary,
      (url) => (url === verdict.url ? verdict : undefined),
      linkRules,
      () => undefined
    )
    return messages.map((message) => ({
      ruleId: message.ruleId,
      severity: message.fatal ? 'error' : 'warning',
      message: message.reason,
      fix: (message as { fix?: unknown }).fix
    }))
  })
}

test('every link rule has a docs URL and an example; only link-broken is an error', () => {
  expect(linkRules.map((rule) => rule.meta.id).sort()).toEqual(Object.values(linkRuleIds).sort())
  for (const rule of linkRules) {
    expect(rule.meta.url).toBe(
      `https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/${rule.meta.id}.md`
    )
    expect(ruleExamples[rule.meta.id]?.length, rule.meta.id).toBeGreaterThan(0)
  }
  expect(linkRules.filter((rule) => rule.meta.defaultSeverity === 'error').map((rule) => rule.meta.id)).toEqual([
    'link-broken'
  ])
})

test.each(linkRules.map((rule) => [rule.meta.id, rule] as const))(
  'docs/rules/%s.md shows the exact messages',
  async (id, rule) => {
    const page = await readFile(new URL(`${id}.md`, docs), 'utf8')
    expect(page.startsWith(`# ${id}\n\n${rule.meta.description}.\n`)).toBe(true)
    expect(page).toContain(`- Default severity: **${rule.meta.defaultSeverity}**`)
    const section = page.slice(page.indexOf('## Messages'))
    const documented = /```text\n([\s\S]*?)```/.exec(section)?.[1]?.split('\n').filter(Boolean)
    const problems = judge(ruleExamples[id] ?? [])
    expect(problems.every((problem) => problem.ruleId === id)).toBe(true)
    expect(documented).toEqual(problems.map((problem) => problem.message))
  }
)

test('messages for every rule', () => {
  expect(
    judge(Object.values(ruleExamples).flat())
      .sort((a, b) => (a.ruleId ?? '').localeCompare(b.ruleId ?? ''))
      .map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message}`)
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

test('a redirected link whose destination is known carries the URL --fix writes, and says so', () => {
  const [problem] = judge(ruleExamples['link-redirected'] ?? [], { start: 310, end: 333 })
  expect(problem?.fix).toEqual({ range: [310, 333], text: 'https://example.com/docs/' })
  expect(problem?.message).toMatch(/; use the final URL \(fixable with --fix\)$/)
})

test("--fix writes only the checker's certain suggestion: a redirect this run followed, never a likely or possible one", () => {
  const [example] = ruleExamples['link-redirected'] ?? []
  if (!example) throw new Error('no example')
  const phish = 'https://evil.example/phish'
  const fixOf = (fields: Partial<typeof example>) =>
    (judge([{ ...example, ...fields }], { start: 0, end: 1 })[0]?.fix as { text: string } | undefined)?.text
  expect(fixOf({})).toBe('https://example.com/docs/')
  // The checker gives no certain suggestion for a cached verdict or a target its chain does not show (suggestions.test.ts).
  expect(fixOf({ suggestions: [] })).toBeUndefined()
  // Nor is a verdict the run did not ask for itself written, whatever a (planted) cache gave it.
  expect(fixOf({ cached: true, attempts: 0 })).toBeUndefined()
  expect(
    fixOf({ suggestions: [{ url: phish, certainty: 'likely', source: 'earlier-redirect', seenAt: 0 }] })
  ).toBeUndefined()
  expect(fixOf({ suggestions: [{ url: phish, certainty: 'possible', source: 'archive' }] })).toBeUndefined()
})

test("a redirect to a home page is that rule's warning only, with no fix", () => {
  const problems = judge(ruleExamples['link-redirect-home'] ?? [], { start: 310, end: 333 })
  expect(problems.map((problem) => [problem.ruleId, problem.fix])).toEqual([['link-redirect-home', undefined]])
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
  expect(judge([result]).map((problem) => problem.ruleId)).toEqual(['link-fragment-missing', 'link-redirected'])
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
  expect(judge(results)).toEqual([])
})
