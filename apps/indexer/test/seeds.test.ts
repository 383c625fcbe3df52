/**
 * The five seeds (and, when present, the shared hand-checked corpus) indexed into a real
 * Meilisearch: counts, facets, and Swedish queries through the analysed `svTerms.*` twins.
 * Expected values come from reading the seeds.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { toTermsQuery } from '@projektbank/analyzer'
import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { meiliRequest, vocabularyIndexOf } from '@projektbank/meili'
import { FACETS, SEARCH_FIELDS, SV_TERM_FIELDS } from '@projektbank/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { indexSheets } from '../src/index-sheets.js'
import type { IndexReport } from '../src/report.js'
import {
  SEEDS_DIR,
  SHARED_CORPUS_DIR,
  startTestMeilisearch,
  type TestMeilisearch,
} from './_helpers.js'

const ID = {
  s000: 'a-0399e62443b58d13', // Socialfonden i de regionala kompetensplattformarna
  s001: 'a-0c5d66bdc64b6b59', // Socialfonden och kompetensförsörjning i Region Örebro
  s002: 'a-73124559d6c6c8b8', // FRAMSYN ESF
  s003: 'a-aac7ad086613e3e8', // Strategisk regional samverkan om arbetsmarknadsfrågor …
  s004: 'a-321778d0b62b1142', // Lär
}
const SEED_REGION: Record<string, string> = {
  '000_bb93deab17c6a93d.txt': 'Övre Norrland',
  '001_f7ab52cf4a496413.txt': 'Östra Mellansverige',
  '002_8eac286ac432a010.txt': 'Övre Norrland',
  '003_0f8e6c576a75b39b.txt': 'Övre Norrland',
  '004_c8aa3a3ed73fb58f.txt': 'Mellersta Norrland',
}
const SV_FIELDS = SV_TERM_FIELDS.map((field) => `svTerms.${field}`)
const HAS_CORPUS = existsSync(SHARED_CORPUS_DIR)
if (!HAS_CORPUS) {
  console.warn(`SKIPPED: the shared corpus tests (${SHARED_CORPUS_DIR} does not exist)`)
}

interface SearchResult {
  hits: { id: string }[]
  estimatedTotalHits: number
  facetDistribution?: Record<string, Record<string, number>>
}

describe('the five seeds in Meilisearch', () => {
  let test: TestMeilisearch
  let report: IndexReport
  const analyzer = loadSwedishAnalyzer()

  const search = (body: Record<string, unknown>, index = 'projects') =>
    meiliRequest<SearchResult>(test.meili, 'POST', `/indexes/${index}/search`, {
      body: { attributesToRetrieve: ['id'], limit: 100, ...body },
    })
  /** The search API's analysed query: lemmas of the words, on the analysed twins only. */
  const analysed = async (q: string, fields = SV_FIELDS) => {
    const result = await search({
      q: toTermsQuery(analyzer.analyzeQuery(q)),
      attributesToSearchOn: fields,
      locales: ['swe'],
    })
    return result.hits.map((hit) => hit.id).sort()
  }
  const plain = async (q: string, fields: readonly string[] = SEARCH_FIELDS) => {
    const result = await search({ q, attributesToSearchOn: fields, locales: ['swe'] })
    return result.hits.map((hit) => hit.id).sort()
  }

  beforeAll(async () => {
    test = await startTestMeilisearch()
    report = await indexSheets({ meili: test.meili, inputs: [SEEDS_DIR] })
  })
  afterAll(async () => {
    await test?.dispose()
  })

  it('indexes all five, without errors', async () => {
    expect(report.ok).toBe(true)
    expect(report.files).toEqual({
      seen: 5,
      parsed: 5,
      unchanged: 0,
      indexed: 5,
      failed: 0,
      withErrors: 0,
    })
    expect(report.documents).toEqual({ sent: 5, deleted: 0, total: 5 })
    expect(report.tasks.enqueued).toBe(1)
    expect(report.tasks.succeeded).toBe(1)
    expect((await search({ q: '' })).hits.map((h) => h.id).sort()).toEqual(Object.values(ID).sort())
  })

  it('writes the index vocabulary: every twin word with the number of documents holding it', async () => {
    const { hits } = await meiliRequest<{ hits: { words: string[]; counts: number[] }[] }>(
      test.meili,
      'POST',
      `/indexes/${vocabularyIndexOf('projects')}/search`,
      { body: { q: '', limit: 1000 } },
    )
    const counts = new Map(hits.flatMap((h) => h.words.map((w, i) => [w, h.counts[i]] as const)))
    // Every seed names Arbetsförmedlingen; only the Örebro seed is about Örebro.
    expect(counts.get('arbetsförmedlingen')).toBe(5)
    expect(counts.get('arbete')).toBe(5)
    expect(counts.get('örebro')).toBeGreaterThanOrEqual(1)
    expect(counts.has('och')).toBe(false)
    expect(counts.size).toBeGreaterThan(1000)
  })

  it('has the facet distributions the seeds say', async () => {
    const { facetDistribution } = await search({ q: '', facets: [...FACETS], limit: 0 })
    expect(facetDistribution?.region).toEqual({
      'Övre Norrland': 3,
      'Östra Mellansverige': 1,
      'Mellersta Norrland': 1,
    })
    expect(facetDistribution?.county).toEqual({
      'Västerbottens län': 3,
      'Norrbottens län': 1,
      'Örebro län': 1,
      'Västernorrlands län': 1,
    })
    expect(facetDistribution?.programArea).toEqual({
      '2007–2013: 2 Ökat arbetskraftsutbud': 4,
      '2007–2013: 1 Kompetensförsörjning': 1,
    })
    expect(facetDistribution?.phase).toEqual({ Genomförande: 5 })
    expect(facetDistribution?.layout).toEqual({ A: 5 })
    expect(facetDistribution?.fund).toEqual({ ESF: 5 })
    expect(facetDistribution?.year).toEqual({ '2011': 1, '2014': 4 })
    expect(facetDistribution?.owner).toEqual({
      'APeL Forskning och utveckling': 1,
      'Regionförbundet Örebro': 1,
      'Regionförbundet Västerbottens län': 1,
      'Regionförbundet i Västerbottens län': 1,
      'Kommunförbundet Västernorrland': 1,
    })
    // 000 lists 29 municipalities in Västerbotten and Norrbotten, 002 and 003 the same 15 in
    // Västerbotten, 001 12 in Örebro län, 004 7 in Västernorrland: 48 different ones.
    const municipalities = facetDistribution?.municipality ?? {}
    expect(Object.keys(municipalities)).toHaveLength(48)
    expect(municipalities.Umeå).toBe(3)
    expect(municipalities.Kiruna).toBe(1)
    expect(municipalities.Örebro).toBe(1)
    expect(municipalities.Sundsvall).toBe(1)
    expect(facetDistribution?.targetGroup?.['personer med funktionsnedsättning']).toBe(5)
    expect(facetDistribution?.targetGroup?.unga).toBe(4)
  })

  it('filters and sorts on amounts and dates', async () => {
    const rich = await search({ q: '', filter: 'esfGrant >= 600000', sort: ['esfGrant:desc'] })
    expect(rich.hits.map((h) => h.id)).toEqual([ID.s001, ID.s004, ID.s002])
    const in2011 = await search({ q: '', filter: 'year = 2011' })
    expect(in2011.hits.map((h) => h.id)).toEqual([ID.s002])
    const lappland = await search({ q: '', filter: 'municipalityCode = 2584' }) // Kiruna
    expect(lappland.hits.map((h) => h.id)).toEqual([ID.s000])
  })

  it('`expert` finds the sheets that ask for a tillgänglighetsexpert', async () => {
    // 000 and 001 both budget for "medverkan av tillgänglighetsexpert"; the word never
    // appears alone, so the plain fields find nothing.
    expect(await analysed('expert')).toEqual([ID.s000, ID.s001].sort())
    expect(await plain('expert')).toEqual([])
  })

  it('`frågor` finds …frågor and …frågorna compounds', async () => {
    // 000 only has "kompetensförsörjningsfrågorna", 002 only "utvecklingsfrågor" (and
    // "efterfrågan"), 004 "En viktig fråga"; 001 and 003 also have the plain word.
    expect(await analysed('frågor')).toEqual(Object.values(ID).sort())
    expect(await plain('frågor')).toEqual([ID.s001, ID.s003].sort())
  })

  it('`kommuner` finds a sheet that only says `kommun`', async () => {
    expect(await analysed('kommuner')).toEqual(Object.values(ID).sort())
    // 002's participants are "Bjurholms kommun", "Malå kommun", …: never "kommuner".
    expect(await analysed('kommuner', ['svTerms.actors'])).toEqual([ID.s002])
    expect(await plain('kommuner', ['actors'])).toEqual([])
  })

  it('holds no synonyms: `funktionshinder` finds only the sheets that say it', async () => {
    // In their texts (not the section heading), 000 and 001 only say "funktionsnedsättning",
    // 002 and 004 only "funktionshinder", 003 both. The search API reads one as the other at query time (`QUERY_EXPANSIONS`), so neither
    // the settings nor the twins carry the other word.
    expect(await plain('funktionshinder')).toEqual([ID.s002, ID.s003, ID.s004].sort())
    expect(await analysed('funktionshinder')).toEqual([ID.s002, ID.s003, ID.s004].sort())
    expect(await analysed('funktionsnedsättning')).toEqual([ID.s000, ID.s001, ID.s003].sort())
    expect(await plain('AF')).toEqual([])
    expect(await analysed('af')).toEqual([])
  })

  it('keeps å, ä and ö apart from a, a and o', async () => {
    // Three letters: too short for a typo. Folding å to a would make `mal` find every `mål`.
    expect(await plain('mål', ['summary', 'background', 'goals'])).toEqual(Object.values(ID).sort())
    expect(await plain('mal', ['summary', 'background', 'goals'])).toEqual([])
    // "här" in 2 seeds, "har" in all 5: `här` must not find the other 3.
    expect(await plain('här', ['summary', 'background'])).toHaveLength(2)
    expect(await plain('har', ['summary', 'background'])).toHaveLength(5)
  })
})

describe.skipIf(!HAS_CORPUS)(`the seeds and ${SHARED_CORPUS_DIR} (skipped when absent)`, () => {
  let test: TestMeilisearch
  let report: IndexReport
  let corpusFiles: string[]

  beforeAll(async () => {
    test = await startTestMeilisearch()
    corpusFiles = (await readdir(SHARED_CORPUS_DIR)).filter((f) => f.endsWith('.txt')).sort()
    report = await indexSheets({ meili: test.meili, inputs: [SEEDS_DIR, SHARED_CORPUS_DIR] })
  })
  afterAll(async () => {
    await test?.dispose()
  })

  it('indexes every sheet, reports the one duplicate, and has the expected regions and titles', async () => {
    expect(report.files.seen).toBe(5 + corpusFiles.length)
    expect(report.files.failed).toBe(0)
    // A-001 republishes seed 003's project (same title, owner and period): one id, two files.
    expect(report.duplicateIds).toEqual([
      {
        id: ID.s003,
        files: [join(SEEDS_DIR, '003_0f8e6c576a75b39b.txt'), join(SHARED_CORPUS_DIR, 'A-001.txt')],
      },
    ])
    expect(report.documents.total).toBe(5 + corpusFiles.length - 1)

    const expected = new Map<string, number>()
    const titles: string[] = []
    const count = (region: string | null) => {
      if (region) expected.set(region, (expected.get(region) ?? 0) + 1)
    }
    for (const region of Object.values(SEED_REGION)) count(region)
    for (const file of corpusFiles) {
      const json = JSON.parse(
        await readFile(join(SHARED_CORPUS_DIR, file.replace(/\.txt$/, '.json')), 'utf8'),
      ) as { region: string | null; title: string }
      count(json.region)
      titles.push(json.title)
    }
    // The losing file of the duplicate (seed 003) is not in the index.
    expected.set('Övre Norrland', (expected.get('Övre Norrland') ?? 0) - 1)

    const result = await meiliRequest<{
      hits: { id: string; title: string }[]
      facetDistribution?: Record<string, Record<string, number>>
    }>(test.meili, 'POST', '/indexes/projects/search', {
      body: {
        q: '',
        facets: ['region', 'layout'],
        limit: 1000,
        attributesToRetrieve: ['id', 'title'],
      },
    })
    expect(result.facetDistribution?.region).toEqual(Object.fromEntries(expected))
    const layouts = result.facetDistribution?.layout ?? {}
    expect(layouts.C).toBe(corpusFiles.filter((f) => f.startsWith('C-')).length)
    expect(layouts.D).toBe(corpusFiles.filter((f) => f.startsWith('D-')).length)
    expect(new Set(result.hits.map((hit) => hit.title))).toEqual(
      new Set([
        ...titles,
        ...[
          'Socialfonden i de regionala kompetensplattformarna',
          'Socialfonden och kompetensförsörjning i Region Örebro',
          'FRAMSYN ESF',
          'Lär',
        ],
      ]),
    )
  })
})
