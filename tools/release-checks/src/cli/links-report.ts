import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { LinkReportError, UsageError } from '../errors.js'
import { mergeLintReports, parseLintReport } from '../links/link-diagnostic.js'
import { renderLinksReport } from '../links/render-links-report.js'
import { parseCliArgs } from './args.js'
import { runCli, type CliIo } from './io.js'

const usage = `Usage: links-report [--output FILE] [--shards N] [--run-url URL] [--blob-url URL] REPORT.json…

Merge the JSON reports of the sharded link check (roadmap-lint --format json)
into one Markdown report.

Options:
  --output FILE    write the report to FILE (default: standard output)
  --shards N       fail (exit 2) unless exactly N reports are given
  --run-url URL    the workflow run, linked from the report
  --blob-url URL   base URL of the checked files, to link each line
                   (such as https://github.com/OWNER/REPO/blob/SHA)
  -h, --help       show this help

Exit codes: 0 no link problem, 1 link problems found, 2 usage or internal error
(such as a missing or malformed report).`

/**
 * The `links-report` command. Returns the exit code.
 *
 * @example
 *   process.exitCode = await runLinksReport(['--output', 'report.md', 'links-1.json'], processIo())
 */
export function runLinksReport(argv: readonly string[], io: CliIo): Promise<number> {
  return runCli('links-report', io, async () => {
    const { values, positionals } = parseCliArgs(
      argv,
      {
        output: { type: 'string' },
        shards: { type: 'string' },
        'run-url': { type: 'string' },
        'blob-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      usage,
      true
    )
    if (values.help) {
      io.stdout(`${usage}\n`)
      return 0
    }
    if (positionals.length === 0) throw new UsageError(`Missing the JSON reports to merge\n\n${usage}`)
    if (values.shards !== undefined) {
      const shards = Number(values.shards)
      if (!Number.isInteger(shards) || shards < 1)
        throw new UsageError(`Unexpected \`--shards ${values.shards}\`, expected a positive whole number`)
      if (positionals.length !== shards) {
        throw new LinkReportError(
          `Expected ${shards} shard reports, got ${positionals.length}: a shard of the link check did not finish, so the report would be incomplete`
        )
      }
    }

    const reports = await Promise.all(
      positionals.map(async (file) => {
        let text: string
        try {
          text = await readFile(resolve(io.cwd, file), 'utf8')
        } catch (cause) {
          throw new LinkReportError(`Cannot read the report \`${file}\``, { cause })
        }
        return parseLintReport(text, file)
      })
    )
    const report = renderLinksReport(mergeLintReports(reports), {
      runUrl: values['run-url'],
      blobUrl: values['blob-url']
    })
    if (values.output) {
      await writeFile(resolve(io.cwd, values.output), report.markdown)
      io.stdout(report.clean ? 'No link problems.\n' : `${report.problems} link problem(s); wrote ${values.output}.\n`)
    } else {
      io.stdout(report.markdown)
    }
    return report.clean ? 0 : 1
  })
}
