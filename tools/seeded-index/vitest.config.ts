import { defineConfig } from 'vitest/config'

// The surface test imports the entries, and with them the indexer, the analyzer and
// Meilisearch's launcher: over 5 s on two busy cores, so the default timeout is too short.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
})
