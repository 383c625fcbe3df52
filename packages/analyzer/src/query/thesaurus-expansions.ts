import thesaurusData from '../../data/thesaurus-expansions.json'
import type { ExpansionEntry } from './expand-query.js'

/**
 * Synonyms from the Swedish thesaurus of Debian's `mythes-sv` (© 2009 Viggo Kann), derived by
 * `scripts/derive-thesaurus.ts` (`data/thesaurus-expansions.json`): only the pairs that pass
 * the script's general filters and that the relevance set (`pnpm eval:search`) showed to help
 * without costing precision. Meant to be searched after the rows of `QUERY_EXPANSIONS`.
 * Source `thesaurus`; `why` gives the measured figures. Whole words only: on the relevance
 * set, no pair read into a compound part helped and 20 of 101 such readings hurt
 * (`praktikplats` read as *praktik område*, `skolnärvaro` as *skola deltagande*).
 *
 * @example
 * THESAURUS_EXPANSIONS.find((e) => e.from === 'far')?.to // ['pappa']
 */
export const THESAURUS_EXPANSIONS: readonly ExpansionEntry[] = thesaurusData.entries.map(
  (entry) => ({
    from: entry.from,
    to: entry.to,
    source: 'thesaurus',
    wholeWordsOnly: true,
    ...('why' in entry && typeof entry.why === 'string' ? { why: entry.why } : {}),
  }),
)

/**
 * The thesaurus's copyright and licence notice, which its licence asks every copy to keep,
 * followed by the note that this table is a modified (filtered) copy. Also in
 * `THESAURUS-NOTICE.txt` of the published package.
 *
 * @example
 * THESAURUS_NOTICE[0] // 'Copyright: 2009 Viggo Kann'
 */
export const THESAURUS_NOTICE: readonly string[] = thesaurusData.notice
