import { describe, expect, it } from 'vitest'
import { LinkReportError } from '../errors.js'
import { mergeLintReports, parseLintReport, type LintDiagnostic } from './link-diagnostic.js'
import { renderLinksReport } from './render-links-report.js'

const docs = 'https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules'

function diagnostic(
  init: Partial<LintDiagnostic> & Pick<LintDiagnostic, 'file' | 'line' | 'ruleId' | 'message'>
): LintDiagnostic {
  return { column: 3, endLine: init.line, endColumn: 40, severity: 'error', url: `${docs}/${init.ruleId}.md`, ...init }
}

const broken = diagnostic({
  file: 'content/backend/03-databases.md',
  line: 14,
  ruleId: 'link-broken',
  message: 'Unexpected status 404 for `https://example.com/gone`, failing since 2026-11-30; fix or remove the link'
})
const redirected = diagnostic({
  file: 'content/backend/01-programming-fundamentals.md',
  line: 20,
  ruleId: 'link-redirected',
  severity: 'warning',
  message: 'Unexpected redirect from `http://a.example` to `https://a.example/|b`'
})
const structure = diagnostic({
  file: 'content/backend/roadmap.md',
  line: 1,
  ruleId: 'heading-depth',
  message: 'Unexpected `###`'
})

describe('renderLinksReport', () => {
  it('renders one table per file, with a summary and links to lines and rule docs', () => {
    const report = renderLinksReport(
      mergeLintReports([
        [broken, structure],
        [redirected, structure]
      ]),
      {
        runUrl: 'https://github.com/roadmap-dev/roadmap/actions/runs/1',
        blobUrl: 'https://github.com/roadmap-dev/roadmap/blob/abc123',
        now: new Date('2026-12-07T04:30:00Z')
      }
    )
    expect(report.clean).toBe(false)
    expect(report.problems).toBe(2)
    expect(report.markdown).toMatchInlineSnapshot(`
      "# Broken links report

      The [link check](https://github.com/roadmap-dev/roadmap/actions/runs/1) found 2 link problems in 2 files: 1 error and 1 warning.

      Fix each link in the content, or replace the resource with a better one. \`pnpm exec roadmap-lint content --fix\` rewrites redirected links to where they lead. A link found broken is a warning until a run a day or more later finds it broken too. This issue is updated by every run and closed when a run finds no problem.

      1 problem says since when its link has been failing; the oldest since 2026-11-30 (7 days).

      | Rule | Problems |
      | --- | ---: |
      | \`link-broken\` | 1 |
      | \`link-redirected\` | 1 |

      1 other problem is not about links: \`pnpm lint:content\` shows it.

      ## \`content/backend/01-programming-fundamentals.md\`

      | Line | Severity | Failing since | Problem | Rule |
      | ---: | --- | --- | --- | --- |
      | [20:3](https://github.com/roadmap-dev/roadmap/blob/abc123/content/backend/01-programming-fundamentals.md#L20) | warning | – | Unexpected redirect from \`http://a.example\` to \`https://a.example/\\|b\` | [\`link-redirected\`](https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/link-redirected.md) |

      ## \`content/backend/03-databases.md\`

      | Line | Severity | Failing since | Problem | Rule |
      | ---: | --- | --- | --- | --- |
      | [14:3](https://github.com/roadmap-dev/roadmap/blob/abc123/content/backend/03-databases.md#L14) | error | 2026-11-30 (7 days) | Unexpected status 404 for \`https://example.com/gone\`, failing since 2026-11-30; fix or remove the link | [\`link-broken\`](https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/link-broken.md) |
      "
    `)
  })

  it('says so when no link is broken', () => {
    expect(renderLinksReport([])).toEqual({
      clean: true,
      problems: 0,
      markdown: '# Broken links report\n\nThe link check found no broken links.\n'
    })
  })

  it('stays under the length GitHub accepts, saying how many problems it left out', () => {
    const many = Array.from({ length: 400 }, (_, index) =>
      diagnostic({
        file: `content/web/${String(index).padStart(3, '0')}.md`,
        line: 1,
        ruleId: 'link-broken',
        message: 'Gone '.repeat(20)
      })
    )
    const report = renderLinksReport(many, { maxLength: 10_000 })
    expect(report.markdown.length).toBeLessThan(10_200)
    expect(report.problems).toBe(400)
    expect(report.markdown).toMatch(
      /…and \d+ more problems: download the JSON reports from the link check to see them all\.\n$/
    )
  })
})

describe('parseLintReport', () => {
  it('reads the JSON array roadmap-lint writes', () => {
    expect(parseLintReport(JSON.stringify([broken]), 'links-1.json')).toEqual([broken])
  })

  it('names the entry with the wrong shape', () => {
    expect(() => parseLintReport('[{"file": "a.md"}]', 'links-2.json')).toThrow(LinkReportError)
    expect(() => parseLintReport('[{"file": "a.md"}]', 'links-2.json')).toThrow(
      /^Unexpected shape of `links-2.json` at `0.ruleId`/
    )
    expect(() => parseLintReport('{', 'links-3.json')).toThrow('Cannot parse `links-3.json` as JSON')
  })
})
