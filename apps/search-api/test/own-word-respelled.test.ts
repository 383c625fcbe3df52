/**
 * A word of its own typed without å/ä/ö (`behov`, `far`) is meant as typed; its respelling
 * is searched beside it only when the texts write that spelling too.
 */
import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'

const search = createSwedishSearchAnalyzer(loadSwedishAnalyzer(), {
  vocabulary: () =>
    buildVocabulary([
      ['behov', 7],
      ['behoven', 2],
      // The texts write *behöver* and *behövs*, never *behöv*; the twins hold the lemma.
      ['behöver', 15],
      ['behövs', 6],
      ['behöva', 15],
      ['far', 3],
      ['får', 35],
      ['förskola', 4],
      ['forskning', 2],
      ['växjö', 3],
    ]),
})
const respellings = (q: string) =>
  search
    .analyzeQuery(q)
    .reading.rewrites.filter((r) => r.source === 'diacritics')
    .map((r) => `${r.term} → ${r.replacement} (${r.kind})`)

describe('a word of its own the texts write', () => {
  test('`behov` is not also *behöv*, a form no text writes', () => {
    expect(respellings('behov')).toEqual([])
    expect(respellings('behov ')).toEqual([])
  })

  test('`far` is also *får*, which the texts write', () => {
    expect(respellings('far ')).toEqual(['far → får (added)'])
  })
})

describe('a word of its own the texts lack keeps its respelling', () => {
  test('`fors` and `vax`, typed half-way to *förskola* and *växjö*', () => {
    expect(respellings('fors')).toEqual(['fors → förs (added)'])
    expect(respellings('vax')).toEqual(['vax → väx (replaced)'])
  })
})
