import { defineConfig } from 'vitest/config'

// Timeouts guard against a hung test, not a slow one: on a shared two-core machine the first
// import of a module graph or a spawned CLI can take tens of seconds, and vitest's 5 s default
// then fails tests that are correct. No test here asserts wall-clock time.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
