import { describe, expect, test } from 'vitest'
import { facetValues, foldedValues } from '../../src/page/app/facet-values.js'

describe('facet values', () => {
  test('by count, then in Swedish alphabetical order', () => {
    const counts = { 'Östra Mellansverige': 1, 'Övre Norrland': 3, 'Mellersta Norrland': 1 }
    expect(facetValues('region', counts, [])).toEqual([
      ['Övre Norrland', 3],
      ['Mellersta Norrland', 1],
      ['Östra Mellansverige', 1],
    ])
  })

  test('years run newest first whatever their counts', () => {
    expect(facetValues('year', { '2011': 1, '2015': 1, '2014': 4 }, [])).toEqual([
      ['2015', 1],
      ['2014', 4],
      ['2011', 1],
    ])
  })

  test('a selected value the search no longer counts is listed with 0', () => {
    expect(facetValues('county', { 'Norrbottens län': 1 }, ['Jämtlands län'])).toEqual([
      ['Norrbottens län', 1],
      ['Jämtlands län', 0],
    ])
    expect(facetValues('county', undefined, [])).toEqual([])
  })

  test('the folded list keeps the first ones and every selected one', () => {
    expect(foldedValues(['a', 'b', 'c', 'd'], ['d'], 2)).toEqual(['a', 'b', 'd'])
    expect(foldedValues(['a', 'b'], [], 8)).toEqual(['a', 'b'])
  })
})
