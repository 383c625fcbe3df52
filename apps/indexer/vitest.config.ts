import { defineConfig } from 'vitest/config'

// Every integration test file starts its own Meilisearch; running them one at a time keeps two
// cores from being shared by several servers and indexers at once.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
