import { describe, expect, test } from 'vitest'
import { type ExpandedForm, expandForms } from '../scripts/hunspell/expand-forms.js'
import { parseAffixFile } from '../scripts/hunspell/parse-affix-file.js'
import { parseDictionaryFile } from '../scripts/hunspell/parse-dictionary-file.js'
import { separateAgentNouns } from '../scripts/lexicon/agent-nouns.js'
import { collectEntries } from '../scripts/lexicon/collect-entries.js'
import { separateIskAdjectives } from '../scripts/lexicon/isk-adjectives.js'
import { applyLemmaOverrides, parseLemmaOverrides } from '../scripts/lexicon/lemma-overrides.js'
import { analyzer } from './_analyzer.js'

// A miniature of dictionary-sv's conventions, written for these tests.
const AFF = [
  'SET UTF-8',
  'NEEDAFFIX ¤',
  'FORBIDDENWORD %',
  'COMPOUNDBEGIN X',
  'COMPOUNDMIDDLE U',
  'COMPOUNDEND Y',
  'ONLYINCOMPOUND Z',
  '# plural like fråga: frågor, frågorna',
  'SFX G Y 2',
  'SFX G a or a',
  'SFX G a orna a',
  '# definite like kommun: kommunen',
  'SFX D Y 1',
  'SFX D 0 en [^a]',
  '# compound form with linking s',
  'SFX v N 1',
  'SFX v 0 s/WXZ [^a]',
].join('\n')

const DIC = [
  '6',
  'fråga/GY',
  'kommun/DvXY',
  'arbets/UXZ',
  'arbete/Y',
  'felstavning/%',
  'ad hoc',
].join('\n')

const expandAll = (): ExpandedForm[] => {
  const forms: ExpandedForm[] = []
  expandForms(parseAffixFile(AFF), parseDictionaryFile(DIC), (form) => forms.push(form))
  return forms
}

describe('Hunspell expansion', () => {
  test('parses flags and affix rules', () => {
    const aff = parseAffixFile(AFF)
    expect([
      aff.needAffixFlag,
      aff.forbiddenFlag,
      aff.compoundBeginFlag,
      aff.onlyInCompoundFlag,
    ]).toEqual(['¤', '%', 'X', 'Z'])
    expect(aff.suffixes.get('G')?.rules.map((rule) => [rule.strip, rule.add])).toEqual([
      ['a', 'or'],
      ['a', 'orna'],
    ])
    expect(aff.suffixes.get('v')?.rules[0]?.continuation).toBe('WXZ')
  })

  test('rejects flag modes it does not implement', () => {
    expect(() => parseAffixFile('FLAG long\n')).toThrow(/FLAG long is not supported/u)
  })

  test('skips the count line and multi-word entries', () => {
    expect(parseDictionaryFile(DIC).map((entry) => entry.stem)).toEqual([
      'fråga',
      'kommun',
      'arbets',
      'arbete',
      'felstavning',
    ])
  })

  test('expands stems through their suffixes with compound usage bits', () => {
    expect(expandAll()).toEqual([
      { form: 'fråga', stem: 'fråga', usage: 9 },
      { form: 'frågor', stem: 'fråga', usage: 9 },
      { form: 'frågorna', stem: 'fråga', usage: 9 },
      { form: 'kommun', stem: 'kommun', usage: 11 },
      { form: 'kommunen', stem: 'kommun', usage: 9 },
      // The linking form only exists inside compounds: begin bit, no word bit.
      { form: 'kommuns', stem: 'kommun', usage: 10 },
      { form: 'arbets', stem: 'arbets', usage: 6 },
      { form: 'arbete', stem: 'arbete', usage: 9 },
    ])
  })

  test('collects one row per form, repairing compound-only stems to a real base form', () => {
    const rows = collectEntries(expandAll())
    expect(rows.map((row) => [row.form, row.lemma, row.compoundLemma, row.usage])).toEqual([
      ['arbete', 'arbete', 'arbete', 9],
      ['arbets', 'arbete', 'arbete', 6],
      ['fråga', 'fråga', 'fråga', 9],
      ['frågor', 'fråga', 'fråga', 9],
      ['frågorna', 'fråga', 'fråga', 9],
      ['kommun', 'kommun', 'kommun', 11],
      ['kommunen', 'kommun', 'kommun', 9],
      ['kommuns', 'kommun', 'kommun', 10],
    ])
  })

  test('a headword beats other stems that generate the same form', () => {
    const rows = collectEntries([
      { form: 'bad', stem: 'be', usage: 1 },
      { form: 'bad', stem: 'bad', usage: 9 },
    ])
    expect(rows).toEqual([{ form: 'bad', lemma: 'bad', compoundLemma: 'bad', usage: 9, weight: 0 }])
  })
})

describe('lemma overrides', () => {
  test('parse "lemma<TAB>forms" lines and skip comments', () => {
    const overrides = parseLemmaOverrides('# irregular\nta\tta tar tog\nhos\thos\n')
    expect([...overrides]).toEqual([
      ['ta', 'ta'],
      ['tar', 'ta'],
      ['tog', 'ta'],
      ['hos', 'hos'],
    ])
    expect(() => parseLemmaOverrides('ta tar tog\n')).toThrow(
      'parseLemmaOverrides: line 1: expected "lemma<TAB>forms", got "ta tar tog"',
    )
  })

  test('replace a chosen lemma and add missing forms, keeping rows sorted', () => {
    const rows = [
      { form: 'ta', lemma: 'tum', compoundLemma: 'tum', usage: 9, weight: 2 },
      { form: 'tum', lemma: 'tum', compoundLemma: 'tum', usage: 11, weight: 2 },
    ]
    expect(
      applyLemmaOverrides(
        rows,
        new Map([
          ['ta', 'ta'],
          ['tog', 'ta'],
        ]),
      ),
    ).toEqual([
      { form: 'ta', lemma: 'ta', compoundLemma: 'ta', usage: 9, weight: 2 },
      { form: 'tog', lemma: 'ta', compoundLemma: 'ta', usage: 9, weight: 0 },
      { form: 'tum', lemma: 'tum', compoundLemma: 'tum', usage: 11, weight: 2 },
    ])
  })

  test('the bundled overrides fix the dictionary gaps they name', () => {
    expect(
      ['ta', 'fanns', 'hos', 'sa', 'böcker', 'åtgärder', 'deltagarna', 'coacher', 'coacherna'].map(
        analyzer.lemmatize,
      ),
    ).toEqual(['ta', 'finnas', 'hos', 'säga', 'bok', 'åtgärd', 'deltagare', 'coach', 'coach'])
    // The verb keeps its own forms.
    expect(['coachar', 'coachade'].map(analyzer.lemmatize)).toEqual(['coacha', 'coacha'])
  })
})

describe('separateAgentNouns', () => {
  test('moves the -are forms of a verb to a noun lemma of their own, nothing else', () => {
    const row = (form: string, lemma: string) => ({
      form,
      lemma,
      compoundLemma: lemma,
      usage: 9,
      weight: 1,
    })
    expect(
      separateAgentNouns([
        row('samordna', 'samordna'),
        row('samordnar', 'samordna'),
        row('samordnare', 'samordna'),
        row('samordnarnas', 'samordna'),
        row('snabbare', 'snabb'),
        row('handläggare', 'handläggare'),
      ]).map((r) => [r.form, r.lemma, r.compoundLemma]),
    ).toEqual([
      ['samordna', 'samordna', 'samordna'],
      ['samordnar', 'samordna', 'samordna'],
      ['samordnare', 'samordnare', 'samordnare'],
      ['samordnarnas', 'samordnare', 'samordnare'],
      ['snabbare', 'snabb', 'snabb'],
      ['handläggare', 'handläggare', 'handläggare'],
    ])
  })
})

describe('separateIskAdjectives', () => {
  test('moves the -isk, -iska and -iskt forms of a noun to an adjective lemma, nothing else', () => {
    const row = (form: string, lemma: string, compoundLemma = lemma) => ({
      form,
      lemma,
      compoundLemma,
      usage: 9,
      weight: 4,
    })
    expect(
      separateIskAdjectives([
        row('prakt', 'prakt'),
        row('praktisk', 'prakt'),
        row('praktiska', 'prakt'),
        row('praktiskt', 'prakt'),
        row('ekonomiskt', 'ekonom'),
        row('statiska', 'stat'),
        row('psykisk', 'psykisk'),
        row('fisk', 'fisk'),
        row('fiske', 'fiske'),
        row('fiskar', 'fisk'),
      ]).map((r) => [r.form, r.lemma, r.compoundLemma]),
    ).toEqual([
      ['prakt', 'prakt', 'prakt'],
      ['praktisk', 'praktisk', 'praktisk'],
      ['praktiska', 'praktisk', 'praktisk'],
      ['praktiskt', 'praktisk', 'praktisk'],
      ['ekonomiskt', 'ekonomisk', 'ekonomisk'],
      ['statiska', 'statisk', 'statisk'],
      ['psykisk', 'psykisk', 'psykisk'],
      ['fisk', 'fisk', 'fisk'],
      ['fiske', 'fiske', 'fiske'],
      ['fiskar', 'fisk', 'fisk'],
    ])
  })
})
