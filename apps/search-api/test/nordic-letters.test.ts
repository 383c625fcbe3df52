import { expect, test } from 'vitest'
import { foldNordicLetters, hasNordicLetters } from '../src/query-reading/nordic-letters.js'

test('ø and æ are read as typed without diacritics, for the restorer to spell', () => {
  expect(foldNordicLetters('ørnskøldsvik')).toBe('ornskoldsvik')
  expect(foldNordicLetters('gævle')).toBe('gavle')
  expect(foldNordicLetters('örebro')).toBe('örebro')
  expect(hasNordicLetters('malmø')).toBe(true)
  expect(hasNordicLetters('malmö')).toBe(false)
})
