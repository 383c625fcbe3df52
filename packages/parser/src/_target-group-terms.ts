import { TARGET_GROUPS } from '@projektbank/model'
import { infoOf, LOWER_MASK, SPACE } from './_characters.js'

/**
 * The model's target-group terms as one Aho-Corasick automaton, for the scan in
 * `_target-groups.ts`: one table step per character finds every place where a term's letters
 * end, whatever the term, so no position needs candidate work of its own. Before, terms were
 * tried at every word start whose first three letters began some term and at every in-word
 * letter that could start an in-word term; with the terms about staff (`*sköterskor`,
 * `*biträden`, `*chefer`) that was most words and every in-word `s`, `b` and `c`.
 */

/** Marks a space in a term: one or more white-space characters in the text. */
export const GAP = -1

/** One term of one group. */
export interface Alternative {
  readonly groupIndex: number
  /** Symbols (see {@link symbolOf}) of the term's characters without its `*`s; GAP for a space. */
  readonly units: readonly number[]
  /** `*chefer`: may start inside a word. Otherwise it must start one. */
  readonly openStart: boolean
  /** `ungdom*`: letters may follow. Otherwise the term must end the word. */
  readonly openEnd: boolean
  /**
   * Rank among all terms: at one position the lowest wins. Terms that must start a word come
   * first, then groups in facet order, a group's longer terms before its shorter ones
   * (`unga vuxna` before `unga`).
   */
  readonly priority: number
}

/** Symbol numbers of lower-case code units that occur in some term, from 1; 0 for all others. */
const SYMBOLS = new Uint8Array(0x10000)
let symbolCount = 1
const lowerTerms = TARGET_GROUPS.map((group) =>
  [...group.terms].sort((a, b) => b.length - a.length).map((term) => term.toLowerCase()),
)
for (const char of lowerTerms.flat().join('').replace(/[* ]/g, '')) {
  const unit = char.charCodeAt(0)
  if (SYMBOLS[unit] === 0) SYMBOLS[unit] = symbolCount++
}
/** The symbol of any run of white space. */
const SPACE_SYMBOL = symbolCount++
/** Entries per state in {@link STEP}: one per symbol, plus an unused one (symbols are stored plus one). */
const WIDTH = symbolCount + 1
if (WIDTH > 0xff) throw new Error('Target-group terms use more than 252 distinct characters')

/**
 * Per code unit: its symbol plus one (0: not looked up yet), so that `state + SYMBOL[code]`
 * indexes {@link STEP}. Filled lazily by {@link symbolOf}.
 */
export const SYMBOL = new Uint8Array(0x10000)

/**
 * The automaton's symbol (plus one) for a code unit: the term character its lower-case form
 * is, the white-space symbol, or none; looked up and stored the first time.
 *
 * @example
 * symbolOf(0x20) === symbolOf(0xa0) // true: a space and a no-break space
 */
export function symbolOf(code: number): number {
  const known = SYMBOL[code] ?? 0
  if (known !== 0) return known
  const info = infoOf(code)
  const symbol = (info & SPACE) !== 0 ? SPACE_SYMBOL : (SYMBOLS[info & LOWER_MASK] ?? 0)
  SYMBOL[code] = symbol + 1
  return symbol + 1
}

function alternativeOf(term: string, groupIndex: number): Omit<Alternative, 'priority'> {
  const core = term.slice(term.startsWith('*') ? 1 : 0, term.endsWith('*') ? -1 : undefined)
  if (core === '' || core !== core.trim() || core.includes('  ')) {
    // A data error in the model's term list, caught by any test that loads the parser.
    throw new Error(`Target-group term "${term}" must not start or end with a space or hold two`)
  }
  const units = [...core].map((char) => (char === ' ' ? GAP : (SYMBOLS[char.charCodeAt(0)] ?? 0)))
  return { groupIndex, units, openStart: term.startsWith('*'), openEnd: term.endsWith('*') }
}

function alternativesInPriorityOrder(): Alternative[] {
  const all = lowerTerms.flatMap((terms, groupIndex) =>
    terms.map((term) => alternativeOf(term, groupIndex)),
  )
  return [...all.filter((a) => !a.openStart), ...all.filter((a) => a.openStart)].map(
    (alternative, priority) => ({ ...alternative, priority }),
  )
}

/**
 * The automaton as a table. An entry is the next state's row (its number times the width)
 * times two, plus one when some term's characters end in that state; so a step is
 * `entry = STEP[(entry >> 1) + SYMBOL[code]]`, and `entry & 1` says whether to look closer.
 */
export let STEP = new Int32Array(0)
/** Per state's row (see {@link STEP}, entry >> 1): the terms whose characters end there. */
export const ENDING_AT_ROW = new Map<number, readonly Alternative[]>()

function build(alternatives: readonly Alternative[]): void {
  const next: Map<number, number>[] = [new Map()]
  const viaSpace: boolean[] = [false]
  const own: Alternative[][] = [[]]
  for (const alternative of alternatives) {
    let state = 0
    for (const unit of alternative.units) {
      const symbol = unit === GAP ? SPACE_SYMBOL : unit
      let target = next[state]?.get(symbol)
      if (target === undefined) {
        target = next.length
        next.push(new Map())
        viaSpace.push(symbol === SPACE_SYMBOL)
        own.push([])
        next[state]?.set(symbol, target)
      }
      state = target
    }
    own[state]?.push(alternative)
  }
  const goTo = new Int32Array(next.length * WIDTH)
  const fail = new Int32Array(next.length)
  const ending: Alternative[][] = own.map((list) => [...list])
  // Breadth first, so that a state's fail state is complete before the state itself.
  const queue: number[] = [0]
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] ?? 0
    const failState = fail[state] ?? 0
    if (state !== 0) ending[state]?.push(...(ending[failState] ?? []))
    for (let symbol = 0; symbol < symbolCount; symbol += 1) {
      const target = next[state]?.get(symbol)
      const viaFail = state === 0 ? 0 : (goTo[failState * WIDTH + symbol + 1] ?? 0)
      if (target === undefined) goTo[state * WIDTH + symbol + 1] = viaFail
      else {
        fail[target] = state === 0 ? 0 : viaFail
        goTo[state * WIDTH + symbol + 1] = target
        queue.push(target)
      }
    }
    // A run of white space is one gap: after a space, more space leaves the state as it is.
    if (viaSpace[state] === true) goTo[state * WIDTH + SPACE_SYMBOL + 1] = state
  }
  STEP = goTo.map((target) => ((target * WIDTH) << 1) | ((ending[target]?.length ?? 0) > 0 ? 1 : 0))
  ending.forEach((list, state) => {
    if (list.length > 0) ENDING_AT_ROW.set(state * WIDTH, list)
  })
}

build(alternativesInPriorityOrder())
