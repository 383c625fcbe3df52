/**
 * The live index the search API reads and the indexer writes. Full rebuilds write
 * `projects__build_<timestamp>` and swap it in.
 *
 * @example
 * await indexSheets({ meili, inputs: ['seeds'], index: DEFAULT_INDEX })
 */
export const DEFAULT_INDEX = 'projects'
