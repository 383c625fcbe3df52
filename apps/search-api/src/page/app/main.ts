/**
 * The search page's script, bundled into one module by the build. All state is in the URL
 * (see `url-state.ts`). No HTML is ever parsed from a string: snippets are tokenised into text
 * and `<mark>` elements, everything else is built with the DOM API (the Content-Security-Policy
 * enforces this with Trusted Types).
 */
import { fetchCompletions } from './api.js'
import { watchCompletions } from './completions.js'
import { config, elements } from './elements.js'
import { toggleFacetList } from './facets.js'
import { navigate, openedFromResults, route } from './router.js'
import { formParams, setUpSearchForm } from './search-form.js'
import { postponeAnnouncement } from './search-status.js'
import { redrawFacets } from './search-view.js'
import { watchTyping } from './typing-search.js'
import { pageUrl, withFacetValue, withFormValues } from './url-state.js'

// The module's one export, so a test in the browser can check snippets in the page's own code.
export { highlightedFragment } from './snippet-fragment.js'

const NARROW = '(max-width: 700px)'

/** A plain left click that the page can handle itself (not a new tab or window). */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}

const currentParams = () => new URLSearchParams(location.search)

function submitForm(options: { replace?: boolean } = {}): void {
  const params = formParams(currentParams())
  if (params) navigate(pageUrl(params, location.pathname), options)
}

/**
 * The search of a pause in typing: the query as typed on top of what the page shows, and
 * nothing else from the form (an amount half typed waits for its own button).
 */
function searchTyped(options: { replace: boolean }): void {
  const params = withFormValues(currentParams(), { q: elements.queryInput.value.trim() })
  navigate(pageUrl(params, location.pathname), { ...options, whileTyping: true })
}

function start(): void {
  const { form, queryInput, fieldsSelect, sortSelect, facetsContainer, filterPanel } = elements
  setUpSearchForm()

  const typing = watchTyping(queryInput, searchTyped)
  // A letter typed says the user is not listening yet: the results are told once it rests.
  queryInput.addEventListener('input', postponeAnnouncement)
  // A completion taken concludes the typing, as Enter does.
  const completions = watchCompletions(queryInput, elements.completionsList, {
    fetchCompletions,
    minLetters: config.completedPrefixLetters,
    search: () => submitForm({ replace: typing.end() }),
  })
  // Anything else the user does ends a burst of typing: its pending search is dropped and
  // the next typing starts a history entry of its own.
  const submit = () => {
    typing.end()
    submitForm()
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    completions.close()
    // Enter concludes the typing: it takes the place of the entry the pauses made, if any.
    submitForm({ replace: typing.end() })
  })
  fieldsSelect.addEventListener('change', submit)
  sortSelect.addEventListener('change', submit)

  facetsContainer.addEventListener('change', (event) => {
    const box = event.target
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return
    const params = withFacetValue(currentParams(), box.name, box.value, box.checked)
    typing.end()
    navigate(pageUrl(params, location.pathname))
  })
  facetsContainer.addEventListener('click', (event) => {
    const toggle = event.target instanceof Element ? event.target.closest('.facet-toggle') : null
    if (!(toggle instanceof HTMLButtonElement) || !toggle.dataset.facet) return
    toggleFacetList(toggle.dataset.facet)
    redrawFacets()
  })

  document.addEventListener('click', (event) => {
    if (!isPlainClick(event) || !(event.target instanceof Element)) return
    const link = event.target.closest('a')
    if (!link) return
    typing.end()
    if (link.classList.contains('skip-link')) {
      // Moves focus without adding "#filters" to the URL, where it would read as a route.
      event.preventDefault()
      if (window.matchMedia(NARROW).matches) filterPanel.open = true
      elements.filters.focus()
    } else if (link.classList.contains('back') && openedFromResults()) {
      event.preventDefault()
      history.back()
    } else if (link.closest('#pagination')) {
      event.preventDefault()
      navigate(link.href, { focusResults: true })
    } else if (link.matches('.back, #clear-filters')) {
      event.preventDefault()
      navigate(link.href)
    }
  })

  window.addEventListener('popstate', () => {
    typing.end()
    completions.close()
    void route()
  })
  window.addEventListener('hashchange', () => void route())

  // On a phone the filters sit under the results, folded.
  const narrow = window.matchMedia(NARROW)
  filterPanel.open = !narrow.matches
  narrow.addEventListener('change', () => {
    filterPanel.open = !narrow.matches
  })

  void route()
}

start()
