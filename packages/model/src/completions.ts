import { z } from 'zod'
import { decimalInt } from './_decimal-int.js'
import { once } from './_once.js'
import { MAX_QUERY_LENGTH } from './search-query.js'

/** Completions `/completions` answers with when `limit` is not given. */
export const DEFAULT_COMPLETIONS = 8

/** Most completions `/completions` answers with (`limit` above it is refused). */
export const MAX_COMPLETIONS = 20

/**
 * Query of `GET /completions`: the text in the search box, and how many completions to
 * offer for its last word.
 *
 * @example
 * CompletionsQuerySchema.parse({ q: 'unga arbetsf' }).limit // 8
 */
export const CompletionsQuerySchema = z.strictObject({
  q: once(z.string().max(MAX_QUERY_LENGTH)).meta({
    description:
      'The text in the search box. Its last word is completed when nothing follows it, not even a space; the words before it stay as typed.',
    example: 'unga arbetsf',
  }),
  limit: once(decimalInt(1, MAX_COMPLETIONS))
    .default(DEFAULT_COMPLETIONS)
    .describe(`Most completions to return (1–${MAX_COMPLETIONS}, default ${DEFAULT_COMPLETIONS}).`),
})

/** A validated `/completions` query, see {@link CompletionsQuerySchema}. */
export type CompletionsQuery = z.output<typeof CompletionsQuerySchema>

/**
 * Where a completion comes from: `index` (a word of the projects' texts), `place` (a
 * municipality, county or region name) or `expansion` (a key of the abbreviation and
 * loan-word table, e.g. NEET, which the search reads as what it stands for).
 */
export const COMPLETION_SOURCES = ['index', 'place', 'expansion'] as const

/** Where a completion comes from, see {@link COMPLETION_SOURCES}. */
export type CompletionSource = (typeof COMPLETION_SOURCES)[number]

/**
 * One completion of the word being typed.
 *
 * @example
 * const c: Completion = { word: 'arbetsförmedling', query: 'unga arbetsförmedling', count: 32, source: 'index' }
 */
export const CompletionSchema = z.object({
  /** The completed word (or the table's words, `supported employment`), as it should read. */
  word: z.string(),
  /** The whole query with the completed word in place of the typed one: what the box should hold. */
  query: z.string(),
  /**
   * Projects whose texts hold the word (any inflection counts only where the index holds it
   * as its lemma); 0 for a word no text writes, such as an abbreviation found through what it
   * stands for, or a place only listed among a project's municipalities. The word's count,
   * which orders the completions: not the hits of a search for `query`, which reads the word
   * with its other forms, compounds and synonyms and is narrowed by the words before it.
   */
  count: z.number().int(),
  source: z.enum(COMPLETION_SOURCES),
})

/** A completion, see {@link CompletionSchema}. */
export type Completion = z.infer<typeof CompletionSchema>

/**
 * Response of `GET /completions`: the query as given, and the completions of its last word,
 * the words most projects hold first; empty when there is nothing to complete.
 *
 * @example
 * response.completions[0]?.query // 'unga arbetsförmedling'
 */
export const CompletionsResponseSchema = z.object({
  q: z.string(),
  completions: z.array(CompletionSchema),
})

/** A `/completions` response, see {@link CompletionsResponseSchema}. */
export type CompletionsResponse = z.infer<typeof CompletionsResponseSchema>
