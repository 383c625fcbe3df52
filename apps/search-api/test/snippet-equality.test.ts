import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { generateSheets } from '@projektbank/corpus'
import { renderSheet } from '@projektbank/parser'
import { describe, expect, test } from 'vitest'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'
import { oracleSnippet } from './_snippet-oracle.js'

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url))

const analyzer = loadSwedishAnalyzer()
const search = createSwedishSearchAnalyzer(analyzer)

/** Words, inflections, compound parts, phrases, exclusions and stop words, as users type them. */
const QUERIES = [
  'expert',
  'fråga',
  'frågorna',
  'kommun',
  'kommunerna',
  'unga',
  'nyanlända',
  'träning',
  'språkträning',
  'tillgänglighet',
  'tillgänglighetsexpert',
  'äldreomsorgen',
  'omsorgspersonal',
  'långtidsarbetslösa akademiker',
  '"validering av yrkeskunskaper"',
  '"psykisk ohälsa" -covid',
  'bristyrken -transport',
  'matchning',
  'samverkan',
  'utbildningar',
  'handledare',
  'arbetsmarknad',
  'jämställdhet',
  'funktionsnedsättning',
  'ESF-rådet',
  'Umeå',
  'och',
  '-kommun',
  'KOMMUN Unga',
  'projektet',
  'stöd',
  'ΟΔΟΣ',
]

/** Texts at the edges: lower-casing that changes length, false candidates, matches near 1 kB. */
const EDGE_TEXTS = [
  // "İ" lowers to two code units: the offsets of everything after it shift, as they always did.
  `İstanbul ${'ord '.repeat(200)}kommunerna deltar ${'ord '.repeat(200)}`,
  `${'ord '.repeat(300)}İİİ KOMMUNERNA och frågorna ${'ord '.repeat(100)}`,
  // A final sigma at the end of a lowered stretch, and matches right after the first stretch.
  `${'ΟΔΟΣ '.repeat(205)}kommunen ${'x'.repeat(30)} frågor`,
  `${'a'.repeat(1023)} Kommuner och tillgänglighetsexperter ${'b '.repeat(400)}`,
  `${'a'.repeat(1020)} kommuner och ${'b '.repeat(400)}`,
  // "ſ" folds to "s" and "µ" to "μ": such texts are lowered, not searched with a pattern.
  `Staſ och µ-stöd, ${'ord '.repeat(150)}ſtöd och Stöd`,
  // False candidates before the real match ("kommer" holds "komm").
  `${'Vi kommer att arbeta. '.repeat(80)}Tre kommuner deltar.`,
]

async function seedTexts(): Promise<string[]> {
  const texts: string[] = []
  for (const name of (await readdir(SEEDS)).sort()) {
    const sheet = await readFile(`${SEEDS}/${name}`, 'utf8')
    texts.push(sheet, ...sheet.split(/\n\s*\n/))
  }
  return texts
}

function corpusTexts(count: number): string[] {
  const texts: string[] = []
  for (const { project } of generateSheets({ count, seed: 5, render: renderSheet })) {
    texts.push(project.title ?? '', ...project.partners, ...project.actors)
    for (const section of Object.values(project.sections)) if (section) texts.push(section)
    for (const other of project.otherSections) texts.push(other.text)
  }
  return texts
}

describe('snippets equal those of the code before the cheaper prefilter', async () => {
  const texts = [...(await seedTexts()), ...corpusTexts(60), ...EDGE_TEXTS]
  const compared = new Map<string, number>()

  test.each(QUERIES)('%j', (q) => {
    // Verbatim: the oracle marks the query's own terms, not its synonyms (`nyanlända` →
    // *invandrare*), which the API's snippets mark too.
    const query = search.analyzeQuery(q, { verbatim: true })
    const parsed = analyzer.analyzeQuery(q)
    const differences: { text: string; expected: string | null; actual: string | null }[] = []
    let snippets = 0
    for (const text of texts) {
      const expected = oracleSnippet(analyzer, text, parsed)
      const actual = search.highlight(text, query)
      if (actual !== expected) differences.push({ text: text.slice(0, 80), expected, actual })
      if (expected !== null) snippets++
    }
    compared.set(q, snippets)
    expect(differences).toEqual([])
  })

  test('the comparison covers many snippets', () => {
    // Some queries match nothing here (that is compared too); most give snippets.
    expect([...compared.values()].filter((n) => n > 0).length).toBeGreaterThanOrEqual(25)
    expect([...compared.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(1500)
  })

  test('the edge texts get their snippets', () => {
    const snippet = (text: string, q: string) => search.highlight(text, search.analyzeQuery(q))
    expect(snippet(EDGE_TEXTS[3] ?? '', 'expert')).toContain('<mark>tillgänglighetsexperter</mark>')
    expect(snippet(EDGE_TEXTS[4] ?? '', 'kommun')).toContain('<mark>kommuner</mark> och')
    expect(snippet(EDGE_TEXTS[6] ?? '', 'kommun')).toBe(
      `… ${'kommer att arbeta. Vi '.repeat(6)}kommer att arbeta. Tre <mark>kommuner</mark> deltar.`,
    )
    expect(snippet(EDGE_TEXTS[0] ?? '', 'kommun')).toContain('<mark>kommunerna</mark>')
    expect(snippet(EDGE_TEXTS[5] ?? '', 'stöd')).toBe(
      `Staſ och <mark>µ-stöd</mark>, ${'ord '.repeat(27)}…`,
    )
  })
})
