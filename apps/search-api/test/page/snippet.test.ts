import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { decodeEntity, snippetParts } from '../../src/page/app/snippet.js'

describe('snippetParts', () => {
  test('marks become marked runs, entities become characters', () => {
    expect(snippetParts('a <mark>b &amp; c</mark> d')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b & c', marked: true },
      { text: ' d', marked: false },
    ])
  })

  test('other markup stays text, and entities never turn into markup', () => {
    expect(
      snippetParts('<img src=x onerror=alert(1)>&lt;script&gt;<mark>R&amp;D &#x3c;b&#62;</mark>'),
    ).toEqual([
      { text: '<img src=x onerror=alert(1)><script>', marked: false },
      { text: 'R&D <b>', marked: true },
    ])
  })

  test('tags in any case, a nested mark, a stray close and an unclosed mark', () => {
    expect(snippetParts('<MARK>a<mark>b</Mark></mark>c<mark>d')).toEqual([
      { text: 'ab', marked: true },
      { text: 'c', marked: false },
      { text: 'd', marked: true },
    ])
    expect(snippetParts('')).toEqual([])
  })

  test('entities: named, decimal, hex, out of range, unknown', () => {
    expect(decodeEntity('quot')).toBe('"')
    expect(decodeEntity('NBSP')).toBe('\u00a0')
    expect(decodeEntity('#246')).toBe('ö')
    expect(decodeEntity('#x1F600')).toBe('😀')
    expect(decodeEntity('#x110000')).toBe('\ufffd')
    expect(decodeEntity('#0')).toBe('\ufffd')
    expect(snippetParts('&copy; &#39;')).toEqual([{ text: "&copy; '", marked: false }])
  })

  test('any string: never throws, no empty runs, and text without markup survives whole', () => {
    fc.assert(
      fc.property(fc.string(), (snippet) => {
        const parts = snippetParts(snippet)
        for (const part of parts) expect(part.text).not.toBe('')
        if (!/[<&]/.test(snippet)) expect(parts.map((p) => p.text).join('')).toBe(snippet)
      }),
    )
  })
})
