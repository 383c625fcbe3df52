import {
  type DocumentsRequest,
  type DocumentsResult,
  type SearchGateway,
  UpstreamError,
} from './meilisearch-gateway.js'

/**
 * Documents matching a filter, read without ranking from Meilisearch's documents endpoint. A
 * request with no query needs no ranking, and a search ranks anyway: on 50 000 projects an
 * export of 10 000 rows as a search reads and orders every match, while the documents
 * endpoint streams the stored order (or sorts on a sortable attribute).
 *
 * Answers `null` when the key may not read documents — a search key made before it had the
 * `documents.get` action, or a `MEILI_SEARCH_KEY` with `search` only — so that the caller
 * searches instead and the answer stays the same, only slower. Other failures are thrown.
 *
 * @example
 * const read = await fetchFiltered(gateway, { filter, fields: ['id'], limit: 1000, offset: 0 }, signal)
 * if (read === null) … // search instead
 */
export async function fetchFiltered(
  gateway: SearchGateway,
  request: DocumentsRequest,
  signal: AbortSignal,
): Promise<DocumentsResult | null> {
  try {
    return await gateway.fetchDocuments(request, signal)
  } catch (error) {
    if (error instanceof UpstreamError && error.failure === 'rejected' && isForbidden(error)) {
      return null
    }
    throw error
  }
}

/** Meilisearch answers a key without the action with 403 `invalid_api_key`. */
function isForbidden(error: UpstreamError): boolean {
  return error.message.startsWith('invalid_api_key:') || error.message.startsWith('403:')
}
