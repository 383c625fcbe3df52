import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { createQueryExpander, QUERY_EXPANSIONS } from '../src/query/expand-query.js'
import { THESAURUS_EXPANSIONS, THESAURUS_NOTICE } from '../src/query/thesaurus-expansions.js'
import { analyzer } from './_analyzer.js'

const analyze = (q: string) => analyzer.analyzeQuery(q)

test('the thesaurus table holds only the measured pairs, each with its figures', () => {
  expect(
    THESAURUS_EXPANSIONS.map(({ from, to, source, wholeWordsOnly }) => ({
      from,
      to,
      source,
      wholeWordsOnly,
    })),
  ).toEqual([
    { from: 'far', to: ['pappa'], source: 'thesaurus', wholeWordsOnly: true },
    { from: 'samverkan', to: ['samarbete'], source: 'thesaurus', wholeWordsOnly: true },
  ])
  expect(THESAURUS_EXPANSIONS[0]?.why).toMatch(/^pappa: `far` \(no-diacritics\): precision@10 \+/)
  expect(THESAURUS_EXPANSIONS[1]?.why).toMatch(
    /^samarbete: `samverkan mellan myndigheter` \(multi-word\): recall@10 \+/,
  )
})

test('a query with a kept word gets the thesaurus reading, with its source', () => {
  const expand = createQueryExpander(analyze, THESAURUS_EXPANSIONS)
  expect(expand(analyze('far och barn'))).toEqual([
    { start: 0, end: 1, from: 'far', to: 'pappa', source: 'thesaurus' },
  ])
})

test('no thesaurus key has a row in the hand-kept table', () => {
  const handKept = createQueryExpander(analyze, QUERY_EXPANSIONS)
  for (const entry of THESAURUS_EXPANSIONS) {
    expect(handKept(analyze(entry.from)), entry.from).toEqual([])
  }
})

test('the notice is kept verbatim and says the table was modified', () => {
  expect(THESAURUS_NOTICE.slice(0, 2)).toEqual(['Copyright: 2009 Viggo Kann', 'License: custom2'])
  expect(THESAURUS_NOTICE).toContain(
    'for any purpose,  provided the above notices are retained on all copies.',
  )
  expect(THESAURUS_NOTICE.at(-1)).toMatch(/^Modified: filtered by Projektbank's derive-thesaurus/)
  // The published package carries the same notice as a file of its own.
  const file = readFileSync(new URL('../THESAURUS-NOTICE.txt', import.meta.url), 'utf8')
  expect(file).toContain(THESAURUS_NOTICE.join('\n'))
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  expect(manifest.files).toContain('THESAURUS-NOTICE.txt')
})
