import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // An upper bound that catches a hang, not a speed check: tests that start the dataset build (the
    // whole linter, spelling dictionaries included) take seconds alone and many times that when CI runs
    // every package's tests at once on two cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'test/*.test.ts'] } },
      {
        // The packed package installed once into one consumer project (test/consumer/global-setup.ts).
        extends: true,
        test: {
          name: 'consumer',
          include: ['test/consumer/**/*.test.ts'],
          globalSetup: ['test/consumer/global-setup.ts'],
          // Node, tsc, esbuild and Vite processes: slow on a busy machine.
          testTimeout: 120_000,
          hookTimeout: 300_000
        }
      }
    ]
  }
})
