// The `--format sarif` report as GitHub code scanning takes it: Microsoft's
// SARIF multitool, with GitHub's rules (`--rule-kind Gh;Ghas`, the checks
// code scanning applies on upload), finds nothing in the report of a run with
// problems. The multitool's other rules ("Sarif") are left out: one of them
// fetches every URL in the log, and tests touch loopback only.
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'
import { runCapturing } from '../../test/helpers/content.js'
import { expectValid } from '../formatters/__fixtures__/sarif-validator.js'
import { errors, project, temporary } from './__fixtures__/projects.js'

/** The multitool's self-contained binary (a .NET program), from its npm package for this platform. */
const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string

interface ValidationLog {
  runs: Array<{
    tool: { driver: { rules?: Array<{ id: string; messageStrings?: Record<string, { text: string }> }> } }
    results: Array<{ ruleId: string; message: { text?: string; id?: string; arguments?: string[] } }>
  }>
}

/** What the multitool's GitHub rules report on the SARIF log at `path`, as `GH2012: …` lines. */
async function githubFindings(path: string): Promise<string[]> {
  const output = join(await temporary(), 'validation.sarif')
  await promisify(execFile)(
    multitool,
    ['validate', '--rule-kind', 'Gh;Ghas', '--level', 'Error;Warning', '--output', output, path],
    // Runs on machines without ICU; no telemetry.
    { env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' } }
  )
  const log = JSON.parse(await readFile(output, 'utf8')) as ValidationLog
  return log.runs.flatMap((run) =>
    run.results.map(({ ruleId, message }) => {
      // Its messages are templates (`{0}: This 'reportingDescriptor' object …`) in its rules' metadata.
      const template = run.tool.driver.rules?.find((rule) => rule.id === ruleId)?.messageStrings?.[message.id ?? '']
      const text =
        message.text ?? template?.text.replace(/\{(\d+)\}/g, (_, index) => message.arguments?.[Number(index)] ?? '')
      return `${ruleId}: ${text ?? message.id}`
    })
  )
}

test("a run's SARIF report passes the multitool's GitHub rules: every rule has its help", async () => {
  const root = await project(errors)
  const run = await runCapturing(['--offline', '-f', 'sarif', '-o', 'lint.sarif'], { cwd: root })
  expect(run.code).toBe(1)
  const report = await readFile(join(root, 'lint.sarif'), 'utf8')
  expectValid(report)
  expect(JSON.parse(report).runs[0].results).toHaveLength(2)
  expect(await githubFindings(join(root, 'lint.sarif'))).toEqual([])
}, 60_000)

test('the check can fail: a rule without help is GH2012', async () => {
  const root = await project(errors)
  await runCapturing(['--offline', '-f', 'sarif', '-o', 'lint.sarif'], { cwd: root })
  const log = JSON.parse(await readFile(join(root, 'lint.sarif'), 'utf8'))
  delete log.runs[0].tool.driver.rules[0].help
  await writeFile(join(root, 'broken.sarif'), JSON.stringify(log))
  expect(await githubFindings(join(root, 'broken.sarif'))).toEqual([
    expect.stringMatching(/^GH2012: runs\[0\]\.tool\.driver\.rules\[0\]: .*'help'/)
  ])
}, 60_000)
