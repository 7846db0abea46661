import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, stepsOf, workflowFiles, type Yaml } from './helpers/workflows.js'

// Issue 33: a pull request must not be able to plant a cache a later run
// trusts, and what builds and tests the code must not be able to push,
// publish or sign. SECURITY.md describes the same.
describe('caches and permissions a pull request cannot reach', () => {
  const workflows = workflowFiles.map((name) => ({ name, workflow: parse(join('workflows', name)) }))
  const jobsOf = (workflow: Yaml) => Object.entries(workflow['jobs'] as Record<string, Yaml>)
  const usesOf = (step: Yaml) => (typeof step['uses'] === 'string' ? step['uses'] : '')
  const cacheSteps = workflows.flatMap(({ name, workflow }) =>
    stepsOf(workflow)
      .filter((step) => usesOf(step).startsWith('actions/cache'))
      .map((step) => ({ name, step }))
  )

  it('caches live outside the workspace, restored or saved explicitly, never the save-at-the-end action', () => {
    expect(cacheSteps.length).toBeGreaterThan(0)
    for (const { name, step } of cacheSteps) {
      expect(usesOf(step), name).toMatch(/^actions\/cache\/(?:restore|save)@/)
      expect((step['with'] as Yaml)['path'], `${name}: ${step['name']}`).toMatch(
        /^\$\{\{ runner\.temp \}\}\/roadmap-lint\//
      )
    }
  })

  it('caches are saved from main only', () => {
    const saves = cacheSteps.filter(({ step }) => usesOf(step).startsWith('actions/cache/save@'))
    expect(saves.length).toBeGreaterThan(0)
    for (const { name, step } of saves) {
      expect(step['if'], `${name}: ${step['name']}`).toEqual(expect.stringContaining("github.ref == 'refs/heads/main'"))
    }
    // content.yml runs on pull requests only: it restores, and never saves.
    expect(cacheSteps.filter(({ name }) => name === 'content.yml').map(({ step }) => usesOf(step))).toEqual([
      expect.stringMatching(/^actions\/cache\/restore@/)
    ])
  })

  it('every roadmap-lint run names its caches under $RUNNER_TEMP on the command line', () => {
    const runs = workflows.flatMap(({ workflow }) =>
      stepsOf(workflow)
        .map((step) => step['run'])
        .filter((run): run is string => typeof run === 'string' && /roadmap-lint content|lint:content/.test(run))
    )
    expect(runs.length).toBeGreaterThan(3)
    for (const run of runs) {
      expect(run).toContain('--content-cache "$RUNNER_TEMP/roadmap-lint/')
      if (!run.includes('--offline')) expect(run).toContain('--cache-file "$RUNNER_TEMP/roadmap-lint/')
    }
  })

  it('every checkout leaves no credentials behind', () => {
    for (const { name, workflow } of workflows) {
      for (const step of stepsOf(workflow).filter((step) => usesOf(step).startsWith('actions/checkout@'))) {
        expect((step['with'] as Yaml | undefined)?.['persist-credentials'], name).toBe(false)
      }
    }
  })

  it('release.yml builds and tests read-only; only the job that publishes has write permissions and the npm token', () => {
    const release = workflows.find(({ name }) => name === 'release.yml')?.workflow
    if (!release) throw new Error('no release.yml')
    const jobs = jobsOf(release)
    const text = (job: Yaml) => JSON.stringify(job['steps'])
    const runsCode = (job: Yaml) => /pnpm (?:build|test|release)\b/.test(text(job))
    const publishing = jobs.filter(([, job]) => /changesets\/action@/.test(text(job)))
    expect(publishing.map(([id]) => id)).toEqual(['release'])
    for (const [id, job] of jobs) {
      if (id === 'pages') continue // the call of pages.yml: see the next test
      if (id === 'release') {
        expect(job['permissions']).toEqual({ contents: 'write', 'pull-requests': 'write', 'id-token': 'write' })
        expect(runsCode(job), 'the publishing job builds and tests nothing').toBe(false)
        expect(job['needs']).toEqual(
          expect.arrayContaining(jobs.filter(([other]) => other !== id && other !== 'pages').map(([other]) => other))
        )
      } else {
        expect(job['permissions'], id).toEqual({ contents: 'read' })
        expect(text(job), id).not.toMatch(/secrets\.|id-token/)
      }
    }
    expect(
      jobs
        .filter(([, job]) => runsCode(job))
        .map(([id]) => id)
        .sort()
    ).toEqual(['build', 'test'])
  })

  it('pages.yml deploys only after a release that published, and only its deploy job can write to Pages', () => {
    const release = workflows.find(({ name }) => name === 'release.yml')?.workflow
    const pages = workflows.find(({ name }) => name === 'pages.yml')?.workflow
    if (!release || !pages) throw new Error('no release.yml or pages.yml')
    const call = Object.fromEntries(jobsOf(release))['pages']
    expect(call).toMatchObject({
      needs: ['release'],
      if: "needs.release.outputs.published == 'true'",
      uses: './.github/workflows/pages.yml',
      permissions: { contents: 'read', pages: 'write', 'id-token': 'write' }
    })
    expect(Object.fromEntries(jobsOf(release))['release']?.['outputs']).toEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
      published: '${{ steps.changesets.outputs.published }}'
    })
    expect(Object.keys(pages['on'] as Yaml).sort()).toEqual(['workflow_call', 'workflow_dispatch'])
    const jobs = Object.fromEntries(jobsOf(pages))
    expect(Object.keys(jobs)).toEqual(['build', 'deploy'])
    expect(jobs['build']?.['permissions']).toEqual({ contents: 'read' })
    expect(jobs['deploy']?.['permissions']).toEqual({ pages: 'write', 'id-token': 'write' })
    expect(jobs['deploy']?.['needs']).toBe('build')
    // The deploy job runs no code of the repository: one step, GitHub's deploy action.
    const deploySteps = ((jobs['deploy']?.['steps'] ?? []) as Yaml[]).map(usesOf)
    expect(deploySteps).toEqual([expect.stringMatching(/^actions\/deploy-pages@[0-9a-f]{40}$/)])
    expect(JSON.stringify(pages)).not.toMatch(/secrets\./)
    const runs = stepsOf(pages).flatMap((step) => (typeof step['run'] === 'string' ? [step['run']] : []))
    expect(runs).toEqual(['pnpm --filter web build', 'pnpm --filter web pdf'])
  })
})

// SECURITY.md: the content check runs the base branch's workflow, code and
// configuration, and reads only the pull request's `content/`, as data.
describe('the content check cannot be changed by the pull request it checks', () => {
  const workflow = parse(join('workflows', 'content.yml'))
  const steps = stepsOf(workflow)
  const checkouts = steps.filter((step) => String(step['uses'] ?? '').startsWith('actions/checkout@'))

  it('runs on pull_request_target, read-only, with no secret', () => {
    expect(Object.keys(workflow['on'] as Yaml)).toEqual(['pull_request_target'])
    expect(workflow['permissions']).toEqual({ contents: 'read' })
    expect(JSON.stringify(workflow)).not.toMatch(/secrets\./)
  })

  it('checks out the base branch for the code, and only the content of the pull request beside it', () => {
    expect(checkouts).toHaveLength(2)
    const [base, pullRequest] = checkouts as [Yaml, Yaml]
    expect((base['with'] as Yaml)['ref']).toBeUndefined()
    expect((base['with'] as Yaml)['path']).toBeUndefined()
    expect(pullRequest['with']).toMatchObject({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      ref: 'refs/pull/${{ github.event.pull_request.number }}/merge',
      path: 'pull-request',
      'sparse-checkout': 'content'
    })
  })

  it('runs nothing from the pull request: every step after its checkout only moves its content into place', () => {
    const after = steps.slice(steps.indexOf(checkouts[1] as Yaml) + 1)
    const take = after[0]?.['run']
    expect(take).toBe('rm -rf content\nmv pull-request/content content\nrm -rf pull-request\n')
    for (const step of after.slice(1)) {
      expect(JSON.stringify(step)).not.toContain('pull-request')
      expect(String(step['uses'] ?? '')).not.toMatch(/^\.\/pull-request/)
    }
    // The linter is built, not the dataset: content with errors still reaches the lint step.
    expect(after.map((step) => step['run']).filter(Boolean)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^pnpm exec turbo run build --filter=@roadmap\/lint\b/)])
    )
  })
})
