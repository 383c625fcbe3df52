/**
 * How queries are read (typed without å/ä/ö, with a slip, with an abbreviation), against a
 * real Meilisearch: the seeds and three small sheets of our own (one says "far", two only
 * "får") indexed by the indexer, the API with a search-only key and the vocabulary the
 * indexer wrote.
 */
import { fileURLToPath } from 'node:url'
import { DEFAULT_INDEX, vocabularyIndexOf } from '@projektbank/meili'
import { type SearchResponse, SearchResponseSchema } from '@projektbank/model'
import { SEEDS, type SeededMeilisearch, startSeededMeilisearch } from '@projektbank/seeded-index'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApp } from '../src/app.js'
import { createMeilisearchGateway } from '../src/meilisearch-gateway.js'
import { loadAnalyzer } from '../src/swedish-analyzer.js'
import { createVocabularySource, type VocabularySource } from '../src/vocabulary-source.js'
import { ANSWER_TIMEOUTS } from './_answer-timeouts.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/query-reading', import.meta.url))
const FAR_SHEET = '2017-09101'
const FAR_SHEETS_WITH_FAR_ONLY = ['2017-09102', '2017-09103']

let seeded: SeededMeilisearch | undefined
let app: ReturnType<typeof createApp>
let words: VocabularySource | undefined
let vocabularyLoaded = false

beforeAll(async () => {
  const analyzer = await loadAnalyzer({ vocabulary: () => words?.current() })
  seeded = await startSeededMeilisearch({
    inputs: [SEEDS, FIXTURES],
    analyze: analyzer.analyzeText,
  })
  words = createVocabularySource(
    createMeilisearchGateway({
      url: seeded.meili.url,
      apiKey: seeded.searchKey,
      indexUid: vocabularyIndexOf(DEFAULT_INDEX),
    }),
  )
  vocabularyLoaded = await words.refresh()
  app = createApp({
    search: createMeilisearchGateway({ url: seeded.meili.url, apiKey: seeded.searchKey }),
    analyzer: analyzer.search,
    config: ANSWER_TIMEOUTS,
  })
}, 120_000)

afterAll(async () => {
  await seeded?.stop()
})

async function search(params: Record<string, string>): Promise<SearchResponse> {
  const res = await app.request(`/search?${new URLSearchParams({ hitsPerPage: '100', ...params })}`)
  if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`)
  return SearchResponseSchema.parse(await res.json())
}
const ids = (body: SearchResponse) => body.hits.map((hit) => hit.id).sort()

describe('queries typed without å/ä/ö find what the spelled query finds', () => {
  // The spelled word's own readings (the expansion table's) come after the respelling.
  const alsoEkonomisktBistand = [
    {
      term: 'försörjningsstöd',
      replacement: 'ekonomiskt bistånd',
      source: 'synonym' as const,
      kind: 'added' as const,
    },
  ]
  test.each([
    ['orebro', 'örebro', []],
    ['ornskoldsvik', 'örnsköldsvik', []],
    ['umea', 'umeå', []],
    ['gavle', 'gävle', []],
    ['forsorjningsstod', 'försörjningsstöd', alsoEkonomisktBistand],
  ])('%s finds every sheet %s finds, and says how it was read', async (typed, spelled, also) => {
    const [folded, exact] = await Promise.all([search({ q: typed }), search({ q: spelled })])
    expect(ids(folded)).toEqual(ids(exact))
    expect(folded.reading).toEqual({
      searched: spelled,
      rewrites: [
        { term: typed, replacement: spelled, source: 'diacritics', kind: 'replaced' },
        ...also,
      ],
    })
    expect(exact.reading).toEqual({ searched: spelled, rewrites: also })
  })

  test('a stop word typed without å/ä/ö is read as the stop word, not a rarer word', async () => {
    // The lexicon ranks *frän* (pungent) above *från*, and the index holds *når*, not *när*.
    const [folded, exact] = await Promise.all([
      search({ q: 'fran skola till arbete' }),
      search({ q: 'från skola till arbete' }),
    ])
    expect(folded.reading.rewrites).toEqual([
      { term: 'fran', replacement: 'från', source: 'diacritics', kind: 'replaced' },
    ])
    expect(folded.totalHits).toBeGreaterThan(0)
    expect(ids(folded)).toEqual(ids(exact))
    const when = await search({ q: 'unga nar' })
    expect(when.reading.rewrites).toEqual([
      { term: 'nar', replacement: 'när', source: 'diacritics', kind: 'replaced' },
    ])
    expect(ids(when)).toEqual(ids(await search({ q: 'unga' })))
  })

  test('a query that is only a stop word once restored is searched as that word', async () => {
    // As `och` typed is: matched as the word, not read as an empty query that lists everything.
    const [folded, exact] = await Promise.all([search({ q: 'fran' }), search({ q: 'från' })])
    expect(folded.reading).toEqual({
      searched: 'från',
      rewrites: [{ term: 'fran', replacement: 'från', source: 'diacritics', kind: 'replaced' }],
    })
    expect(exact.reading).toEqual({ searched: 'från', rewrites: [] })
    expect(ids(folded)).toEqual(ids(exact))
  })

  test.each([
    ['ørebro', 'örebro'],
    ['Ørnskøldsvik', 'örnsköldsvik'],
    ['gævle', 'gävle'],
  ])(
    '%s (ø and æ of a Danish or Norwegian keyboard) finds what %s finds',
    async (typed, spelled) => {
      const [nordic, exact] = await Promise.all([search({ q: typed }), search({ q: spelled })])
      expect(nordic.reading).toEqual({
        searched: spelled,
        rewrites: [
          {
            term: typed.toLowerCase(),
            replacement: spelled,
            source: 'diacritics',
            kind: 'replaced',
          },
        ],
      })
      expect(nordic.totalHits).toBeGreaterThan(0)
      expect(ids(nordic)).toEqual(ids(exact))
    },
  )

  test('the seeds have sheets for Örebro, Örnsköldsvik and Umeå', async () => {
    expect((await search({ q: 'orebro' })).totalHits).toBeGreaterThan(0)
    expect((await search({ q: 'ornskoldsvik' })).totalHits).toBeGreaterThan(0)
    expect((await search({ q: 'umea' })).totalHits).toBe(3)
  })

  test.each([
    ['orebr', 'örebr', 'örebro'],
    // The seeds have one word that begins so: read as that word.
    ['ornskol', 'örnsköldsvik', 'örnsköldsvik'],
    // Respelled, the beginning reads on as if typed so: the corrector completes it.
    ['unga forsorjningsst', 'unga försörjningsstöd', 'unga försörjningsstöd'],
    // Completed or left as typed, never changed into a shorter or another word.
    ['arbetsförm', 'arbetsförm', 'arbetsförmedlingen'],
    ['arbetsform', 'arbetsförm', 'arbetsförmedlingen'],
    ['tillgangl', 'tillgängl', 'tillgänglighet'],
    // Only forms of *expert* begin so (the end of *tillgänglighetsexpert* too): that word.
    ['exper', 'expert', 'expert'],
  ])(
    '%s, still being typed, is read as %s and finds every sheet %s finds',
    async (typed, respelled, finished) => {
      const [partial, whole] = await Promise.all([search({ q: typed }), search({ q: finished })])
      expect(whole.totalHits).toBeGreaterThan(0)
      expect(ids(partial)).toEqual(expect.arrayContaining(ids(whole)))
      expect(partial.reading.searched).toBe(respelled)
    },
  )

  test('verbatim searches the query exactly as typed', async () => {
    const body = await search({ q: 'orebro', verbatim: 'true' })
    expect(body.reading).toEqual({ searched: 'orebro', rewrites: [] })
    expect(body.totalHits).toBe(0)
    // "Menade du örebro?": the query as the search reads it finds something.
    expect(body.suggestion).toBe('örebro')
  })
})

describe('a word no project has is left out when the others find something', () => {
  test('xyzzq expert finds what expert finds, and says xyzzq was left out', async () => {
    const [both, known] = await Promise.all([
      search({ q: 'xyzzq expert' }),
      search({ q: 'expert' }),
    ])
    expect(known.totalHits).toBe(2)
    expect(ids(both)).toEqual(ids(known))
    expect(both.reading).toEqual({
      searched: 'expert',
      rewrites: [{ term: 'xyzzq', replacement: '', source: 'index', kind: 'dropped' }],
    })
  })

  test('never every word nor a number, and nothing verbatim', async () => {
    expect((await search({ q: 'xyzzq qzzyx' })).reading.rewrites).toEqual([])
    // The number stays (a project number), the word the index lacks goes.
    expect((await search({ q: 'xyzzq 2019' })).reading.rewrites).toEqual([
      { term: 'xyzzq', replacement: '', source: 'index', kind: 'dropped' },
    ])
    const verbatim = await search({ q: 'xyzzq expert', verbatim: 'true' })
    expect(verbatim.totalHits).toBe(0)
    expect(verbatim.reading.rewrites).toEqual([])
  })
})

describe('a word of its own keeps its meaning first', () => {
  test('far ranks the sheet with "far" above the sheets with only "får", which follow', async () => {
    const body = await search({ q: 'far' })
    expect(body.hits[0]?.id).toBe(FAR_SHEET)
    expect(body.hits.map((hit) => hit.id)).toEqual(expect.arrayContaining(FAR_SHEETS_WITH_FAR_ONLY))
    expect(body.reading).toEqual({
      searched: 'far',
      rewrites: [
        { term: 'far', replacement: 'får', source: 'diacritics', kind: 'added' },
        { term: 'far', replacement: 'pappa', source: 'thesaurus', kind: 'added' },
      ],
    })
  })

  test('sorted by grant, far lists what the relevance order finds, the får sheets too', async () => {
    const [relevance, sorted] = await Promise.all([
      search({ q: 'far' }),
      search({ q: 'far', sort: 'esfGrant:desc' }),
    ])
    expect(ids(sorted)).toEqual(expect.arrayContaining([FAR_SHEET, ...FAR_SHEETS_WITH_FAR_ONLY]))
    expect(ids(sorted)).toEqual(ids(relevance))
    expect(sorted.totalHits).toBe(relevance.totalHits)
    const grants = sorted.hits.map((hit) => hit.esfGrant ?? 0)
    expect(grants).toEqual([...grants].sort((a, b) => b - a))
    // The export sorted by grant holds the same projects.
    const res = await app.request('/export?q=far&sort=esfGrant:desc&format=ndjson')
    const exported = (await res.text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).id)
    expect(exported).toEqual(sorted.hits.map((hit) => hit.id))
  })

  test('verbatim far finds only the sheet with "far"', async () => {
    expect(ids(await search({ q: 'far', verbatim: '1' }))).toEqual([FAR_SHEET])
  })

  test('nor when the query has å, ä or ö elsewhere: it was typed on a Swedish keyboard', async () => {
    const typed = await search({ q: 'pappa på väg far' })
    expect(typed.reading.rewrites.filter((r) => r.source === 'diacritics')).toEqual([])
    const folded = await search({ q: 'pappa pa vag far' })
    expect(folded.reading.rewrites.filter((r) => r.source === 'diacritics')).toEqual([
      { term: 'pa', replacement: 'på', source: 'diacritics', kind: 'replaced' },
      // *vag* (vague) is a word of its own too.
      { term: 'vag', replacement: 'väg', source: 'diacritics', kind: 'added' },
      { term: 'far', replacement: 'får', source: 'diacritics', kind: 'added' },
    ])
  })

  test('its other spelling is not added when the index never has that word', async () => {
    // The lexicon reads `varken` (neither) also as *värken* (the ache); no sheet mentions
    // any ache, so the reading says nothing of it and the query searches what was typed.
    const body = await search({ q: 'unga som varken arbetar eller studerar' })
    expect(body.reading).toEqual({
      searched: 'unga som varken arbetar eller studerar',
      rewrites: [],
    })
    expect(body.totalHits).toBeGreaterThan(0)
  })
})

describe('an abbreviation is written out', () => {
  test('AF finds every sheet Arbetsförmedlingen finds, and says how it was read', async () => {
    const [short, long] = await Promise.all([
      search({ q: 'AF' }),
      search({ q: 'arbetsförmedlingen' }),
    ])
    expect(long.totalHits).toBeGreaterThanOrEqual(5)
    expect(ids(short)).toEqual(ids(long))
    expect(short.reading).toEqual({
      searched: 'AF',
      rewrites: [
        { term: 'af', replacement: 'arbetsförmedlingen', source: 'abbreviation', kind: 'added' },
      ],
    })
  })
})

describe('every path that searches writes abbreviations and synonyms out (the one table)', () => {
  // Every seed names Arbetsförmedlingen, none says AF; 000 and 001 say only
  // funktionsnedsättning, never funktionshinder. The index holds no synonyms.
  const SEEDS_ALL = [
    'a-0399e62443b58d13',
    'a-0c5d66bdc64b6b59',
    'a-321778d0b62b1142',
    'a-73124559d6c6c8b8',
    'a-aac7ad086613e3e8',
  ]
  const AF_SHEETS = SEEDS_ALL
  const idsOfExport = async (q: string, sort = 'relevance') => {
    const res = await app.request(`/export?${new URLSearchParams({ q, sort, format: 'ndjson' })}`)
    if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`)
    const lines = (await res.text()).trimEnd().split('\n').filter(Boolean)
    return lines.map((line) => String(JSON.parse(line).id)).sort()
  }

  test('relevance: AF and arbetsförmedlingen find the same sheets', async () => {
    expect(ids(await search({ q: 'AF' }))).toEqual(AF_SHEETS)
    expect(ids(await search({ q: 'arbetsförmedlingen' }))).toEqual(AF_SHEETS)
  })

  test('sorted by grant, AF finds the same sheets, largest grant first', async () => {
    const body = await search({ q: 'AF', sort: 'esfGrant:desc' })
    expect(ids(body)).toEqual(AF_SHEETS)
    const grants = body.hits.map((hit) => hit.esfGrant ?? 0)
    expect(grants).toEqual([3_806_584, 674_537, 652_091, 450_000, 450_000])
  })

  test('sorted, a one-word compound needs all its parts, as in the relevance order', async () => {
    // The far/får sheets say *arbete* but never *förmedling*: no answer to the compound.
    const sorted = await search({ q: 'arbetsförmedlingen', sort: 'esfGrant:desc' })
    expect(ids(sorted)).toEqual(AF_SHEETS)
  })

  test('funktionshinder finds the sheets that only say funktionsnedsättning, sorted or not', async () => {
    expect(ids(await search({ q: 'funktionshinder' }))).toEqual(SEEDS_ALL)
    const sorted = await search({ q: 'funktionshinder', sort: 'startDate:asc' })
    expect(ids(sorted)).toEqual(SEEDS_ALL)
    const starts = sorted.hits.map((hit) => hit.period.start ?? '')
    expect(starts).toEqual([...starts].sort())
  })

  test('/export with a query exports what /search finds', async () => {
    expect(await idsOfExport('AF')).toEqual(AF_SHEETS)
    expect(await idsOfExport('AF', 'esfGrant:desc')).toEqual(AF_SHEETS)
  })

  test('/export and the workbooks say how the query was read', async () => {
    const readingOf = (res: Response) =>
      JSON.parse(decodeURIComponent(res.headers.get('x-query-reading') ?? ''))
    const csv = await app.request('/export?q=AF&format=csv')
    expect(readingOf(csv)).toEqual((await search({ q: 'AF' })).reading)
    expect(readingOf(csv)).toEqual({
      searched: 'AF',
      rewrites: [
        { term: 'af', replacement: 'arbetsförmedlingen', source: 'abbreviation', kind: 'added' },
      ],
    })
    // A reader of the file alone finds it in the sheet `Query`, after the rows.
    const querySheet = async (res: Response) => {
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(await res.arrayBuffer())
      return workbook.worksheets.map((sheet) => [sheet.name, sheet.getSheetValues().slice(1)])
    }
    const exported = await app.request('/export?q=orebro&format=xlsx')
    expect(readingOf(exported).searched).toBe('örebro')
    const sheets = await querySheet(exported)
    expect(sheets.map(([name]) => name)).toEqual(['Projects', 'Query'])
    const rows = [
      [undefined, 'what', 'value'],
      [undefined, 'query', 'orebro'],
      [undefined, 'searched as', 'örebro'],
      [undefined, 'replaced (diacritics)', 'orebro → örebro'],
    ]
    expect(sheets[1]?.[1]).toEqual(rows)
    const stats = await app.request('/stats?groupBy=county&q=orebro&format=xlsx')
    expect(readingOf(stats).searched).toBe('örebro')
    expect((await querySheet(stats)).at(-1)).toEqual(['Query', rows])
  })

  test('/facets with a main query counts what /search finds', async () => {
    const facetValues = async (params: Record<string, string>) => {
      const res = await app.request(`/facets/county?${new URLSearchParams(params)}`)
      expect(res.status).toBe(200)
      const body = (await res.json()) as { values: { value: string; count: number }[] }
      return Object.fromEntries(body.values.map(({ value, count }) => [value, count]))
    }
    const searched = await search({ q: 'AF', hitsPerPage: '0', facets: 'county' })
    const counted = await facetValues({ query: 'AF' })
    expect(counted).toEqual(searched.facets.county)
    // No sheet says AF: searched as typed, the counts were all zero.
    expect(counted).toEqual({
      'Västerbottens län': 3,
      'Västernorrlands län': 1,
      'Norrbottens län': 1,
      'Örebro län': 1,
    })
    expect(await facetValues({ query: 'AF', q: 'väst' })).toEqual({
      'Västerbottens län': 3,
      'Västernorrlands län': 1,
    })
  })

  test('/stats with a query counts what /search finds', async () => {
    const res = await app.request(`/stats?${new URLSearchParams({ q: 'AF', groupBy: 'county' })}`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { totalHits: number }).totalHits).toBe(AF_SHEETS.length)
  })
})

describe('a slip in a long word is corrected against the index vocabulary', () => {
  test('the search key reads the vocabulary the indexer wrote', () => {
    expect(vocabularyLoaded).toBe(true)
    expect(words?.current()?.count('arbetsförmedlingen')).toBeGreaterThanOrEqual(5)
  })

  test('arbetsförmedligen finds every sheet arbetsförmedlingen finds, and says so', async () => {
    const [slip, spelled] = await Promise.all([
      search({ q: 'arbetsförmedligen' }),
      search({ q: 'arbetsförmedlingen' }),
    ])
    expect(ids(slip)).toEqual(ids(spelled))
    expect(slip.reading).toEqual({
      searched: 'arbetsförmedlingen',
      rewrites: [
        {
          term: 'arbetsförmedligen',
          replacement: 'arbetsförmedlingen',
          source: 'typo',
          kind: 'replaced',
        },
        { term: 'arbetsförmedlingen', replacement: 'af', source: 'abbreviation', kind: 'added' },
      ],
    })
  })

  test('forsakringskasan (no å/ä, one s short) finds every sheet försäkringskassan finds', async () => {
    const [slip, spelled] = await Promise.all([
      search({ q: 'forsakringskasan' }),
      search({ q: 'försäkringskassan' }),
    ])
    expect(spelled.totalHits).toBe(5)
    expect(ids(slip)).toEqual(ids(spelled))
    expect(slip.reading.searched).toBe('försäkringskassan')
    expect(slip.reading.rewrites[0]).toEqual({
      term: 'forsakringskasan',
      replacement: 'försäkringskassan',
      source: 'typo',
      kind: 'replaced',
    })
  })
})

describe('a slip corrected to a compound finds the compound, not its parts apart', () => {
  // Seeds 002 and 004 say Kommunförbundet; 003 says *Förbundet* (a regional federation) and
  // *kommunerna* in one section, and never the compound.
  const SAYS_KOMMUNFORBUNDET = ['a-321778d0b62b1142', 'a-73124559d6c6c8b8']
  const SAYS_FORBUNDET_AND_KOMMUNERNA = 'a-aac7ad086613e3e8'

  test('kommunförbundet as typed also finds its parts in one section', async () => {
    const spelled = await search({ q: 'kommunförbundet' })
    expect(ids(spelled)).toEqual([...SAYS_KOMMUNFORBUNDET, SAYS_FORBUNDET_AND_KOMMUNERNA].sort())
    expect(spelled.hits.at(-1)?.id).toBe(SAYS_FORBUNDET_AND_KOMMUNERNA)
  })

  test('kommunförbudet is read as kommunförbundet and finds only the sheets that say it', async () => {
    const slip = await search({ q: 'kommunförbudet' })
    expect(slip.reading.searched).toBe('kommunförbundet')
    expect(ids(slip)).toEqual(SAYS_KOMMUNFORBUNDET)
  })
})

describe('a project number finds its project, however it is printed', () => {
  test.each([
    ['2017-09102', '2017-09102'],
    ['2017/09102', '2017-09102'],
    ['2017-09103 ', '2017-09103'],
  ])('%s lists project %s first', async (typed, id) => {
    const body = await search({ q: typed })
    expect(body.hits[0]?.id).toBe(id)
  })

  test('a word the index lacks before a number is left out; verbatim, the number is suggested', async () => {
    const body = await search({ q: 'Dnr 2017/09102' })
    expect(body.hits[0]?.id).toBe('2017-09102')
    expect(body.reading.rewrites).toEqual([
      { term: 'dnr', replacement: '', source: 'index', kind: 'dropped' },
    ])
    const verbatim = await search({ q: 'Dnr 2017/09102', verbatim: 'true' })
    expect(verbatim.totalHits).toBe(0)
    expect(verbatim.suggestion).toBe('2017/09102')
  })
})

describe('a query that finds nothing gets the closest query that does ("Menade du …?")', () => {
  test('a slip within the typo budget of its length: the nearest index word is suggested', async () => {
    // A phrase is searched without typos. Eight letters, one edit; fourteen letters, two.
    const body = await search({ q: '"kvinnorr"' })
    expect(body.totalHits).toBe(0)
    expect(body.suggestion).toBe('"kvinnor"')
    expect((await search({ q: 'kvinnor', verbatim: 'true' })).totalHits).toBeGreaterThan(0)
    const long = await search({ q: '"tilgänglihet"' })
    expect(long.totalHits).toBe(0)
    expect(long.suggestion).toBe('"tillgänglighet"')
  })

  test('a short word is not respelled into another word two edits away', async () => {
    // Was "Menade du göra ort?" (`grön` and `omst`: four letters, no typo allowed).
    const body = await search({ q: 'grön omst' })
    expect(body.totalHits).toBe(0)
    expect(body.suggestion).toBeNull()
    // Seven letters, two edits: beyond Meilisearch's one typo.
    expect((await search({ q: 'kvinorr' })).suggestion).toBeNull()
  })

  test('a table key being typed is read, not respelled', async () => {
    // Was "Menade du grepp tas?": `green trans` is on its way to *green transition*.
    const body = await search({ q: 'green trans' })
    expect(body.reading.rewrites.map((r) => [r.term, r.source])).toEqual([
      ['green transition', 'synonym'],
      // Nothing found as read, nor suggested: its words, any one enough.
      ['green trans', 'looser'],
      ['green trans', 'looser'],
    ])
    expect(body.suggestion).toBeNull()
    expect((await search({ q: 'green transition' })).suggestion).toBeNull()
  })

  test("a key's first word alone, which no sheet has, is read as the key", async () => {
    // Was no reading: `green` found nothing while the list offered *green transition*.
    const body = await search({ q: 'green' })
    expect(body.reading.rewrites.map((r) => r.term)).toEqual(['green transition'])
    expect(body.suggestion).toBeNull()
  })

  test('a phrase is suggested whole, with its words of their own respelled', async () => {
    // A phrase is searched as typed: `for` (went) is a word of its own and stays *for*.
    const typed = await search({ q: '"for unga"' })
    expect(typed.totalHits).toBe(0)
    expect(typed.suggestion).toBe('"för unga"')
    const slip = await search({ q: '"unga kvinnorr"' })
    expect(slip.totalHits).toBe(0)
    expect(slip.suggestion).toBe('"unga kvinnor"')
    expect((await search({ q: '"unga kvinnor"', verbatim: 'true' })).totalHits).toBeGreaterThan(0)
  })

  test('a compound whose parts no sheet has together: the sheets its parts find', async () => {
    // No sheet says *bubbla*: the sheets are those `tillgänglighet` finds, and the reading
    // names that part alone.
    const [looser, part] = await Promise.all([
      search({ q: 'tillgänglighetsbubbla' }),
      search({ q: 'tillgänglighet ' }),
    ])
    expect(part.totalHits).toBeGreaterThan(0)
    expect(ids(looser)).toEqual(ids(part))
    expect(looser.suggestion).toBeNull()
    expect(looser.reading).toEqual({
      searched: 'tillgänglighetsbubbla',
      rewrites: [
        {
          term: 'tillgänglighetsbubbla',
          replacement: 'tillgänglighet',
          source: 'looser',
          kind: 'replaced',
        },
      ],
    })
    const verbatim = await search({ q: 'tillgänglighetsbubbla', verbatim: 'true' })
    expect(verbatim.totalHits).toBe(0)
    expect(verbatim.reading.rewrites).toEqual([])
  })

  test('a part is a whole word: `hand` of `handledare` finds no *handlingsplan*', async () => {
    // Two seeds say *handlar* and *handlingsplan*, never *hand*; typed alone, `hand` is also
    // the beginning of those words.
    const onlyHandling = ['a-0c5d66bdc64b6b59', 'a-aac7ad086613e3e8']
    const body = await search({ q: 'handledare' })
    expect(body.reading.rewrites.map((r) => r.replacement)).toEqual(['hand', 'ledare'])
    expect(ids(body)).toContain('2017-09103') // *handledning*: its twin holds *hand*
    for (const id of onlyHandling) expect(ids(body)).not.toContain(id)
    expect(ids(await search({ q: 'hand' }))).toEqual(expect.arrayContaining(onlyHandling))
  })

  test('nothing near: no suggestion; a query that finds something gets none', async () => {
    expect((await search({ q: 'xyzzyq' })).suggestion).toBeNull()
    expect((await search({ q: 'kvinnor' })).suggestion).toBeNull()
  })
})
