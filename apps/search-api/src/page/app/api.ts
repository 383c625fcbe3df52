import type { Completion, CompletionsResponse, Project, SearchResponse } from '@projektbank/model'
import { type SearchRequestConfig, searchRequest } from './search-requests.js'

/** The API answered with an error; the message is its problem's `detail`. */
export class ApiError extends Error {}

/**
 * GETs JSON from the API, relative to the page, e.g. `search?q=unga`. A non-2xx answer
 * throws an {@link ApiError} with the problem's detail.
 */
export async function getJson(path: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } })
  const body = (await response.json().catch(() => null)) as { detail?: unknown } | null
  if (!response.ok) {
    const detail = typeof body?.detail === 'string' ? body.detail : `HTTP ${response.status}`
    throw new ApiError(detail)
  }
  return body
}

/**
 * The results for the page's parameters in one request: the API counts each selected facet
 * without its own filter (see {@link searchRequest}).
 */
export async function searchWithFacets(
  params: URLSearchParams,
  config: SearchRequestConfig,
  signal: AbortSignal,
): Promise<SearchResponse> {
  return (await getJson(`search?${searchRequest(params, config)}`, signal)) as SearchResponse
}

/** One whole project, by id. */
export async function fetchProject(id: string, signal: AbortSignal): Promise<Project> {
  return (await getJson(`projects/${encodeURIComponent(id)}`, signal)) as Project
}

/** Completions of the word being typed at the end of `q`, best first. */
export async function fetchCompletions(q: string, signal: AbortSignal): Promise<Completion[]> {
  const path = `completions?${new URLSearchParams({ q })}`
  return ((await getJson(path, signal)) as CompletionsResponse).completions
}
