import fc from 'fast-check'

/**
 * Fixed seed and run count for CI; `FUZZ_SEED=$RANDOM FUZZ_RUNS=5000 pnpm test` explores more.
 * A failure prints the seed and path, which reproduce it with the same two variables.
 */
fc.configureGlobal({
  seed: Number(process.env.FUZZ_SEED ?? 42),
  numRuns: Number(process.env.FUZZ_RUNS ?? 200),
})
