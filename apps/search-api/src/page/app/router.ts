import { showProject } from './project-view.js'
import { hasResults, isSearchVisible, leaveSearch, showSearch } from './search-view.js'
import { projectIdFromHash } from './url-state.js'

let routedHref = ''
let cameFromSearch = false

/** Whether the project on screen was opened from the results, so "back" can be history.back(). */
export function openedFromResults(): boolean {
  return cameFromSearch
}

/** Renders whatever the URL says; called on load, after `navigate` and on back/forward. */
export async function route(options: { focusResults?: boolean } = {}): Promise<void> {
  if (location.href === routedHref) return
  const wasSearch = isSearchVisible()
  routedHref = location.href
  const projectId = projectIdFromHash(location.hash)
  if (projectId !== null) {
    cameFromSearch = wasSearch && hasResults()
    leaveSearch()
    await showProject(projectId)
  } else {
    await showSearch(new URLSearchParams(location.search), options)
  }
}

/** Goes to a new state: one history entry, then render it. */
export function navigate(url: string, options: { focusResults?: boolean } = {}): void {
  history.pushState(null, '', url)
  void route(options)
}
