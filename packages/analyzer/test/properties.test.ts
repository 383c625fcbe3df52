import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createAnalyzer } from '../src/create-analyzer.js'
import { toTermsQuery } from '../src/query/analyze-query.js'
import { forEachToken, tokenize } from '../src/tokenize.js'
import { analyzer } from './_analyzer.js'

// A second analyzer with a tiny cache, so eviction is exercised and results cannot simply be
// served from the first call's cache.
const evicting = createAnalyzer(analyzer.lexicon, { cacheSize: 2 })

const pieces = [
  'Kommunerna',
  'arbetsmarknadsfrågor',
  'ESF-rådet',
  'stöd',
  'och',
  '55+',
  '2014–2020',
  'glassstrut',
  'tillgänglighetsexpert',
  ' ',
  '-',
  '–',
  '"',
  ':',
  '+',
  '\u00ad',
  'a\u030A',
  '<script>',
  '&amp;',
  "'",
  '\ud800',
  '\udfff',
  'x\ud83d',
]
/** Swedish-looking text mixed with arbitrary code units, lone surrogates included. */
const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary' }), fc.string()), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''))

const unescapeHtml = (html: string): string =>
  html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
const stripMarks = (html: string): string => html.replaceAll('<mark>', '').replaceAll('</mark>', '')

describe('properties', () => {
  test('analysis never throws and is deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        const first = analyzer.analyzeText(input)
        expect(evicting.analyzeText(input)).toEqual(first)
        expect(analyzer.analyzeText(input)).toEqual(first)
      }),
      { numRuns: 400 },
    )
  })

  test('analyzeText equals the de-duplicated terms of analyzeTokens', () => {
    fc.assert(
      fc.property(text, (input) => {
        const reference = [...new Set(analyzer.analyzeTokens(input).flatMap((t) => t.terms))]
        expect(analyzer.analyzeText(input)).toEqual(reference)
      }),
      { numRuns: 400 },
    )
  })

  test('tokenize and forEachToken report the same tokens', () => {
    fc.assert(
      fc.property(text, (input) => {
        const seen: [string, number, number][] = []
        forEachToken(
          input,
          (word, start, end) => seen.push([word, start, end]),
          (token) => seen.push([token.text, token.start, token.end]),
        )
        expect(seen).toEqual(tokenize(input).map((t) => [t.text, t.start, t.end]))
      }),
      { numRuns: 400 },
    )
  })

  test('query analysis never throws and is deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        const query = analyzer.analyzeQuery(input)
        expect(evicting.analyzeQuery(input)).toEqual(query)
        expect(typeof toTermsQuery(query)).toBe('string')
      }),
      { numRuns: 400 },
    )
  })

  test('token offsets are in order, inside the text, and parts lie inside their token', () => {
    fc.assert(
      fc.property(text, (input) => {
        let previousEnd = 0
        for (const token of tokenize(input)) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd)
          expect(token.end).toBeGreaterThan(token.start)
          expect(token.end).toBeLessThanOrEqual(input.length)
          for (const part of token.parts) {
            expect(part.start).toBeGreaterThanOrEqual(token.start)
            expect(part.end).toBeLessThanOrEqual(token.end)
          }
          previousEnd = token.end
        }
      }),
      { numRuns: 400 },
    )
  })

  test('uncropped highlight, tags stripped and unescaped, is the original text', () => {
    fc.assert(
      fc.property(text, text, (input, query) => {
        const words = tokenize(input)
          .slice(0, 3)
          .map((token) => token.text)
        for (const q of [query, words.join(' '), `"${words.join(' ')}"`]) {
          const [html, ...rest] = analyzer.highlight(input, q)
          expect(rest).toEqual([])
          expect(unescapeHtml(stripMarks(html ?? ''))).toBe(input)
        }
      }),
      { numRuns: 300 },
    )
  })

  test('cropped highlights contain nothing but escaped text and marks', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 3 }),
        (input, crop, maxSnippets) => {
          const query = tokenize(input)
            .slice(-2)
            .map((token) => token.text)
            .join(' ')
          const snippets = analyzer.highlight(input, query, { crop, maxSnippets })
          expect(snippets.length).toBeGreaterThanOrEqual(1)
          expect(snippets.length).toBeLessThanOrEqual(maxSnippets)
          for (const snippet of snippets) expect(stripMarks(snippet)).toMatch(/^[^<>"']*$/u)
        },
      ),
      { numRuns: 300 },
    )
  })

  test('match ranges are sorted, disjoint and inside the text', () => {
    fc.assert(
      fc.property(text, (input) => {
        const query = tokenize(input)
          .map((token) => token.text)
          .join(' ')
        let previousEnd = 0
        for (const match of analyzer.findMatches(input, query)) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd)
          expect(match.end).toBeLessThanOrEqual(input.length)
          previousEnd = match.end
        }
      }),
      { numRuns: 300 },
    )
  })

  test('Swedish lower-casing equals the root lower-casing (so the fast path is exact)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        expect(input.toLocaleLowerCase('sv')).toBe(input.toLowerCase())
      }),
      { numRuns: 500 },
    )
  })
})
