import { defineConfig } from 'vitest/config'

// The test starts a real Meilisearch, indexes and serves: minutes on a busy two-core machine.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
})
