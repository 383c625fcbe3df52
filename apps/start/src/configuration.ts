import { DEFAULT_INDEX } from '@projektbank/meili'
import { DEFAULT_CONFIG, DEFAULT_SERVER_LIMITS } from '@projektbank/search-api'

/**
 * One setting of Projektbank: a command-line flag, environment variables, or both.
 *
 * @example
 * const port: Setting = { flags: ['--port', '-p'], env: ['PORT'], default: '8787', meaning: 'port of the API' }
 */
export interface Setting {
  /** Flags of `pnpm start` (and `projektbank-api`, where they apply). */
  readonly flags?: readonly string[]
  /** Environment variables; two names read as `A` / `B` in the table (two settings, one row). */
  readonly env?: readonly string[]
  /** The default, as a user writes it. */
  readonly default: string
  readonly meaning: string
}

const api = DEFAULT_CONFIG
const server = DEFAULT_SERVER_LIMITS

/**
 * Every flag and environment variable of `pnpm start` and the programs it composes (Meilisearch
 * launcher, indexer, API): the one list the root README's configuration table is generated from.
 * `test/configuration-table.test.ts` fails when the README, this list, or the code that reads the
 * variables drift apart. Defaults of the API come from its own `DEFAULT_CONFIG`.
 */
export const CONFIGURATION: readonly Setting[] = [
  { flags: ['--port', '-p'], env: ['PORT'], default: '8787', meaning: 'port of the API' },
  { flags: ['--host'], env: ['HOST'], default: '127.0.0.1', meaning: 'interface to listen on' },
  { flags: ['--data', '-d'], default: '`seeds/`', meaning: 'sheets to index on `pnpm start`' },
  {
    env: ['MEILI_URL'],
    default: 'embedded server',
    meaning: 'use an existing Meilisearch instead of starting one',
  },
  {
    env: ['MEILI_MASTER_KEY', 'MEILI_ADMIN_KEY'],
    default: '—',
    meaning: 'admin key for `MEILI_URL` (indexing, creating the search key)',
  },
  {
    env: ['MEILI_SEARCH_KEY'],
    default: 'key stored by the indexer',
    meaning: 'search-only key the API uses',
  },
  {
    env: ['MEILI_INDEX'],
    default: `\`${DEFAULT_INDEX}\``,
    meaning: `index \`projektbank-api\` searches (\`pnpm start\` always uses \`${DEFAULT_INDEX}\`)`,
  },
  {
    env: ['PROJEKTBANK_DATA_DIR'],
    default: '`.projektbank/meilisearch`',
    meaning: "embedded Meilisearch's database, keys and binary",
  },
  {
    env: ['PROJEKTBANK_REDACT_FILE'],
    default: 'none',
    meaning:
      'redaction list: one project id or e-mail address per line; the next indexing run leaves those contact persons out of the index (`projektbank-index --redact <file>` does the same)',
  },
  {
    env: ['MEILI_PARALLEL_FACETS'],
    default: `\`${api.parallelFacets}\``,
    meaning:
      'when a search asks Meilisearch for hits and facet counts side by side: `always`, `when-idle` (when no other search is in flight) or `never`',
  },
  {
    env: ['CORS_ORIGINS'],
    default: 'none',
    meaning: 'comma list of allowed origins, or `*` (GET and HEAD only)',
  },
  {
    env: ['HSTS'],
    default: `\`${api.hsts}\``,
    meaning:
      '`Strict-Transport-Security` on HTTPS requests only; `always` behind a TLS proxy, or `off`',
  },
  {
    env: ['PUBLIC_CONTACT'],
    default: `\`${api.publicContact}\``,
    meaning:
      'what `/projects/:id`, the page and exports show of contact persons: `none`, `name` or `full` (name, e-mail, phone)',
  },
  { env: ['EXPORT_CAP'], default: String(api.exportCap), meaning: 'most rows per export' },
  {
    env: ['UPSTREAM_TIMEOUT_MS'],
    default: String(api.upstreamTimeoutMs),
    meaning: 'time Meilisearch gets before the API answers 504',
  },
  {
    env: ['HEAVY_TIMEOUT_MS'],
    default: String(api.heavyTimeoutMs),
    meaning:
      'the same for `/export` and `/stats`, which read every matching project rather than a page',
  },
  { env: ['LOG_LEVEL'], default: 'info', meaning: '`debug` for more detail' },
  {
    env: ['SEARCH_CONCURRENCY', 'SEARCH_QUEUE'],
    default: `${api.searchConcurrency} / ${api.searchQueue}`,
    meaning:
      'searches at Meilisearch at once / waiting; past both the API answers 503 `overloaded` at once',
  },
  {
    env: ['EXPORT_CONCURRENCY', 'EXPORT_QUEUE'],
    default: `${api.exportConcurrency} / ${api.exportQueue}`,
    meaning: 'the same for exports, held while the download streams',
  },
  {
    env: ['QUEUE_TIMEOUT_MS'],
    default: String(api.queueTimeoutMs),
    meaning: 'longest wait in either queue before a 503',
  },
  {
    env: ['RATE_LIMIT_PER_MINUTE'],
    default: `${api.rateLimitPerMinute} (off)`,
    meaning: 'optional per-address limit (429); behind a reverse proxy, limit there instead',
  },
  {
    env: ['HEADERS_TIMEOUT_MS', 'REQUEST_TIMEOUT_MS'],
    default: `${server.headersTimeoutMs} / ${server.requestTimeoutMs}`,
    meaning: 'time a client gets to send its headers / whole request',
  },
  {
    env: ['CACHE_CONTROL'],
    default: `\`${api.cacheControl}\``,
    meaning:
      '`Cache-Control` of `/search`, `/facets/:facet` and `/projects/:id`, which also carry an `ETag` of the live index (`If-None-Match` → 304), e.g. `public, max-age=60`',
  },
  {
    env: ['MAX_CONNECTIONS'],
    default: String(server.maxConnections),
    meaning: 'open connections at most',
  },
]

/** Marks the generated table in the root README. */
export const TABLE_START =
  '<!-- configuration-table:start (generated by apps/start/scripts/configuration-table.ts) -->'
export const TABLE_END = '<!-- configuration-table:end -->'

/**
 * The README's table, one row per setting.
 *
 * @example
 * configurationTable().split('\n')[2] // '| `--port`, `-p` / `PORT` | 8787 | port of the API |'
 */
export function configurationTable(settings: readonly Setting[] = CONFIGURATION): string {
  const rows = settings.map((setting) => {
    const flags = (setting.flags ?? []).map((flag) => `\`${flag}\``).join(', ')
    const env = (setting.env ?? []).map((name) => `\`${name}\``).join(' / ')
    const names = [flags, env].filter(Boolean).join(' / ')
    return `| ${names} | ${setting.default} | ${setting.meaning.replace(/\|/g, '\\|')} |`
  })
  return ['| flag / variable | default | meaning |', '|---|---|---|', ...rows].join('\n')
}

/** Every environment variable in {@link CONFIGURATION}. */
export function configuredVariables(settings: readonly Setting[] = CONFIGURATION): string[] {
  return settings.flatMap((setting) => setting.env ?? [])
}
