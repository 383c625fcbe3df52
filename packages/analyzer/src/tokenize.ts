import { classify, DIGIT, IGNORABLE, LATIN_CLASSES, LETTER, PLAIN, width } from './_char-class.js'
import { normalizeWord } from './normalize.js'

/**
 * A piece of a joined token ("esf" and "rådet" in "ESF-rådet").
 *
 * @example
 * const part: TokenPart = { text: 'rådet', start: 4, end: 9 }
 */
export interface TokenPart {
  /** Normalised text: NFC, lower-case, soft hyphens removed. */
  readonly text: string
  /** Offsets in the original text (UTF-16 code units, end exclusive). */
  readonly start: number
  readonly end: number
}

/**
 * A word or number found in a text.
 *
 * @example
 * const token: Token = {
 *   text: 'esf-rådet', start: 0, end: 9, numeric: false,
 *   parts: [{ text: 'esf', start: 0, end: 3 }, { text: 'rådet', start: 4, end: 9 }],
 * }
 */
export interface Token extends TokenPart {
  /** True when the token has digits and no letters ("2014–2020", "55+"). */
  readonly numeric: boolean
  /** For joined tokens (hyphen, dash between numbers, "ESF:s"): the pieces; otherwise empty. */
  readonly parts: readonly TokenPart[]
}

const HYPHENS = '-\u2010\u2011'
const NUMBER_JOINERS = '-\u2010\u2011\u2013.,/'
const APOSTROPHES = "'\u2019"
/** Characters after a run that may continue the token; anything else ends it at once. */
const MAY_CONTINUE = `${HYPHENS}${NUMBER_JOINERS}${APOSTROPHES}:+`

interface Run {
  start: number
  end: number
  letters: boolean
  digits: boolean
  /** Needs no normalisation at all (lower-case Latin letters and ASCII digits). */
  plain: boolean
  /** Only code units below U+0250 and no soft hyphen: lower-casing is all it needs. */
  latin: boolean
}

const NO_PARTS: readonly TokenPart[] = Object.freeze([])

/**
 * Splits text into words and numbers with their offsets in the original text. A hand-written
 * scanner rather than `Intl.Segmenter`: on the seed texts in Node 20 the segmenter manages
 * 1–2 MB/s, this scanner more than ten times that (`pnpm bench` prints both), and the grammar
 * needed here is small:
 *
 * - a run is letters, combining marks and digits (soft hyphens and zero-width joiners inside a
 *   run are dropped from the normalised text);
 * - runs joined by a hyphen form one token with parts ("ESF-rådet" → "esf-rådet", "esf",
 *   "rådet"); digits joined by a dash, slash, point or comma form a number token with parts
 *   ("2014–2020" → "2014–2020", "2014", "2020"; "1,5");
 * - a colon before one to three letters is kept ("ESF:s" → "esf:s" with part "esf"), and so is
 *   an apostrophe between letters;
 * - a plus sign right after digits is kept ("55+");
 * - a run mixing letters and digits also gives its stretches as parts ("covid19" → "covid",
 *   "19").
 *
 * Each token's text is NFC-normalised and lower-cased (`toLocaleLowerCase('sv')`); offsets
 * always refer to the original, so highlighting can mark the text exactly as written.
 *
 * @example
 * tokenize('ESF-rådet: 55+ år, 2014–2020').map((t) => t.text)
 * // ['esf-rådet', '55+', 'år', '2014–2020']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  forEachToken(
    text,
    (word, start, end, numeric) => {
      tokens.push({ text: word, start, end, numeric, parts: NO_PARTS })
    },
    (token) => {
      tokens.push(token)
    },
  )
  return tokens
}

/**
 * The scanner behind {@link tokenize}, without building a token object for plain words (one
 * run, no parts), which are most of a text: `onWord` gets their normalised text and offsets,
 * `onToken` gets every other token. `analyzeText` uses it to skip the allocation.
 *
 * @example
 * forEachToken('Två kommuner', (word) => console.log(word), (token) => console.log(token.parts))
 * // logs 'två', then 'kommuner'
 */
export function forEachToken(
  text: string,
  onWord: (word: string, start: number, end: number, numeric: boolean) => void,
  onToken: (token: Token) => void,
): void {
  const length = text.length
  let i = 0
  while (i < length) {
    // Skip to the next word character (Latin fast path first).
    const code = text.charCodeAt(i)
    const cls = code < 0x250 ? (LATIN_CLASSES[code] as number) : classify(text, i)
    if ((cls & (LETTER | DIGIT)) === 0) {
      i += code < 0xd800 ? 1 : width(text, i)
      continue
    }
    scanRun(text, i)
    const after = scan.end < length ? (text[scan.end] as string) : ''
    if (after === '' || !MAY_CONTINUE.includes(after)) {
      // The common case, a word followed by a space or punctuation: no Run object needed.
      const end = scan.end
      if (scan.letters && scan.digits) onToken(makeSingleToken(text, scan, end))
      else
        onWord(
          normalise(text, scan.start, end, scan.plain, scan.latin),
          scan.start,
          end,
          !scan.letters,
        )
      i = end
      continue
    }
    let run: Run = { ...scan }
    const runs: Run[] = [run]
    // Extend with joiners while the joined piece is allowed.
    for (;;) {
      const joiner = text[run.end]
      if (joiner === undefined || !MAY_CONTINUE.includes(joiner)) break
      const next = run.end + 1
      if (next >= length || (classify(text, next) & (LETTER | DIGIT)) === 0) break
      scanRun(text, next)
      const following: Run = { ...scan }
      let joins = false
      if (HYPHENS.includes(joiner)) joins = true
      else if (NUMBER_JOINERS.includes(joiner)) joins = isNumberRun(run) && isNumberRun(following)
      else if (joiner === ':') {
        joins = !following.digits && following.end - following.start <= 3
      } else if (APOSTROPHES.includes(joiner)) joins = run.letters && following.letters
      if (!joins) break
      runs.push(following)
      run = following
    }
    let end = run.end
    // "55+": keep a plus sign that directly follows digits and ends the token.
    if (isNumberRun(run) && text[end] === '+') {
      const next = end + 1
      if (next >= length || (classify(text, next) & (LETTER | DIGIT)) === 0) end = next
    }
    if (runs.length > 1) onToken(makeJoinedToken(text, end, runs))
    else if (run.letters && run.digits) onToken(makeSingleToken(text, run, end))
    else onWord(normalise(text, run.start, end, run.plain, run.latin), run.start, end, !run.letters)
    i = end
  }
}

function isNumberRun(run: Run): boolean {
  return run.digits && !run.letters
}

/** Result of the last `scanRun`, reused so that scanning a plain word allocates nothing. */
const scan: Run = { start: 0, end: 0, letters: false, digits: false, plain: true, latin: true }

/** Scans one run of word characters from `start` into {@link scan}. */
function scanRun(text: string, start: number): void {
  let i = start
  let letters = false
  let digits = false
  let plain = true
  let latinOnly = true
  const length = text.length
  while (i < length) {
    const code = text.charCodeAt(i)
    // Fast path: Latin letters and digits, by far the most common in Swedish text.
    if (code < 0x250) {
      const cls = LATIN_CLASSES[code] as number
      if (cls & LETTER) letters = true
      else if (cls & DIGIT) digits = true
      else if (cls === IGNORABLE) {
        plain = false
        latinOnly = false
      } else break
      if ((cls & PLAIN) === 0) plain = false
      i++
      continue
    }
    const cls = classify(text, i)
    if (cls & LETTER) letters = true
    else if (cls & DIGIT) digits = true
    else if (cls !== IGNORABLE) break
    plain = false
    latinOnly = false
    i += width(text, i)
  }
  scan.start = start
  scan.end = i
  scan.letters = letters
  scan.digits = digits
  scan.plain = plain
  scan.latin = latinOnly
}

/**
 * Every code unit below U+0300 is unchanged by NFC and none of them composes with a preceding
 * letter, so Latin-only text needs lower-casing alone; only other text pays for `normalize`.
 */
function normalise(
  text: string,
  start: number,
  end: number,
  plain: boolean,
  latin: boolean,
): string {
  const slice = text.slice(start, end)
  if (plain) return slice
  return latin ? slice.toLowerCase() : normalizeWord(slice)
}

function makeSingleToken(text: string, run: Run, end: number): Token {
  // A trailing "+" ("55+") is ASCII and lower-case already, so the run's flags still hold.
  const normalised = normalise(text, run.start, end, run.plain, run.latin)
  const parts = run.letters && run.digits ? lettersAndDigits(text, run) : NO_PARTS
  return { text: normalised, start: run.start, end, numeric: !run.letters, parts }
}

/**
 * The letter and digit stretches of a mixed run ("covid19" → "covid", "19"), so that a search
 * for either finds the whole; a run glued together by text extraction ("Projektperiod2014")
 * comes apart the same way.
 */
function lettersAndDigits(text: string, run: Run): readonly TokenPart[] {
  const parts: TokenPart[] = []
  let start = run.start
  let digits = (classify(text, start) & DIGIT) !== 0
  const push = (end: number): void => {
    // A lone letter ("a4", "3d") is no word of its own; lone digits are kept.
    if (digits || end - start >= 2) {
      parts.push({ text: normalise(text, start, end, false, false), start, end })
    }
  }
  for (let i = start; i < run.end; i += width(text, i)) {
    const cls = classify(text, i)
    if (cls === IGNORABLE) continue
    const isDigit = (cls & DIGIT) !== 0
    if (isDigit === digits) continue
    push(i)
    start = i
    digits = isDigit
  }
  push(run.end)
  return parts.length > 1 ? parts : NO_PARTS
}

function makeJoinedToken(text: string, end: number, runs: readonly Run[]): Token {
  const start = (runs[0] as Run).start
  let plain = true
  let latinOnly = true
  let letters = false
  for (const run of runs) {
    plain &&= run.plain
    latinOnly &&= run.latin
    letters ||= run.letters
  }
  // Joiners are ASCII or general punctuation, which lower-casing and NFC leave alone.
  const whole = normalise(text, start, end, plain, latinOnly)
  const parts: TokenPart[] = []
  for (const run of runs) {
    // A one-letter piece ("s" in "ESF:s", "e" in "e-post") carries no meaning of its own.
    if (run.end - run.start < 2 && run.letters) continue
    parts.push({
      text: normalise(text, run.start, run.end, run.plain, run.latin),
      start: run.start,
      end: run.end,
    })
    if (run.letters && run.digits) parts.push(...lettersAndDigits(text, run))
  }
  return { text: whole, start, end, numeric: !letters, parts }
}
