import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const FUZZ_COUNTER = fileURLToPath(new URL('./test/_fuzz-counter.ts', import.meta.url))

export default defineConfig({
  test: {
    globalSetup: ['test/_summary.ts'],
    projects: [
      {
        // The parser's property tests, where they live, with their own seed and more runs than
        // the parser's `pnpm test` (200, seed 42): CI explores other inputs here, the same ones
        // on every run. `FUZZ_RUNS=100000 FUZZ_SEED=$RANDOM pnpm test:reliability` is the long mode.
        test: {
          name: 'parser-fuzz',
          root: fileURLToPath(new URL('../../packages/parser', import.meta.url)),
          include: ['test/property/**/*.test.ts'],
          setupFiles: [FUZZ_COUNTER],
          env: {
            FUZZ_SEED: process.env.FUZZ_SEED ?? '6',
            FUZZ_RUNS: process.env.FUZZ_RUNS ?? '1000',
          },
          // First, alone: the API tests below measure latency and memory.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'api',
          include: ['test/**/*.test.ts'],
          // One file at a time: each starts its own Meilisearch, and the fault tests stop and
          // slow it down on purpose; on two busy cores parallel servers would only make
          // timeouts flaky, and the load test must have the machine to itself.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
