import { expect, test } from 'vitest'
import { WordCache } from '../src/internal/word-cache.js'

test('keeps recent entries and drops the oldest generation', () => {
  const cache = new WordCache<number>(2)
  cache.set('a', 1)
  cache.set('b', 2)
  cache.set('c', 3) // the first generation (a, b) ages
  expect(cache.get('a')).toBe(1) // promoted back to the young generation
  cache.set('d', 4) // young (c, a) is full: ages and drops (a, b)
  expect(cache.get('b')).toBeUndefined()
  expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([1, 3, 4])
})
