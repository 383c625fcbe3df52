import { tokenize } from '@projektbank/analyzer'
import { COUNTIES, MUNICIPALITIES, REGIONS } from '@projektbank/model'

/**
 * The words of every municipality, county and ESF region name, lower case, each with its
 * spelling in the name: `örebro` → *Örebro*, `upplands` → *Upplands*, `västerbottens`, `län`
 * → *län*, … A county also gives its short name (`västerbotten`). These are words the
 * lexicon may lack or spell otherwise (`laxå`, not *läxa*), so diacritics are restored from
 * them before the lexicon; completions show them as the names spell them.
 *
 * @example
 * placeNameSpellings().get('örnsköldsvik') // 'Örnsköldsvik'
 */
export function placeNameSpellings(): Map<string, string> {
  const names = [
    ...MUNICIPALITIES.map((m) => m.name),
    ...COUNTIES.flatMap((c) => [c.name, c.shortName]),
    ...REGIONS.map((r) => r.name),
  ]
  const spellings = new Map<string, string>()
  for (const name of names) {
    for (const token of tokenize(name)) {
      for (const word of [token, ...token.parts]) {
        if (!spellings.has(word.text)) spellings.set(word.text, name.slice(word.start, word.end))
      }
    }
  }
  return spellings
}

/**
 * The lower-case words of the place names, see {@link placeNameSpellings}.
 *
 * @example
 * placeNameWords().includes('örnsköldsvik') // true
 */
export function placeNameWords(): string[] {
  return [...placeNameSpellings().keys()]
}
