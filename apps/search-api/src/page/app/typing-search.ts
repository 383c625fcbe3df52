/**
 * How long typing must pause before the page searches what is typed: long enough that a
 * steady typist sends one request per word or so, short enough that the results feel as if
 * they follow the keys. The API reads the last word as one still being typed (`arbetsförm` is
 * on its way to *Arbetsförmedlingen*), so a half-typed word already finds what it will.
 */
export const TYPING_PAUSE_MS = 250

/** The search of a typing pause: `replace` when it continues the typing already searched. */
export type TypingSearch = (options: { replace: boolean }) => void

/** Controls the search-as-you-type of one input. */
export interface TypingWatch {
  /**
   * Drops a pending search and ends the burst: the next pause starts a new history entry.
   * Returns whether the burst had searched (and so has a history entry of its own).
   */
  end(): boolean
}

/**
 * Whether an `input` event is the browser emptying a search box by itself (Escape, or the ✕
 * in the box) rather than a keystroke: Chromium and Safari send that one as a plain `Event`,
 * typing and deleting send an `InputEvent`.
 */
function isClearedByBrowser(event: Event, input: HTMLInputElement): boolean {
  return !(event instanceof InputEvent) && input.value === ''
}

/**
 * Searches the input's text after each pause in typing. One burst of typing is one history
 * entry: its first search pushes one, the following ones replace it, so Back leads to the
 * results before the typing rather than to every prefix typed. Text being composed with an
 * input method (a dead key, a Chinese IME) waits until it is complete. The browser emptying
 * the box (Escape with no list open, the ✕) is no typing: it ends the burst and is searched at
 * once as a step of its own, so the results, the URL and the reading line follow the empty box
 * without a pause and Back brings the query back.
 *
 * @example
 * const typing = watchTyping(queryInput, ({ replace }) => navigate(url(), { replace }))
 * form.addEventListener('submit', () => navigate(url(), { replace: typing.end() }))
 */
export function watchTyping(
  input: HTMLInputElement,
  search: TypingSearch,
  pauseMs = TYPING_PAUSE_MS,
): TypingWatch {
  let timer: ReturnType<typeof setTimeout> | undefined
  let searchedInBurst = false
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      search({ replace: searchedInBurst })
      searchedInBurst = true
    }, pauseMs)
  }
  const end = () => {
    clearTimeout(timer)
    timer = undefined
    const searched = searchedInBurst
    searchedInBurst = false
    return searched
  }
  input.addEventListener('input', (event) => {
    if (event instanceof InputEvent && event.isComposing) return
    if (isClearedByBrowser(event, input)) {
      end()
      search({ replace: false })
    } else schedule()
  })
  input.addEventListener('compositionend', schedule)
  return { end }
}
