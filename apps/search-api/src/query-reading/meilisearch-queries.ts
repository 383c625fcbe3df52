import type { QueryTerm, AnalyzedQuery as SwedishQuery } from '@projektbank/analyzer'

const quote = (text: string) => `"${text.replaceAll('"', '')}"`

/**
 * A term as a user would type it, and as Meilisearch reads it: a phrase quoted, an exclusion
 * after a `-`.
 *
 * @example
 * analyzer.analyzeQuery('unga "psykisk ohälsa" -covid').terms.map(writtenTerm)
 * // ['unga', '"psykisk ohälsa"', '-covid']
 */
export const writtenTerm = (term: QueryTerm): string =>
  `${term.exclude ? '-' : ''}${term.phrase ? quote(term.text) : term.text}`

/**
 * The positive terms of the analysed query: each word as its compound parts, or as its lemma
 * when it has none. A compound's twin always holds its parts, so the parts find the compound
 * itself and the texts that only spell it out ("modell för samverkan" for `samverkansmodell`);
 * the whole compound as a query word would be the rarest word, and Meilisearch's `frequency`
 * strategy (see `search-plan.ts`) would then keep it and drop the parts.
 */
function analysedTerms(query: SwedishQuery, compounds: 'parts' | 'whole'): string {
  const seen = new Set<string>()
  for (const term of query.terms) {
    if (term.exclude || term.phrase) continue
    const words = term.parts.length > 0 && compounds === 'parts' ? term.parts : term.lemmas
    for (const word of words) seen.add(word)
  }
  return [...seen].join(' ')
}

/**
 * The raw query (original fields) and the analysed query (`svTerms.*` twins) of a parsed
 * query, see `createSwedishSearchAnalyzer` in `swedish-analyzer.ts`: phrases first, then the
 * words, then the exclusions; in the analysed query each word's compound parts (or with
 * `compounds: 'whole'` its lemma) and the exclusions as typed and as lemmas.
 *
 * @example
 * meilisearchQueries(analyzer.analyzeQuery('unga "psykisk ohälsa" -kommunerna'))
 * // { raw: '"psykisk ohälsa" unga -kommunerna',
 * //   analysed: '"psykisk ohälsa" unga -kommunerna -kommun', positive: true }
 */
export function meilisearchQueries(
  parsed: SwedishQuery,
  compounds: 'parts' | 'whole' = 'parts',
): {
  raw: string
  analysed: string
  positive: boolean
} {
  const terms = parsed.terms
  const phrases = terms.filter((t) => t.phrase && !t.exclude).map(writtenTerm)
  const words = terms.filter((t) => !t.phrase && !t.exclude).map((t) => t.text)
  const excluded = terms.filter((t) => t.exclude)
  const rawExclusions = excluded.map(writtenTerm)
  const lemmas = analysedTerms(parsed, compounds)
  const analysedExclusions = excluded.flatMap((t) =>
    t.phrase
      ? [`-${quote(t.text)}`, `-${quote(t.lemmas.join(' '))}`]
      : [...new Set([t.text, ...t.lemmas])].map((w) => `-${w}`),
  )
  return {
    raw: [...phrases, ...words, ...rawExclusions].join(' '),
    analysed: lemmas ? [...phrases, lemmas, ...new Set(analysedExclusions)].join(' ') : '',
    positive: phrases.length + words.length > 0,
  }
}

/**
 * A parsed query written back as a user would type it: "phrases" and -exclusions kept.
 *
 * @example
 * renderQuery(analyzer.analyzeQuery('unga "psykisk ohälsa" -covid'))
 * // 'unga "psykisk ohälsa" -covid'
 */
export function renderQuery(parsed: SwedishQuery): string {
  return parsed.terms.map(writtenTerm).join(' ')
}
