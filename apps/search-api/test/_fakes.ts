import { type AppDeps, createApp } from '../src/app.js'
import type { ApiConfig } from '../src/config.js'
import type {
  DocumentsRequest,
  FacetSearchRequest,
  FederatedSearchRequest,
  FederatedSearchResult,
  SearchGateway,
  SingleSearchRequest,
} from '../src/meilisearch-gateway.js'
import { createPlainAnalyzer } from '../src/search-analyzer.js'

/** A search document as the fake returns it (only what the API reads). */
export const DOC_000 = {
  id: '000',
  title: 'Socialfonden i de regionala kompetensplattformarna',
  owner: 'APeL Forskning och utveckling',
  region: 'Övre Norrland',
  programArea: '2007–2013: 2 Ökat arbetskraftsutbud',
  phase: 'Genomförande',
  startDate: '2014-04-01',
  endDate: '2014-10-31',
  esfGrant: 450000,
  totalBudget: 450000,
  county: ['Norrbottens län', 'Västerbottens län'],
  municipality: ['Arjeplog', 'Umeå'],
  targetGroup: ['funktionsnedsatta'],
  layout: 'A',
  accessibility:
    'I budget har avsatts medel för medverkan av tillgänglighetsexpert som kan ge stöd.',
  background: 'De regionalt utvecklingsansvariga organisationerna fick i uppdrag <b>…</b>',
}

/** A gateway that records what the app asks and answers from canned data. */
export function createFakeGateway(options: { docs?: Record<string, unknown>[] } = {}) {
  const docs = options.docs ?? [DOC_000]
  const calls = {
    federated: [] as FederatedSearchRequest[],
    facet: [] as FacetSearchRequest[],
    single: [] as SingleSearchRequest[],
    documents: [] as DocumentsRequest[],
    health: 0,
    indexInfo: 0,
  }
  /** The live index's version as the fake reports it; tests change it to mimic a swap. */
  const version = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z' }
  const gateway: SearchGateway = {
    indexUid: 'projects',
    async federatedSearch(request): Promise<FederatedSearchResult> {
      calls.federated.push(request)
      const { offset, limit } = request.federation
      return {
        hits: docs.slice(offset, offset + limit),
        processingTimeMs: 3,
        estimatedTotalHits: docs.length,
        facetDistribution: { region: { 'Övre Norrland': docs.length }, layout: { A: docs.length } },
        facetStats: { esfGrant: { min: 450000, max: 450000 }, totalBudget: { min: 1, max: 2 } },
      }
    },
    async facetSearch(request) {
      calls.facet.push(request)
      return {
        facetHits: [{ value: 'Umeå', count: 2 }],
        facetQuery: request.facetQuery ?? null,
        processingTimeMs: 1,
      }
    },
    async search(request) {
      calls.single.push(request)
      const hits = request.filter === 'id = "000"' ? [{ project: { id: '000', title: 'x' } }] : []
      return { hits, processingTimeMs: 1 }
    },
    async fetchDocuments(request) {
      calls.documents.push(request)
      const { offset, limit } = request
      return { results: docs.slice(offset, offset + limit), total: docs.length, offset, limit }
    },
    async health() {
      calls.health++
    },
    async indexInfo() {
      calls.indexInfo++
      return { uid: 'projects', ...version }
    },
  }
  return { gateway, calls, version }
}

/** An app over the fake gateway, with the plain analyser and errors logged into `logged`. */
export function createTestApp(
  config: Partial<ApiConfig> = {},
  fake: Pick<ReturnType<typeof createFakeGateway>, 'gateway' | 'calls'> = createFakeGateway(),
  deps: Pick<AppDeps, 'preloadStats'> = {},
) {
  const logged: Record<string, unknown>[] = []
  const app = createApp({
    ...deps,
    search: fake.gateway,
    analyzer: createPlainAnalyzer(),
    // One federated request per search, so that tests read what was asked in `federated[0]`;
    // the split has its own tests (parallel-facets.test.ts).
    config: { parallelFacets: 'never', ...config },
    log: (entry) => logged.push(entry),
  })
  return { app, calls: fake.calls, logged }
}

/** The body of a problem response, asserting its content type. */
export async function problemOf(res: Response) {
  if (res.headers.get('content-type') !== 'application/problem+json') {
    throw new Error(`not a problem: ${res.status} ${res.headers.get('content-type')}`)
  }
  return (await res.json()) as {
    type: string
    title: string
    status: number
    detail: string
    instance: string
    invalidParams?: { name: string; reason: string }[]
  }
}
