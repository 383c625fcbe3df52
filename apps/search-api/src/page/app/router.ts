import { config } from './elements.js'
import { showProject } from './project-view.js'
import { releaseQueryReading } from './query-reading.js'
import { searchParamsOf } from './search-requests.js'
import { hasResults, isSearchVisible, leaveSearch, showSearch } from './search-view.js'
import { showStats } from './stats-view.js'
import { projectIdFromHash, STATS_HASH } from './url-state.js'

let routedHref = ''
let cameFromSearch = false

/** Whether the project on screen was opened from the results, so "back" can be history.back(). */
export function openedFromResults(): boolean {
  return cameFromSearch
}

/** Renders whatever the URL says; called on load, after `navigate` and on back/forward. */
export async function route(
  options: { focusResults?: boolean; whileTyping?: boolean } = {},
): Promise<void> {
  if (location.href === routedHref) return
  const wasSearch = isSearchVisible()
  routedHref = location.href
  const projectId = projectIdFromHash(location.hash)
  // Only what /search knows: a decorated link (utm_source, fbclid, …) opens its results, and
  // its statistics, instead of an "unknown parameter" answer.
  const params = searchParamsOf(new URLSearchParams(location.search), config.searchParams)
  if (location.hash === STATS_HASH) {
    cameFromSearch = false
    leaveSearch()
    await showStats(params)
  } else if (projectId !== null) {
    cameFromSearch = wasSearch && hasResults()
    leaveSearch()
    await showProject(projectId)
  } else {
    await showSearch(params, options)
  }
}

/**
 * Goes to a new state, then renders it: one new history entry, or with `replace` in place of
 * the current one (the searches of one burst of typing). Going where the page already is adds
 * no entry: Enter after the typing already searched it would otherwise need two Backs; and
 * since Enter concludes the typing, the reading that typing held back is shown at once.
 * `whileTyping` says the search is one of a pause in typing (see `renderResults`).
 */
export function navigate(
  url: string,
  options: { focusResults?: boolean; replace?: boolean; whileTyping?: boolean } = {},
): void {
  const { replace = false, ...routeOptions } = options
  if (new URL(url, location.href).href !== location.href) {
    if (replace) history.replaceState(null, '', url)
    else history.pushState(null, '', url)
  } else if (!options.whileTyping) releaseQueryReading()
  void route(routeOptions)
}
