import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The end-to-end tests create git repositories and run git many times.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'checks', include: ['src/**/*.test.ts', 'test/*.test.ts'] }
      },
      {
        // The published packages installed once into one consumer project (global-setup.ts).
        extends: true,
        test: {
          name: 'consumer',
          include: ['test/consumer/**/*.test.ts'],
          globalSetup: ['test/consumer/global-setup.ts']
        }
      }
    ]
  }
})
