// `pnpm lint:content` runs `roadmap-lint content` from the repository root;
// this runs the same, offline, on the real content.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { runCapturing } from './helpers/content.js'

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

test('the repository content lints clean, with the config the repository has', async () => {
  expect(await runCapturing(['--offline', 'content'], { cwd: repository })).toEqual({
    code: 0,
    stdout: expect.stringMatching(/^✔ No problems in \d+ files\n$/),
    stderr: ''
  })
})

test('and so says the JSON report', async () => {
  const run = await runCapturing(['--offline', '--format', 'json', 'content'], { cwd: repository })
  expect(run.code).toBe(0)
  expect(JSON.parse(run.stdout)).toEqual([])
})
