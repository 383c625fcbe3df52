import { fileURLToPath } from 'node:url'

/**
 * The five checked-in seed sheets (`seeds/` at the root of the repository).
 *
 * @example
 * await startSeededMeilisearch({ inputs: [SEEDS, myFixtures] })
 */
export const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url))
