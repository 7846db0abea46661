import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', '*.test.ts'],
    // One site server and one Chromium for the whole run; each test file opens its own contexts.
    globalSetup: ['test/global-setup.ts'],
    // Two cores: two test files at a time share the one browser.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
