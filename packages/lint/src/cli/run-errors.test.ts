// Any RoadmapError reaching the CLI, whichever package threw it, is one line
// and exit 2; anything else is an internal error.
import { ContentNotFoundError } from '@roadmap/core/errors'
import { LinkThreadError } from '@roadmap/links/config'
import { afterEach, expect, test, vi } from 'vitest'
import { runCapturing } from '../../test/helpers/content.js'
import { clean, project } from './__fixtures__/projects.js'

const thrown = vi.hoisted(() => ({ error: undefined as unknown }))
vi.mock('./link-run.js', () => ({
  prepareLinkChecks: async () => {
    throw thrown.error
  }
}))

afterEach(() => {
  thrown.error = undefined
})

test("the link checker's error is a RoadmapError: one line, exit 2, no stack trace", async () => {
  thrown.error = new LinkThreadError("The link checker's thread could not start")
  expect(await runCapturing([], { cwd: await project(clean) })).toEqual({
    code: 2,
    stdout: '',
    stderr: "roadmap-lint: The link checker's thread could not start\n"
  })
})

test("core's error is a RoadmapError too", async () => {
  thrown.error = new ContentNotFoundError('content')
  const run = await runCapturing([], { cwd: await project(clean) })
  expect(run).toMatchObject({ code: 2, stderr: 'roadmap-lint: Cannot find content folder `content`\n' })
})

test('any other error is an internal error, a bug to report', async () => {
  thrown.error = new TypeError('x is not a function')
  const run = await runCapturing([], { cwd: await project(clean) })
  expect(run.code).toBe(2)
  expect(run.stderr).toBe(
    'roadmap-lint: internal error: x is not a function\n' +
      'This is a bug in roadmap-lint; please report it (set DEBUG=1 for the stack trace).\n'
  )
})
