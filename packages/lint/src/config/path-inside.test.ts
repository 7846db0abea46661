import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { pathInside } from './path-inside.js'

let base: string
let repo: string

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'roadmap-lint-path-inside-'))
  repo = join(base, 'repo')
  await mkdir(join(repo, 'cache'), { recursive: true })
  await writeFile(join(base, '.bashrc'), '')
})

afterEach(() => rm(base, { recursive: true, force: true }))

test('a path inside the folder, existing or not yet, is resolved against it', () => {
  expect(pathInside(repo, '.roadmap-lint-cache.json')).toEqual({ path: join(repo, '.roadmap-lint-cache.json') })
  expect(pathInside(repo, 'cache/new/links.json')).toEqual({ path: join(repo, 'cache/new/links.json') })
  expect(pathInside(repo, join(repo, 'cache/links.json'))).toEqual({ path: join(repo, 'cache/links.json') })
  expect(pathInside(repo, 'cache/../links.json')).toEqual({ path: join(repo, 'links.json') })
})

test.each(['../.bashrc', 'cache/../../.bashrc', '/etc/cron.d/roadmap', '.', '..'])('`%s` is outside', (value) => {
  expect(pathInside(repo, value)).toEqual({
    problem: `Unexpected path \`${value}\`, expected a path inside \`${repo}\` (the folder of the configuration file)`
  })
})

test('a symbolic link on the way that leads out is refused; one that stays inside is not', async () => {
  await symlink(base, join(repo, 'out'))
  expect(pathInside(repo, 'out/.bashrc')).toEqual({
    problem: `Unexpected path \`out/.bashrc\`, expected a path inside \`${repo}\` (the folder of the configuration file); \`out\` is a symbolic link that leads outside`
  })
  await symlink(join(repo, 'cache'), join(repo, 'in'))
  expect(pathInside(repo, 'in/links.json')).toEqual({ path: join(repo, 'in/links.json') })
  await symlink(base, join(repo, 'cache', 'back-out'))
  expect(pathInside(repo, 'in/back-out/x.json')).toMatchObject({ problem: expect.stringContaining('`in/back-out`') })
})

test('the file itself may not be a symbolic link, even to a file inside', async () => {
  await symlink(join(base, '.bashrc'), join(repo, 'cache.json'))
  await symlink(join(repo, 'cache', 'real.json'), join(repo, 'inside.json'))
  for (const value of ['cache.json', 'inside.json']) {
    expect(pathInside(repo, value)).toEqual({
      problem: `Unexpected path \`${value}\`: it is a symbolic link, expected a file or no file yet`
    })
  }
})
