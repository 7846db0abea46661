import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The stdio and Neovim tests start the real server and run the real CLI (every file parsed, spelling
    // included) to compare with: seconds each on a quiet machine, many times that when CI runs every
    // package's tests at once on two cores. The tests of a file build on each other (a document opened
    // in one is used by the next), so a timeout would cascade: the limit only stops a hung server.
    testTimeout: 180_000,
    hookTimeout: 180_000
  }
})
