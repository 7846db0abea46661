import { describeChange, describeVerdict } from '../compat/describe.js'
import { checkContentCompat } from '../compat/check-content-compat.js'
import { parseCliArgs } from './args.js'
import { githubAnnotation, runCli, type CliIo } from './io.js'

const usage = `Usage: content-compat [--base REF] [--content DIR]

Compare the dataset built from content/ with the one built from the base, and
check that the changesets added since the base bump @roadmap/core enough
(a changeset already on the base does not count, as in changeset-check): a removed or
renamed roadmap, step or topic id needs major, a new one minor, a text edit patch;
an id that is now an alias of a live one (\`aliases\`, \`topic-aliases\`) moved: minor.

Options:
  --base REF       compare with the merge-base of HEAD and REF
                   (default: origin/main, else main, else HEAD~1)
  --content DIR    the content folder, relative to the repository root (default: content)
  -h, --help       show this help

Exit codes: 0 the bump is declared (or none is needed), 1 a bigger bump is
needed, 2 usage or internal error (such as an unknown ref).`

/**
 * The `content-compat` command (`pnpm content:compat`). Returns the exit code.
 *
 * @example
 *   process.exitCode = await runContentCompat(['--base', 'HEAD~1'], processIo())
 */
export function runContentCompat(argv: readonly string[], io: CliIo): Promise<number> {
  return runCli('content-compat', io, async () => {
    const { values } = parseCliArgs(
      argv,
      { base: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      usage
    )
    if (values.help) {
      io.stdout(`${usage}\n`)
      return 0
    }
    const { base, comparison, verdict, warnings } = await checkContentCompat({
      cwd: io.cwd,
      base: values.base,
      ...(values.content ? { contentPath: values.content } : {})
    })

    const lines = [`Compared the content with ${base.description}.`, '']
    for (const warning of warnings) lines.push(`Warning: ${warning}`, '')
    if (comparison.changes.length > 0) {
      lines.push(...comparison.changes.map(describeChange), '')
    }
    const conclusion = describeVerdict(verdict)
    lines.push(conclusion)
    io.stdout(`${lines.join('\n')}\n`)

    if (!verdict.satisfied) {
      const breaking = comparison.changes.filter((change) => change.bump === verdict.requiredBump).map(describeChange)
      githubAnnotation(io, 'error', 'Content compatibility', [...breaking, conclusion].join('\n'))
      return 1
    }
    return 0
  })
}
