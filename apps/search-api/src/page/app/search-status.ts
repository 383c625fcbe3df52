import { elements } from './elements.js'

/**
 * How long the page must rest — no letter typed, no newer results drawn — before a screen
 * reader is told what the results are. The page searches at each pause in typing (a quarter
 * of a second), and a live region that followed every search would speak the count and the
 * reading of each half word ("16 träffar. Visar resultat för försörj …") over the letters
 * being typed.
 */
export const STATUS_QUIET_MS = 1_000

let pending: ReturnType<typeof setTimeout> | undefined
let message = ''

function restart(): void {
  clearTimeout(pending)
  pending = setTimeout(() => {
    pending = undefined
    elements.searchStatus.textContent = message
  }, STATUS_QUIET_MS)
}

/**
 * Says `text` in the search's live region once the page has rested for
 * {@link STATUS_QUIET_MS}; a newer text in the meantime takes its place.
 *
 * @example
 * announceWhenQuiet('4 träffar. Visar resultat för örebro.')
 */
export function announceWhenQuiet(text: string): void {
  message = text
  restart()
}

/**
 * Puts off the announcement still waiting, if any: a letter typed says the user is not
 * listening yet.
 *
 * @example
 * queryInput.addEventListener('input', postponeAnnouncement)
 */
export function postponeAnnouncement(): void {
  if (pending !== undefined) restart()
}

/**
 * Drops the announcement still waiting, when the results it speaks of are no longer shown.
 *
 * @example
 * cancelAnnouncement()
 */
export function cancelAnnouncement(): void {
  clearTimeout(pending)
  pending = undefined
}
