import { createRequire } from 'node:module'
import { expect, test } from 'vitest'

// The published files, not the sources: the node entry must find dist/lexicon from both the
// ESM and the CJS build.
type NodeEntry = typeof import('../src/node.js')
type CoreEntry = typeof import('../src/index.js')
// Paths in variables: typechecking must not depend on dist/ existing.
const ESM_NODE = '../dist/node.js'
const CJS_NODE = '../dist/node.cjs'
const ESM_CORE = '../dist/index.js'
const CJS_CORE = '../dist/index.cjs'

test('the ESM build loads the bundled lexicon', async () => {
  const { loadSwedishAnalyzer }: NodeEntry = await import(ESM_NODE)
  expect(loadSwedishAnalyzer().lemmatize('kommunerna')).toBe('kommun')
})

test('the CJS build loads the bundled lexicon', () => {
  const require = createRequire(import.meta.url)
  const { loadSwedishAnalyzer }: NodeEntry = require(CJS_NODE)
  expect(loadSwedishAnalyzer().lemmatize('insatser')).toBe('insats')
})

test('the core builds export the same surface', async () => {
  const require = createRequire(import.meta.url)
  const esm = Object.keys((await import(ESM_CORE)) as CoreEntry).sort()
  const cjs = Object.keys(require(CJS_CORE) as CoreEntry).sort()
  expect(cjs).toEqual(esm)
  expect(esm).toContain('createAnalyzer')
})
