import { expect, test, vi } from 'vitest'
import { RoadmapError } from './roadmap-error.js'

class ConfigError extends RoadmapError<'ERR_ROADMAP_LINT_CONFIG'> {
  constructor(message: string) {
    super('ERR_ROADMAP_LINT_CONFIG', message)
    this.name = 'ConfigError'
  }
}

class OtherError extends RoadmapError<'ERR_ROADMAP_OTHER'> {
  constructor() {
    super('ERR_ROADMAP_OTHER', 'other')
  }
}

test('an error with a stable code, a message and a cause', () => {
  const cause = new Error('ENOENT')
  const error = new RoadmapError('ERR_ROADMAP_CONTENT_NOT_FOUND', 'Cannot find content folder `content`', { cause })
  expect(error).toBeInstanceOf(Error)
  expect(error).toMatchObject({
    name: 'RoadmapError',
    code: 'ERR_ROADMAP_CONTENT_NOT_FOUND',
    message: 'Cannot find content folder `content`',
    cause
  })
  expect(String(error)).toBe('RoadmapError: Cannot find content folder `content`')
})

test('a subclass is a RoadmapError; instanceof a subclass is exact', () => {
  const error = new ConfigError('Invalid roadmap-lint.config.json')
  expect(error instanceof RoadmapError).toBe(true)
  expect(error instanceof ConfigError).toBe(true)
  expect(error instanceof OtherError).toBe(false)
  expect(new RoadmapError('ERR_ROADMAP_X', 'x') instanceof ConfigError).toBe(false)
})

test('an error from another copy of the package is a RoadmapError too; nothing else is', async () => {
  // A second copy of the module, as two installs of the package give.
  vi.resetModules()
  const other = await import('./roadmap-error.js')
  expect(other.RoadmapError).not.toBe(RoadmapError)
  expect(new other.RoadmapError('ERR_ROADMAP_X', 'x') instanceof RoadmapError).toBe(true)
  expect(new ConfigError('x') instanceof other.RoadmapError).toBe(true)
  for (const value of [new Error('x'), { code: 'ERR_ROADMAP_X' }, null, undefined, 'ERR_ROADMAP_X'])
    expect(value instanceof RoadmapError).toBe(false)
})
