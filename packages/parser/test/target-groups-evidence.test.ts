import { outdent } from 'outdent'
import { describe, expect, test } from 'vitest'
import {
  HELD_OUT_SHEETS_FILE,
  readLabelledSheets,
  scoreTargetGroups,
} from '../bench/_labelled-sheets.js'
import { sentenceAround } from '../src/_target-group-evidence.js'
import { parseSheet } from '../src/index.js'

const groupsOf = (prose: string) =>
  parseSheet(`25-900-S01 - Test\n${prose}`).project?.targetGroups.map((t) => t.group) ?? []

describe('target groups need a sentence about participants', () => {
  test('staff who are recruited or needed are no target group', () => {
    expect(groupsOf('Regionen behöver rekrytera fler medarbetare och undersköterskor.')).toEqual([])
    expect(
      groupsOf('Arbetsgivarna får stöd så att de kan anställa nya medarbetare med olika bakgrund.'),
    ).toEqual([])
  })

  test('staff who are trained are sysselsatta', () => {
    expect(groupsOf('Medarbetare i hemtjänsten får kompetensutveckling i välfärdsteknik.')).toEqual(
      ['sysselsatta'],
    )
    expect(groupsOf('Undersköterskor i hemsjukvården lär sig nya verktyg.')).toEqual([
      'sysselsatta',
    ])
  })

  test('the people staff care for are not the target group', () => {
    const prose =
      'Personalen på boendena arbetar med personer med funktionsnedsättning och utbildas i bemötande.'
    expect(groupsOf(prose)).toEqual(['sysselsatta'])
    expect(groupsOf('Lärare utbildas i hur elever med adhd kan få stöd.')).toEqual(['sysselsatta'])
  })

  test('the same words in a sentence about participants still count', () => {
    expect(groupsOf('Projektet riktar sig till personer med funktionsnedsättning.')).toEqual([
      'personer med funktionsnedsättning',
    ])
  })

  test('a later mention of a group counts when the first does not', () => {
    const prose =
      'Personalen arbetar med unga och utbildas i samtal.\nProjektet når också unga vuxna.'
    const matches = parseSheet(`25-900-S01 - Test\n${prose}`).project?.targetGroups ?? []
    expect(matches.find((m) => m.group === 'unga')).toEqual({
      group: 'unga',
      evidence: 'unga vuxna',
      sentence: { field: 'sections.summary', start: 51, end: 82 },
    })
  })

  test('UVAS and NEET are unga', () => {
    expect(groupsOf('Projektet söker upp UVAS i länet.')).toEqual(['unga'])
    expect(groupsOf('Målgruppen är NEET i tre kommuner.')).toEqual(['unga'])
  })

  test('preventing sick leave is not a group of the sick-listed', () => {
    expect(groupsOf('Chefer utbildas för att förebygga sjukskrivning bland anställda.')).toEqual([
      'sysselsatta',
    ])
  })
})

describe('the supporting sentence', () => {
  test('carries the text and offsets of the sentence', () => {
    const sheet = outdent`
      25-041-S03 - Vägar till vård
      Projektet startar i januari. Det vänder sig till nyanlända kvinnor! Mer följer.
      Bakgrund
      Länet har många långtidsarbetslösa.
    `
    const project = parseSheet(sheet).project
    const matches = project?.targetGroups ?? []
    expect(matches.map((m) => [m.group, m.sentence])).toEqual([
      ['nyanlända', { field: 'sections.summary', start: 29, end: 67 }],
      ['långtidsarbetslösa', { field: 'sections.background', start: 0, end: 35 }],
    ])
    expect(project?.sections.summary?.slice(29, 67)).toEqual(
      'Det vänder sig till nyanlända kvinnor!',
    )
  })

  test('sentenceAround stops at line breaks and sentence ends', () => {
    expect(sentenceAround('Ett. Unga vuxna. Tre.', 5, 9)).toEqual([5, 16])
    expect(sentenceAround('Rad ett\nunga här', 8, 12)).toEqual([8, 16])
    expect(sentenceAround('Version 2.0 för unga.', 16, 20)).toEqual([0, 21])
  })

  test('on every labelled sheet, the sentence holds the evidence', () => {
    for (const { sheet } of readLabelledSheets()) {
      const project = parseSheet(sheet).project
      expect(project).not.toBeNull()
      if (project === null) continue
      const sections: Record<string, string | null> = project.sections
      for (const match of project.targetGroups) {
        const field = match.sentence?.field.replace('sections.', '') ?? ''
        const text = sections[field] ?? ''
        const sentence = text.slice(match.sentence?.start, match.sentence?.end)
        expect(sentence.replace(/\s+/g, ' ')).toContain(match.evidence)
      }
    }
  })
})

describe('precision and recall on the labelled sets (bench/target-groups.eval.ts prints them)', () => {
  const byParser = (sheet: string) => parseSheet(sheet).project?.targetGroups ?? []

  test('the labelled set: 64 sheets, precision ≥ 0.9 and recall ≥ 0.85', () => {
    const sheets = readLabelledSheets()
    expect(sheets.length).toBeGreaterThanOrEqual(60)
    const { score } = scoreTargetGroups(sheets, byParser)
    expect(score.precision).toBeGreaterThanOrEqual(0.9)
    expect(score.recall).toBeGreaterThanOrEqual(0.85)
  })

  test('the held-out set meets the same goals', () => {
    const { score } = scoreTargetGroups(readLabelledSheets(HELD_OUT_SHEETS_FILE), byParser)
    expect(score.precision).toBeGreaterThanOrEqual(0.9)
    expect(score.recall).toBeGreaterThanOrEqual(0.85)
  })
})
