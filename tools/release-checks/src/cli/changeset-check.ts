import { checkChangesetPresence } from '../presence/check-changeset-presence.js'
import { parseCliArgs } from './args.js'
import { githubAnnotation, runCli, type CliIo } from './io.js'

const usage = `Usage: changeset-check [--base REF] [--content DIR]

Fail when content/ or a publishable package's source changed since the base
without a new changeset. A content change needs a changeset that names
@roadmap/core.

Options:
  --base REF       compare with the merge-base of HEAD and REF
                   (default: origin/main, else main, else HEAD~1)
  --content DIR    the content folder, relative to the repository root (default: content)
  -h, --help       show this help

Exit codes: 0 the changesets are there (or none is needed), 1 a changeset is
missing, 2 usage or internal error (such as an unknown ref).`

/**
 * The `changeset-check` command (`pnpm changeset:check`). Returns the exit code.
 *
 * @example
 *   process.exitCode = await runChangesetCheck([], processIo())
 */
export function runChangesetCheck(argv: readonly string[], io: CliIo): Promise<number> {
  return runCli('changeset-check', io, async () => {
    const { values } = parseCliArgs(
      argv,
      { base: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      usage
    )
    if (values.help) {
      io.stdout(`${usage}\n`)
      return 0
    }
    const result = await checkChangesetPresence({
      cwd: io.cwd,
      base: values.base,
      ...(values.content ? { contentPath: values.content } : {})
    })
    const lines = [`Compared the work tree with ${result.base.description}.`, '']

    if (result.problems.length > 0) {
      lines.push(...result.problems)
      io.stdout(`${lines.join('\n')}\n`)
      githubAnnotation(io, 'error', 'Missing changeset', result.problems.join('\n'))
      return 1
    }

    const names = result.changesets.map((changeset) => `\`${changeset.id}\``).join(', ')
    if (result.versioning) {
      lines.push('This change consumes pending changesets (a version change): it needs no new changeset.')
    } else if (result.contentFiles.length === 0 && result.packageChanges.length === 0) {
      lines.push('Neither the content nor a publishable package changed: no changeset needed.')
    } else {
      const changed = [
        ...(result.contentFiles.length > 0 ? ['the content'] : []),
        ...result.packageChanges.map((change) => `\`${change.name}\``)
      ].join(', ')
      lines.push(`Changed: ${changed}. Changesets: ${names}.`)
    }
    io.stdout(`${lines.join('\n')}\n`)
    return 0
  })
}
