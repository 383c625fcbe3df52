import { defineConfig } from 'vitest/config'

// Every integration test file starts its own Meilisearch; running them one at a time keeps two
// cores from being shared by several servers and indexers at once.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    // Timeouts only catch a hang. The crash-recovery cases index several hundred sheets, kill
    // and restart Meilisearch and index again: on a machine shared with CI's other tests and
    // two CPU-bound processes that ran past 120 s (load average 30–48), though nothing hung.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
