import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { findWorkspaceRoot, readWorkspaceLockfile, readWorkspaceStore } from './workspace.js'

let root = ''

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'roadmap-workspace-'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

test('finds the workspace root above a package folder', async () => {
  await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages: [packages/*]\n')
  await mkdir(join(root, 'packages', 'core'), { recursive: true })
  expect(findWorkspaceRoot(join(root, 'packages', 'core'))).toBe(root)
})

test('reads the store the workspace was installed from, not the configured one', async () => {
  await mkdir(join(root, 'node_modules'))
  await writeFile(
    join(root, 'node_modules', '.modules.yaml'),
    '{\n  "storeDir": "/elsewhere/store/v10",\n  "virtualStoreDir": ".pnpm"\n}\n'
  )
  await expect(readWorkspaceStore(root)).resolves.toBe('/elsewhere/store/v10')
})

test('says to install first when the workspace has no install or no lockfile', async () => {
  await expect(readWorkspaceStore(root)).rejects.toMatchObject({
    code: 'ERR_PACK_CONSUMER_WORKSPACE',
    message: expect.stringContaining('run `pnpm install --frozen-lockfile` first')
  })
  await expect(readWorkspaceLockfile(root)).rejects.toMatchObject({ code: 'ERR_PACK_CONSUMER_LOCKFILE' })
  await writeFile(join(root, 'pnpm-lock.yaml'), "lockfileVersion: '6.0'\nimporters: {}\n")
  await expect(readWorkspaceLockfile(root)).rejects.toThrow('is not a pnpm lockfile of version 9')
})
