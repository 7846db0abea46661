import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // An upper bound that catches a hang, not a speed check (CI runs every package's tests at once).
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
