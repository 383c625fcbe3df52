import { defineConfig } from 'vitest/config'

// Several test files start their own Meilisearch; one at a time keeps two cores from being
// shared by several servers at once.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
