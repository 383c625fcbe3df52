import { readFile } from 'node:fs/promises'
import { z } from 'zod'

/**
 * The kinds of query in the relevance set, each aimed at one thing plain Meilisearch does not
 * do for Swedish. The order is the order of the report.
 */
export const QUERY_KINDS = [
  'inflection',
  'part-to-compound',
  'compound-to-part',
  'multi-word',
  'no-diacritics',
  'names-and-places',
  'typo',
  'synonym',
  'abbreviation',
  'english',
] as const

/**
 * The id prefix of each kind: an id is the prefix, a hyphen and a two-digit number (`ty-03`).
 *
 * @example
 * KIND_PREFIX.abbreviation // 'abb'
 */
export const KIND_PREFIX = {
  inflection: 'inf',
  'part-to-compound': 'ptc',
  'compound-to-part': 'ctp',
  'multi-word': 'mw',
  'no-diacritics': 'nd',
  'names-and-places': 'np',
  typo: 'ty',
  synonym: 'syn',
  abbreviation: 'abb',
  english: 'en',
} as const satisfies Record<(typeof QUERY_KINDS)[number], string>

/** A kind of query, see {@link QUERY_KINDS}. */
export type QueryKind = (typeof QUERY_KINDS)[number]

/**
 * One query and its graded judgments: sheet file name → 3 (highly relevant), 2 (relevant),
 * 1 (marginal) or 0 (read and judged not relevant). A 0 scores like an unlisted file; it is
 * kept so that a pooled sheet is judged once, not again at every pooling. Files that are not
 * listed have not been judged and are not relevant either.
 *
 * @example
 * JudgedQuerySchema.parse({ id: 'inf-01', kind: 'inflection', query: 'undersköterska',
 *   judgments: { 'a-05-vardlyftet-kronoberg.txt': 3 } })
 */
export const JudgedQuerySchema = z.object({
  /** Stable id: kind prefix and a number (`inf-01`). */
  id: z.string().regex(/^[a-z]+-\d{2}$/),
  kind: z.enum(QUERY_KINDS),
  /** What a user types, as typed. */
  query: z.string().trim().min(1),
  /** Grades by sheet file name; at least one sheet is relevant (grade 1–3). */
  judgments: z
    .record(
      z.string().regex(/^[^/\\]+\.txt$/),
      z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    )
    .refine(
      (judgments) => Object.values(judgments).some((grade) => grade > 0),
      'a query needs a relevant sheet',
    ),
})

/** A query with judgments, see {@link JudgedQuerySchema}. */
export type JudgedQuery = z.infer<typeof JudgedQuerySchema>

/**
 * The whole relevance set: ids and query texts are unique.
 *
 * @example
 * JudgmentsSchema.parse(JSON.parse(await readFile('judgments.json', 'utf8'))).length // 85
 */
export const JudgmentsSchema = z.array(JudgedQuerySchema).superRefine((queries, ctx) => {
  const seen = { id: new Set<string>(), query: new Set<string>() }
  for (const [index, q] of queries.entries()) {
    for (const key of ['id', 'query'] as const) {
      const value = key === 'query' ? q.query.toLocaleLowerCase('sv') : q.id
      if (seen[key].has(value)) {
        ctx.addIssue({ code: 'custom', path: [index, key], message: `duplicate ${key} "${value}"` })
      }
      seen[key].add(value)
    }
  }
})

/**
 * Reads and validates the relevance set.
 *
 * @example
 * const queries = await loadJudgments(JUDGMENTS_FILE)
 */
export async function loadJudgments(path: string): Promise<JudgedQuery[]> {
  const text = await readFile(path, 'utf8')
  const result = JudgmentsSchema.safeParse(JSON.parse(text))
  if (!result.success) {
    throw new Error(`${path} is not a valid relevance set:\n${z.prettifyError(result.error)}`)
  }
  return result.data
}
