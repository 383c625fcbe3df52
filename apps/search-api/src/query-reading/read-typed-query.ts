import { type AnalyzedQuery as SwedishQuery, tokenize } from '@projektbank/analyzer'
import { wordTerms } from './_word-terms.js'
import { keyBegunBy, keyCompletingQuery, keyFirstWordBegun } from './complete-key.js'
import { dropUnknownWords, type QueryRead } from './drop-unknown-words.js'
import { type KeyBeingTyped, keysBeingTyped, keyWordsTyped } from './keys-being-typed.js'
import type { QueryContext } from './query-context.js'
import { readQuery } from './read-query.js'
import { wordBeingTyped } from './word-being-typed.js'

/** A query as read for searching, and what is still being typed of it. */
export interface TypedQuery {
  /** The last word when the user may still be typing it (see `wordBeingTyped`). */
  readonly typing: string | undefined
  /** The words of the query as typed: neither phrases nor exclusions. */
  readonly typedWords: readonly string[]
  /** The key of several words the query as typed completes to (`green tra`). */
  readonly typedKey: KeyBeingTyped | undefined
  /** The query restored, corrected and rid of the words no project has. */
  readonly read: QueryRead
}

/**
 * Reads a parsed query for searching: its diacritics restored and its slips corrected
 * (`readQuery`), then the words no project has left out (`dropUnknownWords`). With
 * `verbatim` the query stays as typed.
 *
 * @example
 * readTypedQuery('orebro', analyzer.analyzeQuery('orebro'), false, context).read.primary
 * // the query *örebro*
 */
export function readTypedQuery(
  q: string,
  parsed: SwedishQuery,
  verbatim: boolean,
  context: QueryContext,
): TypedQuery {
  const { analyzer, tables, readers } = context
  const typing = verbatim ? undefined : wordBeingTyped(q, parsed)
  const typedWords = wordTerms(parsed).map((t) => t.text)
  // The key of several words that the word being typed completes the query to, as typed,
  // decided once, before the reading: the reading leaves the typed word as typed (`green
  // tra` is on its way to *green transition*, not *green trä*, wood, which found nothing
  // while the list under the box offered *green transition*), and the query is searched
  // as the key below.
  const typedKey =
    typing === undefined
      ? undefined
      : (keyCompletingQuery(typedWords, tables.tableKeys, 2) ??
        keyOfFirstWordAlone(parsed, typing, context))
  const read = dropUnknownWords(
    verbatim
      ? { primary: parsed, alternative: undefined, rewrites: [] }
      : readQuery(
          analyzer,
          parsed,
          readers(),
          typing,
          typedKey !== undefined,
          // Stop words count, as the keys have them (`svenska som andr`).
          keyWordsTyped(
            tokenize(q).map((token) => token.text),
            tables.tableKeys,
          ),
        ),
    {
      knows: verbatim ? undefined : readers().knows,
      expansionsOf: context.readingsOf,
      tableKeys: tables.tableKeys,
      typing,
    },
  )
  return { typing, typedWords, typedKey, read }
}

/**
 * The first word of a key of several words, typed in full and alone (`green`), stands for
 * the key the list under the box offers first when no project has the word: it found
 * nothing while the list offered *green transition*. `job`, where no project has it, is the
 * list's first, *jobb*, not *job fair*; one the index has is searched as the word. So does
 * a beginning of that first word that begins no word the texts write (`gree`), which found
 * nothing for two letters before `green` found the key's sheets. One that begins such a word
 * once respelled with å/ä/ö is on its way to it (`lang` to *långsiktig*, not *language
 * café*, which no eval sheet names: read as the key it found nothing).
 */
function keyOfFirstWordAlone(
  parsed: SwedishQuery,
  typing: string,
  context: QueryContext,
): KeyBeingTyped | undefined {
  const { readers, tables } = context
  const knows = readers().knows
  if (parsed.terms.length !== 1 || knows === undefined || knows(typing)) return undefined
  const { beginsAWrittenWord, restorePrefix } = readers()
  const towardAWord = beginsAWrittenWord(typing) || restorePrefix(typing) !== undefined
  const begun =
    keyBegunBy(typing, tables.tableKeys) ??
    (towardAWord ? undefined : keyFirstWordBegun(typing, tables.tableKeys))
  if (begun === undefined) return undefined
  // The key the list under the box offers first, when it offers one: `job` was read as
  // *job fair*, the shortest key it begins, while the list offered *jobb* first.
  const offered = readers().complete(typing, 1)[0]
  if (offered?.source !== 'expansion') return undefined
  const key = offered.word.toLowerCase()
  return keysBeingTyped([typing], [typing], tables.tableKeys).find((found) => found.key === key)
}
