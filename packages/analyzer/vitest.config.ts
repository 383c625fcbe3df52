import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ (and the lexicon) when a plain `vitest run` finds it missing.
    globalSetup: ['test/global-setup.ts'],
  },
})
