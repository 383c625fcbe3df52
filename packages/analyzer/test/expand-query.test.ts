import { describe, expect, test } from 'vitest'
import { createQueryExpander, QUERY_EXPANSIONS } from '../src/query/expand-query.js'
import { analyzer } from './_analyzer.js'

const analyze = (q: string) => analyzer.analyzeQuery(q)
const expand = createQueryExpander(analyze, QUERY_EXPANSIONS)
const found = (q: string) =>
  expand(analyze(q)).map(({ start, end, part, from, to, source }) => ({
    start,
    end,
    ...(part === undefined ? {} : { part }),
    from,
    to,
    source,
  }))

describe('createQueryExpander with the bundled table', () => {
  test('an abbreviation is written out, whatever its case', () => {
    expect(found('AF Umeå')).toEqual([
      { start: 0, end: 1, from: 'af', to: 'arbetsförmedlingen', source: 'abbreviation' },
    ])
    expect(found('sfi').map((e) => e.to)).toEqual(['svenska för invandrare'])
  })

  test('a long form that sheets shorten reads as its acronym, inflected or hyphenated', () => {
    expect(found('Samordningsförbundet i Umeå').map((e) => e.to)).toEqual(['finsam'])
    expect(found('barn- och ungdomspsykiatrin').map((e) => e.to)).toEqual(['bup'])
    expect(found('deltagare med NPF').map((e) => e.to)).toEqual([
      'neuropsykiatrisk funktionsnedsättning',
      'neuropsykiatriskt funktionshinder',
    ])
    expect(found('FAS 3').map((e) => [e.start, e.end, e.to])).toEqual([
      [0, 2, 'sysselsättningsfasen'],
    ])
  })

  test('a synonym matches any inflection of its word', () => {
    expect(found('nyanlända').map((e) => e.to)).toEqual(['utrikes född', 'invandrare'])
    expect(found('jobbar').map((e) => e.to)).toEqual(['arbeta'])
    expect(found('coachningen').map((e) => e.to)).toEqual(['coach', 'coaching'])
    expect(found('arbetslösa').map((e) => e.to)).toEqual(['arbetssökande', 'arbetslöshet'])
    expect(found('socialbidraget').map((e) => e.to)).toEqual([
      'försörjningsstöd',
      'ekonomiskt bistånd',
    ])
  })

  test('an acronym kept back in the first review reads as its long form, both ways', () => {
    expect(found('MI och KBT').map((e) => e.to)).toEqual([
      'motiverande samtal',
      'motivational interviewing',
      'kognitiv beteendeterapi',
    ])
    expect(found('motiverande samtal').map((e) => e.to)).toEqual([
      'mi',
      'motivational interviewing',
    ])
    expect(found('SSPF-gruppen').map((e) => [e.part, e.to])).toEqual([
      [0, 'ssp'],
      [0, 'skola socialtjänst polis fritid'],
    ])
    expect(found('Trygghetsrådet').map((e) => e.to)).toEqual(['trr'])
    expect(found('Inspektionen för vård och omsorg').map((e) => [e.start, e.end, e.to])).toEqual([
      [0, 3, 'ivo'],
    ])
    // The dangling hyphen of the long form is no obstacle, inflected or not.
    expect(found('studie- och yrkesvägledaren').map((e) => e.to)).toEqual(['syv'])
    expect(found('grundvux').map((e) => e.to)).toEqual(['grundläggande vuxenutbildning'])
  })

  test('a renamed term reads as its other name, both ways', () => {
    expect(found('förtidspension').map((e) => e.to)).toEqual([
      'sjukersättning',
      'aktivitetsersättning',
    ])
    // The people are a word of their own, not a compound of *förtidspension*.
    expect(found('förtidspensionärer').map((e) => e.to)).toEqual([
      'sjukersättning',
      'aktivitetsersättning',
    ])
    expect(found('gymnasiesärskolan').map((e) => e.to)).toEqual(['anpassad gymnasieskola'])
    expect(found('anpassade gymnasieskolan').map((e) => e.to)).toEqual(['gymnasiesärskola'])
    expect(found('förståndshandikappade').map((e) => e.to)).toEqual([
      'intellektuell funktionsnedsättning',
      'utvecklingsstörning',
    ])
    expect(found('ungdomsgårdarna').map((e) => e.to)).toEqual(['fritidsgård'])
    // A compound with a part of its own reads that part (`glesbygd` of `glesbygdskommuner`).
    expect(found('glesbygdskommuner').map((e) => [e.part, e.to])).toEqual([[0, 'landsbygd']])
  })

  test('an everyday word for a group, a problem or an activity reads as what sheets write', () => {
    expect(found('hemmasittarna').map((e) => e.to)).toEqual([
      'problematisk skolfrånvaro',
      'långvarig skolfrånvaro',
      'skolfrånvaro',
    ])
    expect(found('missbrukare').map((e) => e.to)).toEqual(['missbruk', 'beroende'])
    expect(found('ensamstående mammor').map((e) => e.to)).toEqual([
      'ensamstående förälder',
      'ensamstående mödrar',
    ])
    expect(found('generationsskiftet').map((e) => e.to)).toEqual([
      'ägarskifte',
      'företagsöverlåtelse',
    ])
    // The phrase is read before its word `jobb`, whose row would say only *arbete*.
    expect(found('söker jobb').map((e) => [e.start, e.end, e.to])).toEqual([
      [0, 2, 'arbetssökande'],
      [0, 2, 'jobbsökning'],
    ])
    expect(found('barnfattigdom').map((e) => [e.part, e.to])).toEqual([[1, 'ekonomisk utsatthet']])
    expect(found('omskolningen').map((e) => e.to)).toEqual(['yrkesväxling', 'omställning'])
    expect(found('människohandeln').map((e) => e.to)).toEqual(['trafficking'])
    expect(found('lågutbildade').map((e) => e.to)).toEqual(['kortutbildad', 'kort utbildning'])
  })

  test('a compound with a row of its own keeps the reading of the part it hides', () => {
    expect(found('jobbcoacher').map((e) => e.to)).toEqual(['arbetscoach', 'job coach', 'coachning'])
  })

  test('a longer key still reads the older word of its last word', () => {
    // `funktionsnedsättning` alone reads as *funktionshinder*; the phrase's own row keeps it.
    expect(found('intellektuell funktionsnedsättning').map((e) => e.to)).toEqual([
      'utvecklingsstörning',
      'intellektuellt funktionshinder',
    ])
  })

  test('an English term of EU project language reads as the Swedish one', () => {
    expect(found('stakeholders').map((e) => e.to)).toEqual(['intressent', 'aktörer'])
    expect(found('vulnerable area').map((e) => e.to)).toEqual([
      'utsatta områden',
      'socioekonomiskt utsatta områden',
    ])
    expect(found('co-creation').map((e) => e.to)).toEqual(['samskapande', 'samskapa'])
    expect(found('honour-related violence').map((e) => e.to)).toEqual([
      'hedersrelaterat våld',
      'hedersvåld',
    ])
    expect(found('immigrant').map((e) => e.to)).toEqual(['invandrare', 'utrikes född'])
    // Typed without its accent, too.
    expect(found('language cafe').map((e) => e.to)).toEqual(['språkcafé', 'språkkafé'])
    expect(found('youth unemployment').map((e) => e.to)).toEqual(['ungdomsarbetslöshet'])
    expect(found('asylum seeker').map((e) => e.to)).toEqual(['asylsökande'])
    expect(found('sick-leave').map((e) => e.to)).toEqual(['sjukskrivning'])
  })

  test('an agency, a school form or a programme term reads as the name sheets use', () => {
    expect(found('Lst').map((e) => e.to)).toEqual(['länsstyrelsen'])
    expect(found('MFD').map((e) => e.to)).toEqual(['myndigheten för delaktighet', 'handisam'])
    expect(found('omvårdnadsprogrammet').map((e) => e.to)).toEqual(['vård- och omsorgsprogrammet'])
    expect(found('vård- och omsorgsprogrammet').map((e) => e.to)).toEqual(['omvårdnadsprogrammet'])
    expect(found('förprojekteringen').map((e) => e.to)).toEqual(['förstudie'])
    expect(found('Rådet för Europeiska socialfonden i Sverige').map((e) => [e.end, e.to])).toEqual([
      [3, 'esf-rådet'],
    ])
    expect(found('SFX').map((e) => e.to)).toEqual(['svenska för yrkesutbildade', 'yrkessvenska'])
    expect(found('AME Gävle').map((e) => [e.start, e.end, e.to])).toEqual([
      [0, 1, 'arbetsmarknadsenheten'],
    ])
    // English names of agencies, school forms and programme words, plurals too.
    expect(found('county councils').map((e) => e.to)).toEqual(['landsting', 'region'])
    expect(found('municipalities').map((e) => e.to)).toEqual(['kommun'])
    expect(found('beneficiaries').map((e) => e.to)).toEqual(['stödmottagare', 'projektägare'])
    expect(found('folk high schools').map((e) => e.to)).toEqual(['folkhögskola'])
    expect(found('public employment service').map((e) => e.to)).toEqual([
      'arbetsförmedlingen',
      'af',
    ])
    expect(found('YEI').map((e) => e.to)).toEqual(['sysselsättningsinitiativet för unga'])
  })

  test('English for people, occupations and activities reads as the sheets’ Swedish', () => {
    expect(found('foreign-born').map((e) => e.to)).toEqual(['utrikes född'])
    // Singular and plural share a lemma: one row serves both, once.
    expect(found('newcomers').map((e) => e.to)).toEqual(['nyanländ'])
    expect(found('SSK').map((e) => e.to)).toEqual(['sjuksköterska'])
    expect(found('assistant nurses').map((e) => e.to)).toEqual(['undersköterska', 'usk'])
    expect(found('case workers').map((e) => e.to)).toEqual(['handläggare'])
    expect(found('fidelity scale').map((e) => e.to)).toEqual(['trohetsskala'])
    expect(found('wage subsidies').map((e) => e.to)).toEqual(['lönebidrag'])
    expect(found('hemhjälpen').map((e) => e.to)).toEqual(['hemtjänst'])
    // Keys written apart also read the hyphenated spelling.
    expect(found('part-time').map((e) => e.to)).toEqual(['deltid'])
    expect(found('skills supply').map((e) => e.to)).toEqual(['kompetensförsörjning'])
    expect(found('child poverty').map((e) => [e.start, e.end, e.to])).toEqual([
      [0, 2, 'barnfattigdom'],
    ])
  })

  test('a municipal unit, an older word or a sector reads as the sheets’ word', () => {
    expect(found('arbetsmarknadsenheten').map((e) => e.to)).toEqual([
      'arbetsmarknadsförvaltning',
      'arbetsmarknadsavdelning',
    ])
    expect(found('AMU').map((e) => e.to)).toEqual(['arbetsmarknadsutbildning'])
    expect(found('daghem').map((e) => e.to)).toEqual(['förskola'])
    expect(found('fattiga barn').map((e) => e.to)).toEqual(['barnfattigdom', 'ekonomisk utsatthet'])
    expect(found('male-dominated').map((e) => e.to)).toEqual(['mansdominerad'])
    expect(found('corona').map((e) => e.to)).toEqual(['covid-19'])
    expect(found('duodji').map((e) => e.to)).toEqual(['samiskt hantverk'])
  })

  test('a phrase matches as a whole, longest first', () => {
    expect(found('supported employment')).toEqual([
      {
        start: 0,
        end: 2,
        from: 'supported employment',
        to: 'individual placement and support',
        source: 'synonym',
      },
      { start: 0, end: 2, from: 'supported employment', to: 'ips', source: 'synonym' },
      {
        start: 0,
        end: 2,
        from: 'supported employment',
        to: 'anställning med stöd',
        source: 'synonym',
      },
    ])
  })

  test('a key typed with a hyphen between its words matches as the key', () => {
    expect(found('supported-employment')).toEqual([
      {
        start: 0,
        end: 1,
        from: 'supported-employment',
        to: 'individual placement and support',
        source: 'synonym',
      },
      { start: 0, end: 1, from: 'supported-employment', to: 'ips', source: 'synonym' },
      {
        start: 0,
        end: 1,
        from: 'supported-employment',
        to: 'anställning med stöd',
        source: 'synonym',
      },
    ])
    expect(found('Job-Coach').map((e) => e.to)).toEqual(['jobbcoach', 'arbetscoach'])
    // No key of its pieces: its parts are read as before (`esf` of `esf-stöd`).
    expect(found('esf-stöd').map((e) => [e.part, e.to])).toEqual([[0, 'socialfonden']])
  })

  test('a compound part matches when the whole word does not', () => {
    expect(found('jobbsökande')[0]).toEqual({
      start: 0,
      end: 1,
      part: 0,
      from: 'jobbsökande',
      to: 'arbete',
      source: 'synonym',
    })
  })

  test('phrases, exclusions and words without an entry are left alone', () => {
    expect(found('"AF" -jobb validering')).toEqual([])
    expect(found('arbetsmarknad')).toEqual([])
  })
})

test('a table of its own replaces the bundled one', () => {
  const own = createQueryExpander(analyze, [
    { from: 'lärling', to: ['praktik'], source: 'synonym' },
  ])
  expect(own(analyze('lärlingar AF')).map((e) => [e.from, e.to])).toEqual([
    ['lärlingar', 'praktik'],
  ])
})

test('a whole-words-only row never matches a compound part', () => {
  const row = { from: 'jobb', to: ['arbete'], source: 'thesaurus' as const }
  expect(createQueryExpander(analyze, [row])(analyze('jobbsökande')).map((e) => e.to)).toEqual([
    'arbete',
  ])
  const whole = createQueryExpander(analyze, [{ ...row, wholeWordsOnly: true }])
  expect(whole(analyze('jobbsökande'))).toEqual([])
  expect(whole(analyze('jobbet')).map((e) => [e.from, e.to])).toEqual([['jobbet', 'arbete']])
})

test('every row of the bundled table says why it exists and expands to something', () => {
  for (const entry of QUERY_EXPANSIONS) {
    expect(entry.why, entry.from).toMatch(/\w/)
    expect(entry.to.length, entry.from).toBeGreaterThan(0)
    expect(analyze(entry.from).terms.length, entry.from).toBeGreaterThan(0)
  }
})

test('the bundled table keeps a row whole-words-only', () => {
  expect(QUERY_EXPANSIONS.find((e) => e.from === 'ungdom')?.wholeWordsOnly).toBe(true)
  expect(expand(analyze('ungdomar')).map((e) => [e.from, e.to])).toEqual([['ungdomar', 'unga']])
  // Not a compound part: *ungdomsgård* is a youth centre, not *unga* + *gård*.
  expect(expand(analyze('ungdomsgård')).map((e) => e.to)).not.toContain('unga')
})

test('a row read only when typed in full is no Swedish word and matches only as typed', () => {
  // Rows are matched by lemma, and the lemma of a word the lexicon lacks is the stemmer's
  // guess: `industries` stems to *industri*. Its row must not read every Swedish `industri`.
  const typedInFull = QUERY_EXPANSIONS.filter((entry) => entry.typedInFull === true)
  expect(typedInFull.length).toBe(48)
  for (const entry of typedInFull) {
    expect(analyzer.analyzeWord(entry.from).lemmaSource, entry.from).toBe('stemmer')
  }
  expect(analyzer.analyzeWord('industries').lemma).toBe('industri')
  expect(found('industries')).toEqual([
    { start: 0, end: 1, from: 'industries', to: 'industri', source: 'synonym' },
  ])
  expect(found('industri')).toEqual([])
  expect(found('industriföretag')).toEqual([])
})
