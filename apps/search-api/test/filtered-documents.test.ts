import { expect, test } from 'vitest'
import { fetchFiltered } from '../src/_filtered-documents.js'
import { UpstreamError } from '../src/meilisearch-gateway.js'
import { createFakeGateway } from './_fakes.js'

/** `fetchFiltered` over a gateway whose documents route fails with `error`. */
function fetchFailingWith(error: UpstreamError) {
  const { gateway } = createFakeGateway()
  gateway.fetchDocuments = async () => {
    throw error
  }
  return fetchFiltered(gateway, { limit: 10, offset: 0 }, new AbortController().signal)
}

// The decision rests on Meilisearch's code and status, not on the wording of its message.
test.each([
  ['the invalid_api_key code', { code: 'invalid_api_key', status: 403 }],
  ['a 403 without a code', { status: 403 }],
])('a key without documents.get (%s): null, so the caller searches instead', async (_, answer) => {
  const error = new UpstreamError('rejected', 'Worded in any way.', answer)
  await expect(fetchFailingWith(error)).resolves.toBeNull()
})

test('another refusal is thrown, even when its message reads like a forbidden key', async () => {
  const error = new UpstreamError('rejected', 'invalid_api_key: not really', {
    code: 'invalid_document_filter',
    status: 400,
  })
  await expect(fetchFailingWith(error)).rejects.toBe(error)
})

test('an unreachable Meilisearch is thrown', async () => {
  const error = new UpstreamError('unavailable', 'Meilisearch is not reachable')
  await expect(fetchFailingWith(error)).rejects.toBe(error)
})
