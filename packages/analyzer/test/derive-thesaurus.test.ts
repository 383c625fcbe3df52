import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { formatJson } from '../scripts/thesaurus/format-json.js'
import { decodeMythes, parseMythes } from '../scripts/thesaurus/parse-mythes.js'
import { readNotice } from '../scripts/thesaurus/read-notice.js'
import {
  type PairFilters,
  rejectReason,
  selectPairs,
  type WordFacts,
} from '../scripts/thesaurus/select-pairs.js'

// A miniature thesaurus in MyThes's layout, written for these tests.
const DAT = [
  'UTF-8',
  'cykel|1',
  '|velociped|tvåhjuling',
  'springa|2',
  '(verb)|löpa|rusa',
  '|kila',
  '',
].join('\n')

describe('parseMythes', () => {
  test('reads each headword with its meaning lines and their parts of speech', () => {
    expect(parseMythes(DAT)).toEqual([
      { word: 'cykel', meanings: [{ partOfSpeech: '', words: ['velociped', 'tvåhjuling'] }] },
      {
        word: 'springa',
        meanings: [
          { partOfSpeech: '(verb)', words: ['löpa', 'rusa'] },
          { partOfSpeech: '', words: ['kila'] },
        ],
      },
    ])
  })

  test('a missing meaning line or a malformed headword fails with its line number', () => {
    expect(() => parseMythes('UTF-8\nbuss|2\n|omnibus\n')).toThrow(
      'parseMythes: line 4: expected meaning 2 of 2 of "buss" ("pos|word|…"), found ""',
    )
    expect(() => parseMythes('UTF-8\nbuss\n|omnibus\n')).toThrow(
      'parseMythes: line 2: expected "word|count", found "buss"',
    )
  })

  test('decodeMythes reads the bytes in the encoding the first line names', () => {
    // "sjö" in ISO-8859-1: ö is the single byte 0xf6.
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('ISO-8859-1\nsj'),
      0xf6,
      ...new TextEncoder().encode('|1\n|hav\n'),
    ])
    expect(parseMythes(decodeMythes(bytes))).toEqual([
      { word: 'sjö', meanings: [{ partOfSpeech: '', words: ['hav'] }] },
    ])
    expect(() => decodeMythes(new TextEncoder().encode('KLINGON-8\n'))).toThrow(
      'the first line should name the file\'s encoding (such as ISO-8859-1), found "KLINGON-8"',
    )
  })
})

describe('readNotice', () => {
  // A Debian copyright file in the machine-readable format, written for these tests.
  const COPYRIGHT = [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
    '',
    'Files: *',
    'Copyright: Someone Else',
    'License: other',
    '',
    'Files: words/sv/th_test.dat',
    '       words/sv/README_th_test.txt',
    'Copyright: 2001 Första Författare',
    '           2002 Andra Författare',
    'License: keep-notice',
    ' Use it as you like.',
    ' .',
    ' Keep this notice.',
    '',
    'Files: words/sv/th_bare.dat',
    'Copyright: 2003 Tredje',
    'License: shared',
    '',
    'License: shared',
    ' The shared text.',
    '',
  ].join('\n')

  test('gives the copyright lines and the licence text of the stanza that names the file', () => {
    expect(readNotice(COPYRIGHT, 'th_test.dat')).toEqual([
      'Copyright: 2001 Första Författare',
      '           2002 Andra Författare',
      'License: keep-notice',
      'Use it as you like.',
      '',
      'Keep this notice.',
    ])
  })

  test('takes a licence named without its text from its own stanza', () => {
    expect(readNotice(COPYRIGHT, 'th_bare.dat')).toEqual([
      'Copyright: 2003 Tredje',
      'License: shared',
      'The shared text.',
    ])
  })

  test('fails rather than derive a table without its notice', () => {
    expect(() => readNotice(COPYRIGHT, 'th_missing.dat')).toThrow(
      'readNotice: no "Files:" stanza names th_missing.dat',
    )
  })
})

describe('selectPairs', () => {
  // Facts of a handful of words, as the analyser would give them.
  const FACTS: Record<string, WordFacts> = {
    cykel: { lemma: 'cykel', analysable: true, stopword: false },
    cyklar: { lemma: 'cykel', analysable: true, stopword: false },
    velociped: { lemma: 'velociped', analysable: true, stopword: false },
    tvåhjuling: { lemma: 'tvåhjuling', analysable: false, stopword: false },
    springa: { lemma: 'springa', analysable: true, stopword: false },
    löpa: { lemma: 'löpa', analysable: true, stopword: false },
    rusa: { lemma: 'rusa', analysable: true, stopword: false },
    kila: { lemma: 'kila', analysable: true, stopword: false },
    och: { lemma: 'och', analysable: true, stopword: true },
  }
  const filters: PairFilters = {
    facts: (word) => FACTS[word] ?? { lemma: word, analysable: false, stopword: false },
    textLemmas: new Set(['velociped', 'löpa', 'cykel', 'och']),
    handKeptLemmas: new Set(['kila']),
  }

  test('keeps one-word pairs of known words whose synonym the texts use', () => {
    const { pairs, rejected } = selectPairs(parseMythes(DAT), filters)
    expect(pairs).toEqual([
      { from: 'cykel', to: 'velociped' },
      { from: 'springa', to: 'löpa' },
    ])
    expect(rejected).toEqual({
      'not-one-word': 0,
      'not-analysable': 1,
      stopword: 0,
      'same-lemma': 0,
      'hand-kept': 0,
      'not-in-texts': 2,
    })
  })

  test('names the first filter a pair fails', () => {
    expect(rejectReason('cykel', 'två hjul', filters)).toBe('not-one-word')
    expect(rejectReason('Cykel', 'velociped', filters)).toBe('not-one-word')
    expect(rejectReason('cykel', 'tvåhjuling', filters)).toBe('not-analysable')
    expect(rejectReason('cykel', 'och', filters)).toBe('stopword')
    expect(rejectReason('cyklar', 'cykel', filters)).toBe('same-lemma')
    expect(rejectReason('kila', 'löpa', filters)).toBe('hand-kept')
    expect(rejectReason('springa', 'rusa', filters)).toBe('not-in-texts')
    expect(rejectReason('springa', 'löpa', filters)).toBeUndefined()
  })
})

test('formatJson writes what the formatter would: short string lists on one line', () => {
  const long = Array.from({ length: 12 }, (_, i) => `ord${i}ord${i}`)
  expect(formatJson({ from: 'far', to: ['pappa'], notice: long, empty: [] })).toBe(
    [
      '{',
      '  "from": "far",',
      '  "to": ["pappa"],',
      '  "notice": [',
      ...long.map((word, i) => `    "${word}"${i < long.length - 1 ? ',' : ''}`),
      '  ],',
      '  "empty": []',
      '}',
      '',
    ].join('\n'),
  )
})

test('the script fails clearly, writing nothing, when the thesaurus is not installed', () => {
  const script = fileURLToPath(new URL('../scripts/derive-thesaurus.ts', import.meta.url))
  const missing = join(tmpdir(), `no-mythes-${process.pid}`)
  const out = join(missing, 'out.json')
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', script, '--dat', join(missing, 'th_sv_SE_v2.dat'), '--out', out],
    { encoding: 'utf8' },
  )
  expect(result.status).toBe(1)
  expect(result.stderr).toContain(
    `derive-thesaurus: the thesaurus (--dat) ${join(missing, 'th_sv_SE_v2.dat')} does not exist. Install Debian's mythes-sv package`,
  )
  expect(existsSync(out)).toBe(false)
})
