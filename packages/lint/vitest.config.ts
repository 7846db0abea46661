import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // An upper bound that catches a hang, not a speed check: the CLI tests start processes, slow when CI
    // runs every package's tests at once on two cores.
    testTimeout: 120_000,
    hookTimeout: 60_000
  }
})
