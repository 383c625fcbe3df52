import type { QueryExpansion, AnalyzedQuery as SwedishQuery } from '@projektbank/analyzer'
import type { QueryRewrite } from '@projektbank/model'
import type { KeyTable } from './key-table.js'
import { wordsOfKeyBeingTyped } from './keys-being-typed.js'

/** A query as read: what is searched, a respelled alternative, and what was rewritten. */
export interface QueryRead {
  readonly primary: SwedishQuery
  readonly alternative: SwedishQuery | undefined
  readonly rewrites: readonly QueryRewrite[]
}

/**
 * Leaves out the words of a query that no project has and that nothing reads as something
 * else, when the other words remain: `job coaching` is searched as *coaching*. Both of
 * Meilisearch's ways of dropping words fail such a query: `last` drops words from the end and
 * keeps the first, `frequency` drops the commonest first and keeps the unknown word, so one
 * word no text has made the whole query find nothing. A word counts as known when the index
 * (or a place name) has it, one of its lemmas or compound parts, or its two halves
 * ({@link splitsIntoKnownWords}); a number, a phrase, an
 * exclusion, a word an expansion reads as words the index has (`NEET`, `supported` of
 * *supported employment*), a word the reading also reads as another (`for` also as *för*) and
 * the word still being typed are never left out, nor a word of a table key being typed
 * (`green` of `green transiti`, on its way to *green transition*). Each word left out is a
 * `dropped` rewrite, so the reading says so. `knows` undefined (no index vocabulary): the
 * reading as it was.
 *
 * @example
 * dropUnknownWords(read, { knows, expansionsOf, tableKeys, typing: undefined }).primary.terms
 * // one term, *coaching*, for `job coaching`
 */
export function dropUnknownWords(
  read: QueryRead,
  readers: {
    /** Whether the index or a place name has the word; `undefined` without an index. */
    knows: ((word: string) => boolean) | undefined
    /** The expansions the query's terms get (their ranges are never dropped). */
    expansionsOf: (query: SwedishQuery) => readonly QueryExpansion[]
    /** The keys of the expansion tables (`green transition`). */
    tableKeys: KeyTable
    /** The word still being typed, if any (never dropped). */
    typing: string | undefined
  },
): QueryRead {
  const { knows, expansionsOf, tableKeys, typing } = readers
  if (knows === undefined) return read
  const terms = read.primary.terms
  const words = terms.flatMap((term, i) => (term.phrase || term.exclude ? [] : [i]))
  const texts = terms.map((term) => term.text)
  if (words.length < 2) return read
  // Words an expansion reads as something the index has: an expansion to words no project
  // has either (`hållbar` also as *hållbarhet*) finds nothing, so it keeps nothing.
  const expanded = new Set(
    expansionsOf(read.primary)
      .filter((e) => e.to.split(/\s+/u).some(knows))
      .flatMap((e) => Array.from({ length: e.end - e.start }, (_, k) => e.start + k)),
  )
  // A word the reading also reads as something else (`for`, a word of its own, also as
  // *för*). A word it replaced is judged as replaced: `hallbar` restored to *hållbar*, which
  // no sheet has, is left out as `hållbar` typed is.
  const alsoRead = new Set(
    read.rewrites.filter((r) => r.kind === 'added').flatMap((r) => [r.term, r.replacement]),
  )
  const known = (term: SwedishQuery['terms'][number]) =>
    [term.text, ...term.lemmas, ...term.parts].some(knows) || splitsIntoKnownWords(term.text, knows)
  const keyBeingTyped = typing === undefined ? 0 : wordsOfKeyBeingTyped(texts, tableKeys)
  const unknown = words.filter((i) => {
    const term = terms[i]
    if (
      term === undefined ||
      expanded.has(i) ||
      alsoRead.has(term.text) ||
      i >= texts.length - keyBeingTyped ||
      /\d/u.test(term.text)
    ) {
      return false
    }
    if (typing !== undefined && i === terms.length - 1) return false
    return !known(term)
  })
  // Only when what remains is something the index has: `xyzzq qzzy` stays as typed.
  const rest = words.filter((i) => !unknown.includes(i))
  const restKnown = rest.some((i) => {
    const term = terms[i]
    return term !== undefined && (expanded.has(i) || /\d/u.test(term.text) || known(term))
  })
  if (unknown.length === 0 || !restKnown) return read
  const dropped = new Set(unknown.map((i) => terms[i]?.text))
  const without = (query: SwedishQuery): SwedishQuery => ({
    ...query,
    terms: query.terms.filter((term) => term.phrase || term.exclude || !dropped.has(term.text)),
  })
  return {
    primary: without(read.primary),
    alternative: read.alternative ? without(read.alternative) : undefined,
    rewrites: [
      ...read.rewrites,
      ...[...dropped].map(
        (term): QueryRewrite => ({
          term: term ?? '',
          replacement: '',
          source: 'index',
          kind: 'dropped',
        }),
      ),
    ],
  }
}

/**
 * Halves shorter than this are not read as words of a split: the vocabulary cannot tell
 * whether two words stand one after the other, as Meilisearch's split needs, and short words
 * are everywhere (`hållbar` is no *håll bar* in any sheet).
 */
const SHORTEST_HALF = 4

/**
 * Whether the word, split once, is two words the index has: Meilisearch finds such a word as
 * the two written apart, one after the other (`utrikesfödda` in *utrikes födda*), though the
 * lexicon reads it as no compound. Without this, `utrikesfödda kvinnor` dropped its first
 * word and found every sheet on women, while `utrikesfödda` alone found the seven on people
 * born abroad.
 *
 * @example
 * splitsIntoKnownWords('utrikesfödda', (w) => w === 'utrikes' || w === 'födda') // true
 */
export function splitsIntoKnownWords(word: string, knows: (word: string) => boolean): boolean {
  const letters = [...word]
  for (let at = SHORTEST_HALF; at <= letters.length - SHORTEST_HALF; at++) {
    if (knows(letters.slice(0, at).join('')) && knows(letters.slice(at).join(''))) return true
  }
  return false
}
