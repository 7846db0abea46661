import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 20_000,
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
