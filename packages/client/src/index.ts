// The model's types of what the API answers, so that an app needs one import.
export type {
  Completion,
  CompletionsResponse,
  Facet,
  FacetSearchResponse,
  Problem,
  Project,
  SearchHit,
  SearchResponse,
  StatsGroup,
  StatsResponse,
} from '@projektbank/model'
export {
  type CallOptions,
  type Client,
  type ClientOptions,
  createClient,
  type FetchLike,
} from './create-client.js'
export type {
  CompletionsParams,
  ExportParams,
  FacetParams,
  HealthStatus,
  ParamsOf,
  SearchParams,
  StatsParams,
} from './params.js'
export { ProblemError } from './problem-error.js'
