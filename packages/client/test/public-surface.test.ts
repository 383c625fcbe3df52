import { expect, test } from 'vitest'

test('the package exports exactly its documented surface', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'ProblemError',
    'createClient',
  ])
})
