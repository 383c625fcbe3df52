import { describe, expect, test } from 'vitest'
import { sha256Hex } from '../src/_hash.js'
import { projectId, slugify } from '../src/_id.js'
import { detectTargetGroups } from '../src/_target-groups.js'
import { detectLayout, parseSheet } from '../src/index.js'

describe('target groups', () => {
  test('each group once, with the first phrase that shows it, in facet order', () => {
    expect(
      detectTargetGroups([
        'Insatsen riktar sig till nyanlända och unga vuxna.',
        'Ungdomarna och fler nyanlända kvinnor deltar, liksom äldre medarbetare.',
      ]),
    ).toEqual([
      { group: 'unga', evidence: 'unga vuxna' },
      { group: 'nyanlända', evidence: 'nyanlända' },
      { group: 'äldre', evidence: 'äldre medarbetare' },
      { group: 'sysselsatta', evidence: 'medarbetare' },
    ])
  })

  test('word boundaries know å, ä and ö; * lets a word continue', () => {
    expect(
      detectTargetGroups([
        'Tunga lyft, böunga och ungaå räknas inte; fåäldre arbetstagare inte heller.',
      ]),
    ).toEqual([])
    expect(detectTargetGroups(['Ungdomsarbetslösheten och långtidsarbetslösheten ökar.'])).toEqual([
      { group: 'unga', evidence: 'Ungdomsarbetslösheten' },
      { group: 'långtidsarbetslösa', evidence: 'långtidsarbetslösheten' },
    ])
  })

  test('a term may continue inside a word only where it says so', () => {
    expect(detectTargetGroups(['Vi motverkar ungdomsarbetslöshet.'])).toEqual([
      { group: 'unga', evidence: 'ungdomsarbetslöshet' },
    ])
    expect(detectTargetGroups(['Den stora ungdomsarbetslösheten.'])).toEqual([
      { group: 'unga', evidence: 'ungdomsarbetslösheten' },
    ])
  })

  test('phrases may break over a line and are evidenced on one', () => {
    expect(detectTargetGroups(['Personer som står långt\nfrån arbetsmarknaden.'])).toEqual([
      { group: 'långtidsarbetslösa', evidence: 'långt från arbetsmarknaden' },
    ])
  })
})

describe('id', () => {
  const hash = sha256Hex
  const base = {
    projectNumber: null,
    title: 'Kraft',
    owner: 'Idrottsförbundet',
    start: '2010-01-01',
    end: null,
  }

  test('the slug of the project number when there is one', () => {
    expect(projectId({ ...base, projectNumber: '2020/00651' }, hash)).toEqual('2020-00651')
    expect(projectId({ ...base, projectNumber: '23-002-S02' }, hash)).toEqual('23-002-s02')
    expect(slugify(' /Dnr 2015:12 ')).toEqual('dnr-2015-12')
  })

  test('otherwise a- and 16 hex digits of SHA-256 over title, owner and period', () => {
    expect(projectId(base, hash)).toEqual(
      `a-${sha256Hex(new TextEncoder().encode('Kraft|Idrottsförbundet|2010-01-01|')).slice(0, 16)}`,
    )
    expect(projectId(base, hash)).toMatch(/^a-[0-9a-f]{16}$/)
  })

  test('editing the narrative keeps the id; editing the title changes it', () => {
    const sheet = [
      'Logotyp på utskrifter',
      '',
      'Kraft',
      '',
      'ProjektfasGenomförande',
      'ProjektägareIdrottsförbundet',
      'Projektperiod2010-01-01 till 2011-12-31',
      '',
      'Sammanfattning',
      '',
      'Första versionen.',
    ].join('\n')
    const id = parseSheet(sheet).project?.id
    expect(parseSheet(sheet.replace('Första versionen.', 'Helt ny text.')).project?.id).toEqual(id)
    expect(parseSheet(sheet.replace('Kraft', 'Kraft 2')).project?.id).not.toEqual(id)
  })

  test('source is the SHA-256 of the input bytes', () => {
    const { project } = parseSheet('Namn:\nTest\nRegion:\nStockholm')
    expect(project?.source).toEqual({
      sha256: sha256Hex(new TextEncoder().encode('Namn:\nTest\nRegion:\nStockholm')),
      bytes: 28,
    })
  })

  test('an internal failure becomes a diagnostic instead of an exception', () => {
    const failing = () => {
      throw new TypeError('hash unavailable')
    }
    expect(parseSheet('Namn:\nTest\nRegion:\nStockholm', { hash: failing })).toEqual({
      project: null,
      diagnostics: [
        {
          code: 'internal-error',
          severity: 'error',
          line: 1,
          column: 1,
          actual: 'TypeError: hash unavailable',
          message:
            'The parser failed unexpectedly (TypeError: hash unavailable); please report this input',
        },
      ],
    })
  })

  test('a hash option replaces the built-in SHA-256', () => {
    const { project } = parseSheet('Namn:\nTest\nRegion:\nStockholm', {
      hash: () => 'f'.repeat(64),
    })
    expect(project?.source.sha256).toEqual('f'.repeat(64))
    expect(project?.id).toEqual('a-ffffffffffffffff')
  })
})

describe('detectLayout', () => {
  test.each([
    ['Titel\n\nProgramområdeProgramområde 1 Kompetensförsörjning\nProjektfasGenomförande', 'A'],
    ['Titel\n\nProgramområde\n2\nRegion\nStockholm\nUtlysning\n2015/00348', 'B'],
    ['2018/00566 - Titel\n\nProjektnummer:\n2018/00566\nProjektägare:\nKommunen', 'C'],
    ['Namn:\nTitel\nBerörd fond:\nESF+', 'D'],
    ['22-017-S04 - Titel\n\nDiarienummer:\n22-017-S04\nNamn:\nTitel', 'D'],
    ['Region Gotland har länge arbetat med unga.\nProjektägare är kommunen.', null],
    // Prose after the field block cannot outvote it (`Projektägaren …` looks glued).
    [
      'Titel\n\nNamn:\nTitel\nRegion:\nSydsverige\n\nProjektägaren leder.\nProjektägaren skriver.',
      'C',
    ],
    ['', null],
  ])('%j is %s', (text, layout) => {
    expect(detectLayout(text)).toEqual(layout)
  })
})
