import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end tests create git repositories and run git many times.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
