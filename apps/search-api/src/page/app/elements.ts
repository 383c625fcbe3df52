import type { PageConfig } from '../page-config.js'
import { byId } from './_dom.js'

/** The page's configuration, embedded by the server as a JSON data block. */
export const config = JSON.parse(
  byId('page-config', HTMLScriptElement).textContent ?? '{}',
) as PageConfig

/** The elements of `index.html` the script works with, looked up once. */
export const elements = {
  form: byId('search-form', HTMLFormElement),
  queryInput: byId('q', HTMLInputElement),
  completionsList: byId('q-completions', HTMLDivElement),
  fieldsSelect: byId('fields', HTMLSelectElement),
  sortSelect: byId('sort', HTMLSelectElement),
  grantMinInput: byId('grantMin', HTMLInputElement),
  grantMaxInput: byId('grantMax', HTMLInputElement),
  grantError: byId('grant-error', HTMLElement),
  searchView: byId('search-view', HTMLElement),
  resultsHeading: byId('results-heading', HTMLElement),
  resultCount: byId('result-count', HTMLElement),
  queryReading: byId('query-reading', HTMLElement),
  searchStatus: byId('search-status', HTMLElement),
  searchError: byId('search-error', HTMLElement),
  hitList: byId('hits', HTMLOListElement),
  noHits: byId('no-hits', HTMLElement),
  pagination: byId('pagination', HTMLElement),
  exportCsv: byId('export-csv', HTMLAnchorElement),
  exportCsvSemicolon: byId('export-csv-semicolon', HTMLAnchorElement),
  facetsContainer: byId('facets', HTMLElement),
  clearFilters: byId('clear-filters', HTMLAnchorElement),
  filterPanel: byId('filter-panel', HTMLDetailsElement),
  filters: byId('filters', HTMLElement),
  projectView: byId('project-view', HTMLElement),
  statsView: byId('stats-view', HTMLElement),
  statsLink: byId('stats-link', HTMLAnchorElement),
  exportXlsx: byId('export-xlsx', HTMLAnchorElement),
}
