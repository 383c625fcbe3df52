import type { ApiConfig } from '../src/config.js'

/**
 * Timeouts for tests that check what a real Meilisearch answers, not how fast. The API's own
 * (5 s per search) are for users; on a shared, busy machine (CI beside other builds, the
 * reliability soak) a search that asks for facets, suggestions and a looser search once took
 * more than the 2 s an integration test gave it and failed with 504. Timeouts themselves are
 * tested with a slow stand-in (`errors.test.ts`). Both stay under vitest's 60 s per test.
 */
export const ANSWER_TIMEOUTS: Pick<ApiConfig, 'upstreamTimeoutMs' | 'heavyTimeoutMs'> = {
  upstreamTimeoutMs: 30_000,
  heavyTimeoutMs: 45_000,
}
