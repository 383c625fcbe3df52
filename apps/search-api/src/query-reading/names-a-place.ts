import { tokenize } from '@projektbank/analyzer'
import { COUNTIES, MUNICIPALITIES, REGIONS } from '@projektbank/model'

/** Longest place name, in words (`Övre Norrland`, `Upplands Väsby`: two). */
const MAX_NAME_WORDS = 3

/**
 * Every municipality, county (full and short: *Västerbottens län*, *Västerbotten*) and ESF
 * region name as its lower-case words joined by one space.
 */
function placeNames(): Set<string> {
  const names = [
    ...MUNICIPALITIES.map((m) => m.name),
    ...COUNTIES.flatMap((c) => [c.name, c.shortName]),
    ...REGIONS.map((r) => r.name),
  ]
  return new Set(
    names.map((name) =>
      tokenize(name)
        .map((t) => t.text)
        .join(' '),
    ),
  )
}

let names: Set<string> | undefined

/**
 * Whether the words (lower case, in query order) hold a whole place name: a municipality, a
 * county or an ESF region, of one word or several in a row (`unga i göteborg`, `stöd i
 * västra götaland`).
 *
 * @example
 * namesAPlace(['validering', 'örebro']) // true
 * namesAPlace(['validering', 'örebr']) // false: a beginning names nothing yet
 */
export function namesAPlace(words: readonly string[]): boolean {
  names ??= placeNames()
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= Math.min(words.length, start + MAX_NAME_WORDS); end++) {
      if (names.has(words.slice(start, end).join(' '))) return true
    }
  }
  return false
}
