import { defineConfig } from 'vitest/config'

// One file at a time: each starts its own Meilisearch, and the fault tests stop and slow it
// down on purpose; on two busy cores parallel servers would only make timeouts flaky.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/_summary.ts'],
  },
})
