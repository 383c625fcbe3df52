import { tokenize } from '@projektbank/analyzer'
import { COUNTIES, MUNICIPALITIES, REGIONS } from '@projektbank/model'

/**
 * The words of every municipality, county and ESF region name, lower case: `örebro`,
 * `upplands`, `väsby`, `västerbottens`, `län`, … A county also gives its short name
 * (`västerbotten`). These are words the lexicon may lack or spell otherwise (`laxå`, not
 * *läxa*), so diacritics are restored from them before the lexicon.
 *
 * @example
 * placeNameWords().includes('örnsköldsvik') // true
 */
export function placeNameWords(): string[] {
  const names = [
    ...MUNICIPALITIES.map((m) => m.name),
    ...COUNTIES.flatMap((c) => [c.name, c.shortName]),
    ...REGIONS.map((r) => r.name),
  ]
  const words = new Set<string>()
  for (const name of names) {
    for (const token of tokenize(name)) {
      words.add(token.text)
      for (const part of token.parts) words.add(part.text)
    }
  }
  return [...words]
}
