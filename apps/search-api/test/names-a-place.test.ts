import { expect, test } from 'vitest'
import { namesAPlace } from '../src/query-reading/names-a-place.js'
import { loadAnalyzer } from '../src/swedish-analyzer.js'
import { plannedQueries } from './_plan-queries.js'

test('a municipality, a county or a region, of one word or several in a row, is a place', () => {
  expect(namesAPlace(['validering', 'örebro'])).toBe(true)
  expect(namesAPlace(['stöd', 'västra', 'götaland'])).toBe(true)
  expect(namesAPlace(['unga', 'västerbottens', 'län'])).toBe(true)
  expect(namesAPlace(['unga', 'upplands', 'väsby'])).toBe(true)
  expect(namesAPlace(['omställning', 'övre', 'norrland'])).toBe(true)
})

test('a beginning, a part of a name or an everyday word is not', () => {
  expect(namesAPlace(['validering', 'örebr'])).toBe(false)
  expect(namesAPlace(['västra', 'stöd'])).toBe(false)
  expect(namesAPlace(['vård', 'omsorg'])).toBe(false)
})

test('the raw query of several words keeps a place it names required', async () => {
  const { search } = await loadAnalyzer()
  const raw = (q: string) => plannedQueries(search.analyzeQuery(q))[0]
  // Meilisearch's default drops the last words first, and the place comes last.
  expect(raw('validering örebro')?.matchingStrategy).toBe('frequency')
  expect(raw('unga utan jobb i göteborg')?.matchingStrategy).toBe('frequency')
  expect(raw('validering av yrkeskunskaper')?.matchingStrategy).toBeUndefined()
  // One word has nothing to drop.
  expect(raw('örebro')?.matchingStrategy).toBeUndefined()
})
