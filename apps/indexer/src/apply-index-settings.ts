import { type MeiliConnection, meiliRequest, waitForTask } from '@projektbank/meili'
import type { EnqueuedTask, Settings, Task } from 'meilisearch'
import { INDEX_SETTINGS } from './index-settings.js'

/** Options of {@link applyIndexSettings}. */
export interface ApplySettingsOptions {
  /** Settings to apply instead of {@link INDEX_SETTINGS} (tests, experiments). */
  settings?: Settings
  /** How long to wait for the settings task (default 5 minutes). */
  timeoutMs?: number
  signal?: AbortSignal | undefined
}

/**
 * Applies {@link INDEX_SETTINGS} to an index and waits until Meilisearch has applied them,
 * failing with Meilisearch's message if it rejected them. Creates the index (primary key `id`)
 * when it does not exist.
 *
 * @example
 * await applyIndexSettings({ url, apiKey: masterKey }, 'projects__build_1732358400000')
 */
export async function applyIndexSettings(
  meili: MeiliConnection,
  index: string,
  options: ApplySettingsOptions = {},
): Promise<Task> {
  const { signal } = options
  const enqueued = await meiliRequest<EnqueuedTask>(meili, 'PATCH', `/indexes/${index}/settings`, {
    body: options.settings ?? INDEX_SETTINGS,
    signal,
  })
  return waitForTask(meili, enqueued, { timeoutMs: options.timeoutMs ?? 300_000, signal })
}

/**
 * Whether the settings of an existing index differ from `desired` in any key `desired` sets.
 * Meilisearch answers with every setting, so only the keys we manage are compared; its
 * normalisation (lower-cased synonyms, sorted lists) is undone first.
 *
 * @example
 * if (await indexSettingsDiffer(meili, 'projects')) await applyIndexSettings(meili, 'projects')
 */
export async function indexSettingsDiffer(
  meili: MeiliConnection,
  index: string,
  desired: Settings = INDEX_SETTINGS,
  signal?: AbortSignal,
): Promise<boolean> {
  const current = await meiliRequest<Settings>(meili, 'GET', `/indexes/${index}/settings`, {
    signal,
  })
  for (const [key, value] of Object.entries(desired)) {
    const actual = (current as Record<string, unknown>)[key]
    if (!sameSetting(key, value, actual)) return true
  }
  return false
}

// Lists whose order carries meaning: ranking order, and the order of localized rules.
const ORDERED = new Set(['searchableAttributes', 'rankingRules', 'localizedAttributes'])

function sameSetting(key: string, desired: unknown, actual: unknown): boolean {
  // Object settings (typoTolerance, faceting, …) come back with defaults for the parts we
  // leave alone; compare only the parts we set. Synonyms are a map we own entirely.
  const compared =
    key !== 'synonyms' && isPlainObject(desired) && isPlainObject(actual)
      ? Object.fromEntries(Object.keys(desired).map((inner) => [inner, actual[inner]]))
      : actual
  const lowerCase = key === 'synonyms'
  return (
    canonical(desired, lowerCase, ORDERED.has(key)) ===
    canonical(compared, lowerCase, ORDERED.has(key))
  )
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function canonical(value: unknown, lowerCase: boolean, ordered: boolean): string {
  return JSON.stringify(normalise(value, lowerCase, ordered))
}

function normalise(value: unknown, lowerCase: boolean, ordered: boolean): unknown {
  if (typeof value === 'string') return lowerCase ? value.toLowerCase() : value
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise(item, lowerCase, ordered))
    return ordered ? items : items.map((item) => JSON.stringify(item)).sort()
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .map(
        ([key, inner]) =>
          [lowerCase ? key.toLowerCase() : key, normalise(inner, lowerCase, ordered)] as const,
      )
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries)
  }
  return value
}
