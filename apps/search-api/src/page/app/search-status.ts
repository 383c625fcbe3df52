import { elements } from './elements.js'
import { STATUS_QUIET_MS } from './status-quiet.js'

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
