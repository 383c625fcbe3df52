import type { SearchResponse } from '@projektbank/model'
import { beginLoad, isLatestLoad } from './_in-flight.js'
import { ApiError, searchWithFacets } from './api.js'
import { config, elements } from './elements.js'
import { renderFacets } from './facets.js'
import { syncFormFromUrl } from './search-form.js'
import { renderResults } from './search-results.js'
import { cancelAnnouncement } from './search-status.js'

/** What the search view shows, to skip a reload when coming back from a project. */
let shown: { key: string; params: URLSearchParams; response: SearchResponse } | null = null
let savedScroll = 0

/** Whether the search view shows results (rather than an error or nothing yet). */
export function hasResults(): boolean {
  return shown !== null
}

/** Whether the search view is the one on screen. */
export function isSearchVisible(): boolean {
  return !elements.searchView.hidden
}

/** Remembers where the results were scrolled to, before another view covers them. */
export function leaveSearch(): void {
  cancelAnnouncement()
  if (isSearchVisible()) savedScroll = window.scrollY
}

/** Redraws the facets of the shown results, after a list was opened or folded. */
export function redrawFacets(): void {
  if (shown) renderFacets(shown.params, shown.response)
}

/**
 * Shows the results for these parameters. Coming back to the results already shown restores
 * the scroll position instead of searching again.
 */
export async function showSearch(
  params: URLSearchParams,
  options: { focusResults?: boolean; whileTyping?: boolean },
): Promise<void> {
  const { searchView, projectView, statsView, searchError, resultCount, resultsHeading } = elements
  document.body.dataset.view = 'search'
  projectView.hidden = true
  statsView.hidden = true
  searchView.hidden = false
  syncFormFromUrl(params)
  const key = params.toString()
  if (key === shown?.key) {
    window.scrollTo(0, savedScroll)
    return
  }
  const controller = beginLoad()
  searchView.setAttribute('aria-busy', 'true')
  try {
    const response = await searchWithFacets(params, config, controller.signal)
    shown = { key, params, response }
    searchError.hidden = true
    renderResults(params, response, { whileTyping: options.whileTyping ?? false })
    if (options.focusResults) resultsHeading.focus()
  } catch (error) {
    if (controller.signal.aborted) return
    shown = null
    cancelAnnouncement()
    searchError.textContent = `Sökningen misslyckades: ${error instanceof ApiError ? error.message : String(error)}`
    searchError.hidden = false
    resultCount.textContent = ''
  } finally {
    if (isLatestLoad(controller)) searchView.setAttribute('aria-busy', 'false')
  }
}
