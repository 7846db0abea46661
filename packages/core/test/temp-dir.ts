import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'

/** A fresh folder under the OS temp folder, removed when the current test ends. */
export async function tempDir(name: string): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), `roadmap-core-${name}-`))
  onTestFinished(() => rm(path, { recursive: true, force: true }))
  return path
}
