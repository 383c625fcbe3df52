import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ (and the lexicon) when a plain `vitest run` finds it missing.
    globalSetup: ['test/global-setup.ts'],
    // Timeouts guard against a hung test, not a slow one: on a shared two-core machine the
    // property tests and the first lexicon load take far longer than vitest's 5 s default.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
