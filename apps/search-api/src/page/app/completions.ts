import type { Completion } from '@projektbank/model'
import { h } from './_dom.js'
import { mayBeCompleted } from './completable.js'

/**
 * How long the list stays open while nothing is typed or chosen in it: it lies over the top
 * of the results, the line that says how the query was read ("Visar resultat för …") among
 * them, and must not hide it for long.
 */
export const COMPLETIONS_IDLE_MS = 5_000

/** What {@link watchCompletions} needs from the page. */
export interface CompletionsOptions {
  /** The completions of the box's text (`GET /completions`). */
  fetchCompletions(q: string, signal: AbortSignal): Promise<Completion[]>
  /** Searches the box's text once a completion is in it. */
  search(): void
  /** Fewest characters of the word being typed worth asking about (`/completions`' own minimum). */
  minLetters: number
  idleMs?: number
}

/** Controls the completions list of one search box. */
export interface CompletionsList {
  /** Closes the list and drops the answer still awaited, e.g. when the form is submitted. */
  close(): void
}

/**
 * Completions of the word being typed in `input`, as an ARIA 1.2 combobox whose `listbox`
 * is `list`: asked at each letter typed that the API could complete (see {@link mayBeCompleted}),
 * not at the typing pause the search waits for, since
 * the API answers from memory in well under a millisecond and the list should follow the
 * letters; an answer for text no longer in the box, or overtaken by a newer request, is
 * dropped (each request aborts the one before). ↓ and ↑ move the highlight (the focus stays
 * in the box, `aria-activedescendant` names the option), Enter or a click takes the
 * highlighted completion and searches, Escape closes the list, and so do leaving the box and
 * {@link COMPLETIONS_IDLE_MS} without a key. Enter with nothing highlighted submits the form
 * as before.
 *
 * @example
 * const completions = watchCompletions(queryInput, completionsList, {
 *   fetchCompletions,
 *   search,
 *   minLetters: 3,
 * })
 * form.addEventListener('submit', () => completions.close())
 */
export function watchCompletions(
  input: HTMLInputElement,
  list: HTMLElement,
  options: CompletionsOptions,
): CompletionsList {
  const idleMs = options.idleMs ?? COMPLETIONS_IDLE_MS
  let shown: Completion[] = []
  let active = -1
  let inFlight: AbortController | undefined
  let idle: ReturnType<typeof setTimeout> | undefined

  const isOpen = () => !list.hidden
  const stayOpen = () => {
    clearTimeout(idle)
    idle = setTimeout(close, idleMs)
  }
  function close(): void {
    inFlight?.abort()
    inFlight = undefined
    clearTimeout(idle)
    shown = []
    active = -1
    list.hidden = true
    list.replaceChildren()
    input.setAttribute('aria-expanded', 'false')
    input.removeAttribute('aria-activedescendant')
  }
  const optionId = (index: number) => `${list.id}-${index}`
  function show(completions: Completion[]): void {
    shown = completions
    active = -1
    input.removeAttribute('aria-activedescendant')
    list.replaceChildren(
      ...completions.map((completion, index) =>
        // The word alone, without `count`: that counts the projects writing the word itself,
        // and choosing it searches the whole query, read with its other forms, compounds and
        // synonyms, which finds another number more often than not (52 of 84 completions of
        // the seeds): a figure next to it would read as a promise the results then break.
        h(
          'div',
          { id: optionId(index), role: 'option', 'aria-selected': 'false' },
          h('span', { class: 'completion-word' }, completion.word),
        ),
      ),
    )
    list.hidden = false
    input.setAttribute('aria-expanded', 'true')
    stayOpen()
  }
  function highlight(index: number): void {
    active = index
    list.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index))
    })
    input.setAttribute('aria-activedescendant', optionId(index))
    document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' })
    stayOpen()
  }
  function take(completion: Completion): void {
    close()
    input.value = completion.query
    options.search()
  }
  function ask(q: string): void {
    inFlight?.abort()
    // The API would answer `[]` (a space typed, `un`): no request, and the list of the word
    // before goes at once instead of after a round trip.
    if (!mayBeCompleted(q, options.minLetters)) {
      close()
      return
    }
    const controller = new AbortController()
    inFlight = controller
    options.fetchCompletions(q, controller.signal).then(
      (completions) => {
        const current =
          inFlight === controller && input.value === q && document.activeElement === input
        if (!current) return
        inFlight = undefined
        if (completions.length === 0) close()
        else show(completions)
      },
      () => {
        // Aborted by a newer letter, or failed: completions are a help, never an error.
        if (inFlight === controller) close()
      },
    )
  }

  input.addEventListener('input', (event) => {
    if (event instanceof InputEvent && event.isComposing) return
    ask(input.value)
  })
  input.addEventListener('compositionend', () => ask(input.value))
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return
    if (!isOpen()) {
      if (event.key === 'ArrowDown' && input.value.trim() !== '') {
        event.preventDefault()
        ask(input.value)
      }
      return
    }
    const count = shown.length
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        highlight(active + 1 < count ? active + 1 : 0)
        break
      case 'ArrowUp':
        event.preventDefault()
        highlight(active > 0 ? active - 1 : count - 1)
        break
      case 'Enter': {
        const completion = shown[active]
        if (completion === undefined) {
          close()
          return
        }
        event.preventDefault()
        take(completion)
        break
      }
      case 'Escape':
        // A search box would also empty itself on Escape: only the list goes.
        event.preventDefault()
        close()
        break
      default:
        stayOpen()
    }
  })
  input.addEventListener('blur', close)
  // The box keeps the focus when an option is pressed, so the list is still there on click.
  list.addEventListener('mousedown', (event) => event.preventDefault())
  list.addEventListener('mousemove', stayOpen)
  list.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null
    const index = option ? Array.from(list.children).indexOf(option) : -1
    const completion = shown[index]
    if (completion !== undefined) take(completion)
  })
  return { close }
}
