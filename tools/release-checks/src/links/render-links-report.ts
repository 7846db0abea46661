import { describeFailing, failingSince } from './failing-since.js'
import { isLinkDiagnostic, type LintDiagnostic } from './link-diagnostic.js'

/** The title of the issue the weekly link check keeps up to date. */
export const linksReportTitle = 'Broken links report'

export interface LinksReportOptions {
  /** The workflow run that produced the report, linked from the text. */
  runUrl?: string | undefined
  /** Base URL of the files at the checked commit (`https://github.com/o/r/blob/<sha>`), to link each line. */
  blobUrl?: string | undefined
  /** Longest report in characters; GitHub refuses issue bodies over 65,536. */
  maxLength?: number
  /** The time of the run, to say how long each link has failed (default: now). */
  now?: Date
}

export interface LinksReport {
  /** True when no link problem was found. */
  clean: boolean
  /** How many link problems there are. */
  problems: number
  markdown: string
}

/**
 * Render the merged link diagnostics of every shard as one Markdown report:
 * a summary (with the link failing longest), then one table per file, each
 * problem with since when its link has been failing when earlier runs know
 * it. Pure: the caller reads and writes files.
 *
 * @example
 *   renderLinksReport(mergeLintReports([shard1, shard2, shard3]), { runUrl }).markdown
 */
export function renderLinksReport(
  diagnostics: readonly LintDiagnostic[],
  options: LinksReportOptions = {}
): LinksReport {
  const links = diagnostics.filter(isLinkDiagnostic)
  const others = diagnostics.length - links.length
  const check = options.runUrl ? `[link check](${options.runUrl})` : 'link check'
  const lines = [`# ${linksReportTitle}`, '']

  if (links.length === 0) {
    lines.push(`The ${check} found no broken links.`)
    if (others > 0) lines.push('', otherProblems(others))
    return { clean: true, problems: 0, markdown: `${lines.join('\n')}\n` }
  }

  const errors = links.filter((diagnostic) => diagnostic.severity === 'error').length
  const files = new Map<string, LintDiagnostic[]>()
  for (const diagnostic of links) files.set(diagnostic.file, [...(files.get(diagnostic.file) ?? []), diagnostic])

  lines.push(
    `The ${check} found ${count(links.length, 'link problem')} in ${count(files.size, 'file')}: ` +
      `${count(errors, 'error')} and ${count(links.length - errors, 'warning')}.`,
    '',
    'Fix each link in the content, or replace the resource with a better one. ' +
      '`pnpm exec roadmap-lint content --fix` rewrites redirected links to where they lead. ' +
      'A link found broken is a warning until a run a day or more later finds it broken too. ' +
      'This issue is updated by every run and closed when a run finds no problem.',
    ''
  )
  const now = options.now ?? new Date()
  const since = links.map((diagnostic) => failingSince(diagnostic.message)).filter((date) => date !== undefined)
  if (since.length > 0) {
    // ISO dates sort as text.
    const oldest = since.toSorted()[0] ?? ''
    lines.push(
      `${count(since.length, 'problem')} ${since.length === 1 ? 'says' : 'say'} since when ${since.length === 1 ? 'its link has' : 'their links have'} been failing; ` +
        `the oldest since ${describeFailing(oldest, now)}.`,
      ''
    )
  }
  lines.push('| Rule | Problems |', '| --- | ---: |')
  for (const [ruleId, total] of countBy(links, (diagnostic) => diagnostic.ruleId)) {
    lines.push(`| \`${ruleId}\` | ${total} |`)
  }
  if (others > 0) lines.push('', otherProblems(others))

  const maxLength = options.maxLength ?? 60_000
  let text = `${lines.join('\n')}\n`
  let shown = 0
  for (const [file, fileDiagnostics] of files) {
    const section = [
      '',
      `## \`${file}\``,
      '',
      '| Line | Severity | Failing since | Problem | Rule |',
      '| ---: | --- | --- | --- | --- |'
    ]
    for (const diagnostic of fileDiagnostics) section.push(row(diagnostic, options.blobUrl, now))
    const next = `${section.join('\n')}\n`
    if (text.length + next.length > maxLength) break
    text += next
    shown += fileDiagnostics.length
  }
  if (shown < links.length) {
    text += `\n…and ${count(links.length - shown, 'more problem')}: download the JSON reports from the ${check} to see them all.\n`
  }
  return { clean: false, problems: links.length, markdown: text }
}

function row(diagnostic: LintDiagnostic, blobUrl: string | undefined, now: Date): string {
  const place = diagnostic.line ? `${diagnostic.line}${diagnostic.column ? `:${diagnostic.column}` : ''}` : '–'
  const line =
    blobUrl && diagnostic.line ? `[${place}](${blobUrl}/${encodeURI(diagnostic.file)}#L${diagnostic.line})` : place
  const rule = diagnostic.url ? `[\`${diagnostic.ruleId}\`](${diagnostic.url})` : `\`${diagnostic.ruleId}\``
  const since = failingSince(diagnostic.message)
  // A failure no earlier run saw is this run's; a redirect or a quiet failure is not a failure of the request.
  const failed = diagnostic.ruleId === 'link-broken' || diagnostic.ruleId === 'link-unverifiable'
  const failing = since !== undefined ? describeFailing(since, now) : failed ? 'this run' : '–'
  return `| ${line} | ${diagnostic.severity} | ${failing} | ${cell(diagnostic.message)} | ${rule} |`
}

// A table cell is one line, and a pipe would end it early.
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
}

function otherProblems(total: number): string {
  return `${count(total, 'other problem')} ${total === 1 ? 'is' : 'are'} not about links: \`pnpm lint:content\` shows ${total === 1 ? 'it' : 'them'}.`
}

function count(total: number, noun: string): string {
  return `${total} ${noun}${total === 1 ? '' : 's'}`
}

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}
