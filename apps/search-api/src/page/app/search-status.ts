import { elements } from './elements.js'
import { STATUS_QUIET_MS } from './status-quiet.js'

let pending: ReturnType<typeof setTimeout> | undefined
let message = ''
let alongside: (() => void) | undefined

function restart(): void {
  clearTimeout(pending)
  pending = setTimeout(() => {
    pending = undefined
    elements.searchStatus.textContent = message
    settle()
  }, STATUS_QUIET_MS)
}

function settle(): void {
  const shown = alongside
  alongside = undefined
  shown?.()
}

/**
 * Says `text` in the search's live region once the page has rested for
 * {@link STATUS_QUIET_MS}; a newer text in the meantime takes its place. `show`, if given,
 * runs at that moment too, to show what the text says (the reading line held back while
 * typing), or at once when the announcement is dropped, so it never stays hidden.
 *
 * @example
 * announceWhenQuiet('4 träffar. Visar resultat för örebro.', releaseQueryReading)
 */
export function announceWhenQuiet(text: string, show?: () => void): void {
  message = text
  alongside = show
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
 * Drops the announcement still waiting, when the results it speaks of are no longer shown;
 * what was to be shown with it is shown now.
 *
 * @example
 * cancelAnnouncement()
 */
export function cancelAnnouncement(): void {
  clearTimeout(pending)
  pending = undefined
  settle()
}
