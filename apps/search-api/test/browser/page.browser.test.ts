/**
 * The search page in Debian's Chromium (driven by playwright-core, never a downloaded browser)
 * against the real API over the five seeds: 3 in Övre Norrland, 1 in Östra Mellansverige,
 * 1 in Mellersta Norrland; ESF grants 450 000 (×2), 652 091, 674 537 and 3 806 584 kr.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SearchResponse } from '@projektbank/model'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest'
import { STATUS_QUIET_MS } from '../../src/page/app/status-quiet.js'
import { TYPING_PAUSE_MS } from '../../src/page/app/typing-search.js'
import { type SeededApi, startSeededApi } from '../_seeded-api.js'

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** How finely a page's `performance.now()` tells time: Chromium coarsens it to 0.1 ms. */
const CLOCK_GRAIN_MS = 0.1

const TITLE = {
  s000: 'Socialfonden i de regionala kompetensplattformarna', // Övre Norrland, 450 000 kr
  s001: 'Socialfonden och kompetensförsörjning i Region Örebro', // Östra Mellansverige, 3 806 584 kr
  s002: 'FRAMSYN ESF', // Övre Norrland, 652 091 kr, 2011
  s003: 'Strategisk regional samverkan om arbetsmarknadsfrågor i Västerbottens län', // Övre Norrland
  s004: 'Lär', // Mellersta Norrland, 674 537 kr
}

const chromiumPath = inject('chromiumPath')

/** Debian's Chromium with a profile of its own in `dir`, as every test here drives it. */
function launchChromium(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath ?? undefined,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'sv-SE',
    viewport: { width: 1280, height: 900 },
  })
}

describe.skipIf(chromiumPath === null)('search page in Chromium', () => {
  let api: SeededApi | undefined
  let context: BrowserContext | undefined
  let profileDir: string
  /** Console errors, page errors and CSP violations of the current test. */
  let problems: string[] = []

  beforeAll(async () => {
    profileDir = await mkdtemp(join(tmpdir(), 'search-page-chromium-'))
    // Both start at once; whichever started is kept for afterAll even when the other failed.
    const [started, launched] = await Promise.allSettled([
      startSeededApi(),
      launchChromium(profileDir),
    ])
    if (started.status === 'fulfilled') api = started.value
    if (launched.status === 'fulfilled') context = launched.value
    for (const result of [started, launched]) if (result.status === 'rejected') throw result.reason
  })

  afterAll(async () => {
    await context?.close()
    await api?.stop()
    if (profileDir) await rm(profileDir, { recursive: true, force: true })
  })

  afterEach(async () => {
    for (const page of context?.pages() ?? []) await page.close()
    expect(problems).toEqual([])
    problems = []
  })

  function baseUrl(): string {
    if (!api) throw new Error('the API did not start')
    return api.url
  }

  async function open(path: string): Promise<Page> {
    if (!context) throw new Error('Chromium did not start')
    const page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    await page.goto(`${baseUrl()}${path}`)
    return page
  }

  const resultCount = (page: Page) =>
    expect.poll(() => page.locator('#result-count').textContent(), { timeout: 15_000 })

  const hitTitles = (page: Page) => page.locator('#hits h3').allTextContents()

  /** The `/search` requests the page sends from now on, as they leave the browser. */
  function searchRequestsOf(page: Page): URL[] {
    const seen: URL[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname === '/search') seen.push(url)
    })
    return seen
  }

  /** The accessible name of a facet checkbox ends with its count: "Övre Norrland 3 projekt". */
  const facetLabel = (page: Page, facet: string, value: string) =>
    page.locator(`fieldset[data-facet="${facet}"] li`).filter({ hasText: value }).locator('label')

  test('a query shows hits with highlighted snippets and stays in the URL', async () => {
    const page = await open('/')
    await resultCount(page).toBe('5 träffar')
    await page.getByLabel('Sök', { exact: true }).fill('expert')
    await page.getByRole('button', { name: 'Sök', exact: true }).click()
    await resultCount(page).toBe('2 träffar')
    expect(new URL(page.url()).search).toBe('?q=expert')
    expect((await hitTitles(page)).sort()).toEqual([TITLE.s000, TITLE.s001].sort())
    // Snippets arrive as HTML with <mark>; only text and <mark> may reach the page.
    const marks = await page.locator('#hits .snippet mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    for (const mark of marks) expect(mark.toLowerCase()).toContain('expert')
    expect(await page.locator('#hits .snippet *:not(mark):not(.snippet-field)').count()).toBe(0)
    expect(await page.title()).toBe('expert – Projektbank')

    await page.getByLabel('Sök i').selectOption({ label: 'Tillgänglighet' })
    await expect.poll(() => new URL(page.url()).search).toBe('?q=expert&fields=accessibility')
    await resultCount(page).toBe('2 träffar')
    expect(await page.locator('#hits .snippet-field').allTextContents()).toEqual([
      'Tillgänglighet: ',
      'Tillgänglighet: ',
    ])
  })

  test('a query typed without å/ä/ö says how it was read and links to the exact search', async () => {
    const page = await open('/?q=orebro')
    await resultCount(page).toMatch(/^[1-9]\d* träff/)
    const reading = page.locator('#query-reading')
    await expect
      .poll(() => reading.textContent())
      .toBe('Visar resultat för örebro. Sök exakt på orebro')
    expect(await reading.locator('strong').textContent()).toBe('örebro')
    await reading.getByRole('link', { name: 'Sök exakt på orebro' }).click()
    await expect.poll(() => new URL(page.url()).search).toBe('?q=orebro&verbatim=true')
    await resultCount(page).toBe('Inga träffar')
    // Nothing found as typed: the page offers the query that does find something.
    await expect.poll(() => reading.textContent()).toBe('Menade du örebro?')
    await reading.getByRole('link', { name: 'örebro' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('örebro')
    await resultCount(page).toMatch(/^[1-9]\d* träff/)
  })

  test("a word of its own's other spelling is shown within the query", async () => {
    const page = await open('/?q=for%20unga')
    await resultCount(page).toMatch(/^[1-9]\d* träff/)
    await expect
      .poll(() => page.locator('#query-reading').textContent())
      .toBe('Visar även resultat för för unga. Sök exakt på for unga')
  })

  test('a word no project has is said to be left out', async () => {
    const page = await open('/?q=xyzzq%20expert')
    await resultCount(page).toBe('2 träffar')
    await expect
      .poll(() => page.locator('#query-reading').textContent())
      .toBe('Inga projekt nämner xyzzq. Visar resultat för expert. Sök exakt på xyzzq expert')
  })

  test('with nothing found, the line says what was searched rather than what is shown', async () => {
    // `npf` is read as what it stands for too, and no seed writes either.
    const answer = await fetch(`${baseUrl()}/search?q=npf&hitsPerPage=0`)
    const { totalHits, reading } = (await answer.json()) as SearchResponse
    expect(totalHits).toBe(0)
    const added = reading.rewrites.filter((rewrite) => rewrite.kind === 'added')
    expect(added.length).toBeGreaterThan(0)
    const page = await open('/?q=npf')
    await resultCount(page).toBe('Inga träffar')
    const also = added.map((rewrite) => rewrite.replacement)
    const listed =
      also.length === 1 ? also[0] : `${also.slice(0, -1).join(', ')} och ${also.at(-1)}`
    await expect
      .poll(() => page.locator('#query-reading').textContent())
      .toBe(`Sökte även efter ${listed}. Sök exakt på npf`)
  })

  test('a looser match says so and links to the search as typed', async () => {
    // No seed says *bubbla*: the page shows the sheets *tillgänglighet* finds.
    const page = await open('/?q=tillg%C3%A4nglighetsbubbla')
    await resultCount(page).toBe('4 träffar')
    const reading = page.locator('#query-reading')
    await expect
      .poll(() => reading.textContent())
      .toBe(
        'Inga projekt nämner tillgänglighetsbubbla. Visar projekt som nämner tillgänglighet. ' +
          'Sök exakt på tillgänglighetsbubbla',
      )
    // *bubbla*, which no text writes, is not offered as what the projects name.
    expect(await reading.locator('strong').allTextContents()).toEqual([
      'tillgänglighetsbubbla',
      'tillgänglighet',
    ])
    await reading.getByRole('link', { name: 'Sök exakt på tillgänglighetsbubbla' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('verbatim')).toBe('true')
    await resultCount(page).toBe('Inga träffar')
  })

  test('a facet value filters hits and counts; the export link and the back button follow', async () => {
    const page = await open('/')
    await resultCount(page).toBe('5 träffar')
    expect(await facetLabel(page, 'region', 'Övre Norrland').textContent()).toBe(
      'Övre Norrland3 projekt',
    )

    const searches = searchRequestsOf(page)
    await page.getByRole('checkbox', { name: 'Övre Norrland' }).check()
    await resultCount(page).toBe('3 träffar')
    // The disjunctive counts below come with the hits, from one request.
    expect(searches.map((url) => url.searchParams.getAll('region'))).toEqual([['Övre Norrland']])
    expect(new URL(page.url()).searchParams.getAll('region')).toEqual(['Övre Norrland'])
    expect((await hitTitles(page)).sort()).toEqual([TITLE.s000, TITLE.s002, TITLE.s003].sort())
    // The region list still offers the other regions (they would be ORed), with their counts;
    // the other facets count within Övre Norrland.
    expect(await page.locator('fieldset[data-facet="region"] label').allTextContents()).toEqual([
      'Övre Norrland3 projekt',
      'Mellersta Norrland1 projekt',
      'Östra Mellansverige1 projekt',
    ])
    expect(await page.locator('fieldset[data-facet="year"] label').allTextContents()).toEqual([
      '20142 projekt',
      '20111 projekt',
    ])
    expect(await facetLabel(page, 'county', 'Norrbottens län').textContent()).toBe(
      'Norrbottens län1 projekt',
    )

    const exportHref = await page.getByRole('link', { name: 'Exportera CSV' }).getAttribute('href')
    expect(exportHref).toBe('export?region=%C3%96vre+Norrland&format=csv')
    const csv = await fetch(new URL(exportHref ?? '', `${baseUrl()}/`))
    expect(csv.headers.get('x-total-hits')).toBe('3')
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(1 + 3)

    await page.getByRole('checkbox', { name: '2011' }).check()
    await resultCount(page).toBe('1 träff')
    expect(searches).toHaveLength(2)
    expect(await hitTitles(page)).toEqual([TITLE.s002])
    expect(await page.getByRole('link', { name: 'Exportera CSV' }).getAttribute('href')).toBe(
      'export?region=%C3%96vre+Norrland&year=2011&format=csv',
    )

    await page.goBack()
    await resultCount(page).toBe('3 träffar')
    expect(await page.getByRole('checkbox', { name: '2011' }).isChecked()).toBe(false)
    await page.goBack()
    await resultCount(page).toBe('5 träffar')
    expect(await page.getByRole('checkbox', { name: 'Övre Norrland' }).isChecked()).toBe(false)
  })

  test('a link decorated by a newsletter or a social network opens its results', async () => {
    if (!context) throw new Error('Chromium did not start')
    const page = await context.newPage()
    const searches = searchRequestsOf(page)
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    await page.goto(
      `${baseUrl()}/?utm_source=nyhetsbrev&q=expert&utm_medium=email&fbclid=IwAR0abc&region=%C3%96vre+Norrland&gclid=1`,
    )
    await resultCount(page).toBe('1 träff')
    expect(await page.locator('#search-error').isHidden()).toBe(true)
    expect(await hitTitles(page)).toEqual([TITLE.s000])
    // Only what /search knows went to the API.
    expect(searches.map((url) => [...url.searchParams.keys()].sort())).toEqual([
      ['facets', 'hitsPerPage', 'q', 'region'],
    ])
  })

  test('a hit opens the whole project in the page, and back returns to the same results', async () => {
    const page = await open('/?region=%C3%96vre+Norrland')
    await resultCount(page).toBe('3 träffar')
    await page.getByRole('link', { name: TITLE.s000 }).click()

    const heading = page.locator('#project-title')
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe(TITLE.s000)
    expect(new URL(page.url()).hash).toBe('#/projects/a-0399e62443b58d13')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('project-title')
    expect(await page.locator('#search-view').isHidden()).toBe(true)
    const facts = Object.fromEntries(
      await page
        .locator('#project-view .facts > div')
        .evaluateAll((rows) =>
          rows.map((row) => [
            row.querySelector('dt')?.textContent,
            row.querySelector('dd')?.textContent?.replace(/\s/g, ' '),
          ]),
        ),
    )
    expect(facts).toMatchObject({
      Projektägare: 'APeL Forskning och utveckling',
      Region: 'Övre Norrland',
      Programområde: '2 Ökat arbetskraftsutbud',
      Fas: 'Genomförande',
      Period: '2014-04-01 – 2014-10-31',
      'ESF-stöd': '450 000 kr',
    })
    expect(await page.locator('[data-section="accessibility"] h3').textContent()).toBe(
      'Tillgänglighet för personer med funktionsnedsättning',
    )
    expect(await page.locator('[data-section="accessibility"]').textContent()).toContain(
      'tillgänglighetsexpert',
    )
    expect(await page.locator('[data-section="partners"] li').allTextContents()).toEqual([
      'Regionförbundet i Västerbottens län',
      'Social hållbarhet',
    ])
    const municipalities = await page
      .locator('[data-section="municipalities"] li')
      .allTextContents()
    expect(municipalities).toContain('Umeå (Västerbottens län)')
    expect(municipalities).toContain('Arjeplog (Norrbottens län)')

    await page.getByRole('link', { name: '← Tillbaka till sökresultaten' }).click()
    await expect.poll(() => page.locator('#search-view').isVisible()).toBe(true)
    expect(new URL(page.url()).hash).toBe('')
    await resultCount(page).toBe('3 träffar')

    // A project link works on its own, too (shared or bookmarked).
    const direct = await open('/#/projects/a-321778d0b62b1142')
    await expect.poll(() => direct.locator('#project-title').textContent()).toBe(TITLE.s004)
  })

  test('sorting, the grant range and pagination', async () => {
    const page = await open('/?hitsPerPage=2')
    await resultCount(page).toBe('5 träffar')
    expect(await page.locator('.page-of').textContent()).toBe('Sida 1 av 3')

    await page.getByLabel('Sortera').selectOption({ label: 'Störst ESF-stöd' })
    await expect.poll(hitTitles.bind(null, page)).toEqual([TITLE.s001, TITLE.s004])
    expect(new URL(page.url()).searchParams.get('sort')).toBe('esfGrant:desc')

    await page.getByLabel('Från', { exact: true }).fill('500 000')
    await page.getByLabel('Från', { exact: true }).press('Enter')
    await resultCount(page).toBe('3 träffar')
    expect(new URL(page.url()).searchParams.get('grantMin')).toBe('500000')
    expect(await page.locator('.page-of').textContent()).toBe('Sida 1 av 2')

    await page.getByRole('link', { name: 'Nästa sida' }).click()
    await expect.poll(hitTitles.bind(null, page)).toEqual([TITLE.s002])
    expect(new URL(page.url()).searchParams.get('page')).toBe('2')
    expect(await page.locator('#hits').getAttribute('start')).toBe('3')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading')
    expect(await page.locator('#pagination [aria-current="page"]').textContent()).toBe('2')

    // A range the wrong way round is caught before it reaches the API.
    await page.getByLabel('Till', { exact: true }).fill('100')
    await page.getByLabel('Till', { exact: true }).press('Enter')
    expect(await page.locator('#grant-error').textContent()).toBe(
      'Från-beloppet får inte vara större än till-beloppet.',
    )
    expect(await page.getByLabel('Från', { exact: true }).getAttribute('aria-invalid')).toBe('true')
  })

  test('keyboard: Tab reaches the search box and a facet, Enter searches, Space filters', async () => {
    const page = await open('/')
    await resultCount(page).toBe('5 träffar')
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '')

    let tabs = 0
    while ((await focusedId()) !== 'q' && tabs < 10) {
      await page.keyboard.press('Tab')
      tabs++
    }
    expect(await focusedId()).toBe('q')
    await page.keyboard.type('unga')
    await page.keyboard.press('Enter')
    await resultCount(page).toBe('4 träffar')
    expect(new URL(page.url()).search).toBe('?q=unga')

    const focusedFacet = () =>
      page.evaluate(() => {
        const active = document.activeElement
        return active instanceof HTMLInputElement && active.closest('#facets')
          ? `${active.name}=${active.value}`
          : ''
      })
    tabs = 0
    while ((await focusedFacet()) === '' && tabs < 80) {
      await page.keyboard.press('Tab')
      tabs++
    }
    expect(await focusedFacet()).toBe('region=Övre Norrland')
    // Focus is visible: the :focus-visible outline, not the browser's default ring.
    expect(
      await page.evaluate(() => {
        const active = document.activeElement
        return active ? getComputedStyle(active).outlineStyle : ''
      }),
    ).toBe('solid')

    await page.keyboard.press('Space')
    await resultCount(page).toBe('2 träffar')
    expect(new URL(page.url()).searchParams.getAll('region')).toEqual(['Övre Norrland'])
    // The list was redrawn; the checkbox keeps the focus.
    expect(await focusedFacet()).toBe('region=Övre Norrland')
  })

  test('typing searches at each pause, as one history entry, and leaves the box as typed', async () => {
    const page = await open('/')
    await resultCount(page).toBe('5 träffar')
    const entries = () => page.evaluate(() => history.length)
    const before = await entries()
    const box = page.getByLabel('Sök', { exact: true })
    const url = () => new URL(page.url())
    await box.click()

    // A word half typed already searches, without Enter.
    await page.keyboard.type('exper', { delay: 20 })
    await expect.poll(() => url().search, { timeout: 15_000 }).toBe('?q=exper')
    await page.keyboard.type('t ', { delay: 20 })
    await expect.poll(() => url().search, { timeout: 15_000 }).toBe('?q=expert')
    await resultCount(page).toBe('2 träffar')
    expect((await hitTitles(page)).sort()).toEqual([TITLE.s000, TITLE.s001].sort())
    // The search was of the trimmed text; the space typed before the next word stays, and so
    // does the focus.
    expect(await box.inputValue()).toBe('expert ')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q')
    // Two searches of one burst of typing: one history entry, and Back leaves the typing.
    expect(await entries()).toBe(before + 1)
    await page.goBack()
    await expect.poll(() => url().search).toBe('')
    await resultCount(page).toBe('5 träffar')
    expect(await box.inputValue()).toBe('')

    // Enter after a pause already searched: it takes the place of the pause's entry.
    await box.click()
    await page.keyboard.type('un')
    await expect.poll(() => url().search, { timeout: 15_000 }).toBe('?q=un')
    await page.keyboard.type('ga')
    await page.keyboard.press('Enter')
    await resultCount(page).toBe('4 träffar')
    expect(url().search).toBe('?q=unga')
    expect(await entries()).toBe(before + 1)
  })

  test('typed letter by letter, a beginning of words of the index never says no projects', async () => {
    // Each beginning once found nothing, and the page said "Inga projekt matchar" for a
    // letter: respelled with å/ä/ö into a word no seed has (*åns*, *Åre*, *trän*, *sjå*),
    // matched whole as an abbreviation, or typed without å/ä/ö and not respelled.
    const words = [
      ['ans', 'var', '5 träffar', '2 träffar'],
      ['are', 'na', '2 träffar', '2 träffar'],
      ['tran', 'snationella', '1 träff', '1 träff'],
      // An abbreviation of the table (*motiverande samtal*) that no seed writes, matched whole.
      ['mi', 'nska', '4 träffar', '3 träffar'],
      // Typed without å/ä/ö: a stop word's beginning (*något*), which the index's words lack;
      // a word respelled into one no seed has (*sjå*); a beginning held by a place no seed
      // names (*Hammarö*).
      ['nag', 'ot', '3 träffar', '3 träffar'],
      ['sja', 'lvklar', '1 träff', '1 träff'],
      ['ham', 'ta', '2 träffar', '2 träffar'],
    ] as const
    for (const [beginning, rest, begun, finished] of words) {
      const page = await open('/')
      await resultCount(page).toBe('5 träffar')
      // Whether the "no projects" line was ever shown, however briefly.
      await page.evaluate(() => {
        const noHits = document.querySelector('#no-hits')
        const seen = { noHits: false }
        Object.assign(window, { seen })
        if (!noHits) return
        new MutationObserver(() => {
          if (!noHits.hasAttribute('hidden')) seen.noHits = true
        }).observe(noHits, { attributes: true, attributeFilter: ['hidden'] })
      })
      await page.getByLabel('Sök', { exact: true }).click()
      // Slower than the search's pause, as people type: each beginning is searched.
      await page.keyboard.type(beginning, { delay: TYPING_PAUSE_MS + 50 })
      // The page is titled after the query whose results it draws.
      await expect.poll(() => page.title(), { timeout: 15_000 }).toBe(`${beginning} – Projektbank`)
      await resultCount(page).toBe(begun)
      await page.keyboard.type(rest, { delay: TYPING_PAUSE_MS + 50 })
      const word = `${beginning}${rest}`
      await expect.poll(() => page.title(), { timeout: 15_000 }).toBe(`${word} – Projektbank`)
      await resultCount(page).toBe(finished)
      const seen = await page.evaluate(
        () => (window as unknown as { seen: { noHits: boolean } }).seen,
      )
      expect({ word, noHitsShown: seen.noHits }).toEqual({ word, noHitsShown: false })
      await page.close()
    }
  })

  test('a screen reader hears the count and the reading once the typing rests', async () => {
    const page = await open('/')
    const status = page.getByRole('status')
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('5 träffar')
    // Every text the live region takes from now on, and when, with every letter typed: what a
    // screen reader says, against when the user last typed.
    await page.evaluate(() => {
      const region = document.querySelector('[role="status"]')
      const spoken: { text: string; at: number }[] = []
      const typed: number[] = []
      Object.assign(window, { spoken, typed })
      // Captured on the window, before the page's own listener on the box restarts its quiet
      // period: listening on the box after it, a letter was stamped up to 1.2 ms late on CI's
      // busy machine, and a reading told exactly on time looked 998.8 ms early.
      window.addEventListener('input', () => typed.push(performance.now()), { capture: true })
      if (!region) return
      new MutationObserver(() =>
        spoken.push({ text: region.textContent ?? '', at: performance.now() }),
      ).observe(region, { childList: true, characterData: true, subtree: true })
    })
    const searches = searchRequestsOf(page)
    await page.getByLabel('Sök', { exact: true }).click()
    // Slower than the search's pause: the half words are searched and drawn as they come.
    await page.keyboard.type('orebro', { delay: 400 })
    const told = '1 träff. Visar resultat för örebro. Sök exakt på orebro'
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(told)
    await resultCount(page).toBe('1 träff')
    expect(searches.length).toBeGreaterThan(2)
    const { spoken, typed } = await page.evaluate(() => {
      const heard = window as unknown as { spoken: { text: string; at: number }[]; typed: number[] }
      return { spoken: heard.spoken, typed: heard.typed }
    })
    expect(typed).toHaveLength('orebro'.length)
    // Not "5 träffar", "Inga träffar", "Visar resultat för örebr …" over the letters typed:
    // the region speaks only once the typing has rested. On a loaded machine a letter may
    // come later than the quiet period, and the half word then rested and is told; the
    // last thing said is the finished query's.
    for (const { at } of spoken) {
      const lastLetter = Math.max(...typed.filter((t) => t <= at))
      // `performance.now()` in a page is coarsened (to 0.1 ms, with jitter).
      expect(at - lastLetter).toBeGreaterThanOrEqual(STATUS_QUIET_MS - CLOCK_GRAIN_MS)
    }
    expect(spoken.at(-1)?.text).toBe(told)
  })

  test('typing never moves the hits: the reading line keeps its place and waits for the rest', async () => {
    const page = await open('/')
    await resultCount(page).toBe('5 träffar')
    // Each layout shift of the results (the hits or the "no hits" line) from now on, and each
    // text the reading line shows (not held back) with when, against when letters were typed.
    await page.evaluate(() => {
      const line = document.querySelector('#query-reading')
      const moved: number[] = []
      const shown: { text: string; at: number }[] = []
      const typed: number[] = []
      Object.assign(window, { moved, shown, typed })
      // Captured on the window, before the page's own listener on the box restarts its quiet
      // period: listening on the box after it, a letter was stamped up to 1.2 ms late on CI's
      // busy machine, and a reading told exactly on time looked 998.8 ms early.
      window.addEventListener('input', () => typed.push(performance.now()), { capture: true })
      type Shift = PerformanceEntry & { value: number; sources: { node: Node | null }[] }
      const ofResults = (node: Node | null) => {
        const element = node instanceof Element ? node : (node?.parentElement ?? null)
        return element?.closest('#hits, #no-hits') != null
      }
      new PerformanceObserver((entries) => {
        for (const shift of entries.getEntries() as Shift[])
          if (shift.sources.some((source) => ofResults(source.node))) moved.push(shift.value)
      }).observe({ type: 'layout-shift' })
      if (!line) return
      new MutationObserver(() => {
        if (!line.classList.contains('held') && line.textContent)
          shown.push({ text: line.textContent, at: performance.now() })
      }).observe(line, { childList: true, subtree: true, attributes: true })
    })
    const searches = searchRequestsOf(page)
    await page.getByLabel('Sök', { exact: true }).click()
    // Slower than the search's pause: the half words `öre`, `örebr` … are searched and drawn.
    await page.keyboard.type('orebro', { delay: 400 })
    const reading = 'Visar resultat för örebro. Sök exakt på orebro'
    await expect
      .poll(
        () =>
          page.evaluate(
            () => (window as unknown as { shown: { text: string }[] }).shown.at(-1)?.text,
          ),
        {
          timeout: 15_000,
        },
      )
      .toBe(reading)
    await resultCount(page).toBe('1 träff')
    expect(searches.length).toBeGreaterThan(2)
    const { moved, shown, typed } = await page.evaluate(() => {
      const seen = window as unknown as {
        moved: number[]
        shown: { text: string; at: number }[]
        typed: number[]
      }
      return { moved: seen.moved, shown: seen.shown, typed: seen.typed }
    })
    // The line appeared (from nothing to a reading) in the place kept for it.
    expect(moved).toEqual([])
    // No reading of a half word over the letters typed; on a loaded machine a letter may come
    // after the quiet period, and the half word then rested and is shown.
    expect(typed).toHaveLength('orebro'.length)
    for (const { at } of shown) {
      const lastLetter = Math.max(...typed.filter((t) => t <= at))
      // `performance.now()` in a page is coarsened (to 0.1 ms, with jitter).
      expect(at - lastLetter).toBeGreaterThanOrEqual(STATUS_QUIET_MS - CLOCK_GRAIN_MS)
    }
  })

  test('Enter after the typing shows the reading it held back at once', async () => {
    // Playwright's clock governs a whole browser context, and this test stops it: in a
    // Chromium of its own, so the other tests' timers keep running.
    const dir = await mkdtemp(join(tmpdir(), 'search-page-clock-'))
    const frozen = await launchChromium(dir)
    try {
      const page = await frozen.newPage()
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      await page.clock.install()
      await page.goto(`${baseUrl()}/`)
      await resultCount(page).toBe('5 träffar')
      // From now on the page's timers run only when the test says: the typing never rests.
      await page.clock.pauseAt(new Date(Date.now() + 60_000))
      const reading = page.locator('#query-reading')
      await page.getByLabel('Sök', { exact: true }).click()
      await page.keyboard.type('orebro')
      await page.clock.runFor(TYPING_PAUSE_MS)
      await resultCount(page).toBe('1 träff')
      expect(new URL(page.url()).searchParams.get('q')).toBe('orebro')
      expect(await reading.getAttribute('class')).toBe('query-reading held')

      // Enter searches what is already shown: no new search, and the typing is over.
      const searches = searchRequestsOf(page)
      await page.keyboard.press('Enter')
      await expect
        .poll(() => reading.getAttribute('class'), { timeout: 15_000 })
        .toBe('query-reading')
      expect(await reading.textContent()).toBe('Visar resultat för örebro. Sök exakt på orebro')
      expect(searches).toEqual([])
    } finally {
      await frozen.close()
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('completions: typed slowly, ↓ and Enter take one and search it, Escape and Tab close', async () => {
    const page = await open('/')
    await resultCount(page).toBe('5 träffar')
    const box = page.getByRole('combobox', { name: 'Sök', exact: true })
    const listbox = page.getByRole('listbox', { name: 'Förslag' })
    const words = () => listbox.locator('.completion-word').allTextContents()
    const expanded = () => box.getAttribute('aria-expanded')
    expect(await box.getAttribute('aria-controls')).toBe('q-completions')
    await box.click()

    // Slower than a typist, faster than the search's pause: the list follows the letters.
    await page.keyboard.type('arbetsf', { delay: 120 })
    await expect.poll(words, { timeout: 15_000 }).toEqual(['arbetsförmedlingen', 'arbetsför'])
    // The word alone: no count of the projects writing it, which is not what choosing it
    // finds (the search reads the word's other forms and synonyms too).
    expect(await listbox.getByRole('option').allTextContents()).toEqual([
      'arbetsförmedlingen',
      'arbetsför',
    ])
    expect(await expanded()).toBe('true')
    expect(await box.getAttribute('aria-activedescendant')).toBeNull()

    await page.keyboard.press('ArrowDown')
    expect(await box.getAttribute('aria-activedescendant')).toBe('q-completions-0')
    await expect
      .poll(() => listbox.getByRole('option', { selected: true }).getAttribute('id'))
      .toBe('q-completions-0')
    // Its accessible name, as a screen reader says it.
    expect(
      await page.getByRole('option', { name: 'arbetsförmedlingen', exact: true }).count(),
    ).toBe(1)
    await page.keyboard.press('Enter')
    expect(await box.inputValue()).toBe('arbetsförmedlingen')
    expect(await expanded()).toBe('false')
    expect(await listbox.isHidden()).toBe(true)
    await expect
      .poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 15_000 })
      .toBe('arbetsförmedlingen')
    // The page shows that word's results: what the API finds for it.
    const found = await fetch(`${baseUrl()}/search?q=arbetsf%C3%B6rmedlingen&hitsPerPage=0`)
    const { totalHits } = (await found.json()) as { totalHits: number }
    await resultCount(page).toBe(`${totalHits} träffar`)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q')

    // Escape closes the list and leaves the box as typed.
    await page.keyboard.type(' unga kom', { delay: 120 })
    await expect.poll(expanded, { timeout: 15_000 }).toBe('true')
    expect((await words()).length).toBeGreaterThan(0)
    await page.keyboard.press('Escape')
    expect(await expanded()).toBe('false')
    expect(await listbox.isHidden()).toBe(true)
    expect(await box.inputValue()).toBe('arbetsförmedlingen unga kom')

    // A letter opens it again; leaving the box closes it.
    await page.keyboard.type('m', { delay: 120 })
    await expect.poll(expanded, { timeout: 15_000 }).toBe('true')
    await page.keyboard.press('Tab')
    expect(await expanded()).toBe('false')
    expect(await listbox.isHidden()).toBe(true)
  })

  test('Escape closes the list and keeps the query; then it empties the box, and Back undoes it', async () => {
    const page = await open('/')
    await resultCount(page).toBe('5 träffar')
    const box = page.getByRole('combobox', { name: 'Sök', exact: true })
    const reading = page.locator('#query-reading')
    const query = () => new URL(page.url()).searchParams.get('q')
    await box.click()
    await page.keyboard.type('orebro', { delay: 120 })
    await expect.poll(() => box.getAttribute('aria-expanded'), { timeout: 15_000 }).toBe('true')

    // With the list open, Escape only closes it: the query and its results stay.
    await page.keyboard.press('Escape')
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    expect(await box.inputValue()).toBe('orebro')
    await expect.poll(query, { timeout: 15_000 }).toBe('orebro')
    await resultCount(page).toBe('1 träff')
    await expect
      .poll(() => reading.textContent(), { timeout: 15_000 })
      .toBe('Visar resultat för örebro. Sök exakt på orebro')

    // With the list closed, Chromium empties the box: the page follows it, as a step of its own.
    await page.keyboard.press('Escape')
    expect(await box.inputValue()).toBe('')
    await expect.poll(query, { timeout: 15_000 }).toBeNull()
    await resultCount(page).toBe('5 träffar')
    await expect.poll(() => reading.textContent(), { timeout: 15_000 }).toBe('')

    await page.goBack()
    await expect.poll(query, { timeout: 15_000 }).toBe('orebro')
    expect(await box.inputValue()).toBe('orebro')
    await resultCount(page).toBe('1 träff')
  })

  test('completions are asked only of a word the API can complete', async () => {
    const page = await open('/')
    await resultCount(page).toBe('5 träffar')
    const asked: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname === '/completions') asked.push(url.searchParams.get('q') ?? '')
    })
    const box = page.getByRole('combobox', { name: 'Sök', exact: true })
    const listbox = page.getByRole('listbox', { name: 'Förslag' })
    await box.click()
    await page.keyboard.type('arbetsf', { delay: 120 })
    await expect.poll(() => box.getAttribute('aria-expanded'), { timeout: 15_000 }).toBe('true')
    // The space ends the word: its list goes at once, with no answer to wait for.
    await page.keyboard.type(' ')
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    expect(await listbox.isHidden()).toBe(true)
    await page.keyboard.type('unga', { delay: 120 })
    await expect.poll(() => asked.at(-1), { timeout: 15_000 }).toBe('arbetsf unga')
    // Not `a`, `ar`, `arbetsf `, `arbetsf u`, `arbetsf un`: the API answers those with [].
    expect(asked).toEqual([
      'arb',
      'arbe',
      'arbet',
      'arbets',
      'arbetsf',
      'arbetsf ung',
      'arbetsf unga',
    ])
  })

  test('on a phone the filters fold up under the results', async () => {
    const page = await open('/')
    await page.setViewportSize({ width: 390, height: 844 })
    await resultCount(page).toBe('5 träffar')
    const hits = await page.locator('#hits').boundingBox()
    const filters = await page.locator('#filters').boundingBox()
    expect(hits && filters && filters.y >= hits.y + hits.height).toBe(true)
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
    expect(await page.locator('#filter-panel').getAttribute('open')).toBe(null)
    expect(await page.getByRole('checkbox', { name: 'Övre Norrland' }).isVisible()).toBe(false)

    await page.locator('#filter-panel summary').click()
    await page.getByRole('checkbox', { name: 'Övre Norrland' }).check()
    await resultCount(page).toBe('3 träffar')
  })

  test('the statistics view draws charts with their tables, county tiles and a sortable table', async ({
    annotate,
  }) => {
    const page = await open('/')
    await resultCount(page).toBe('5 träffar')
    await page.getByRole('link', { name: 'Statistik', exact: true }).click()
    const heading = page.locator('#stats-title')
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Statistik')
    expect(new URL(page.url()).hash).toBe('#/statistik')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('stats-title')
    const spaced = (text: string | null) => text?.replace(/\s/g, ' ')
    expect(spaced(await page.locator('.stats-totals').textContent())).toBe(
      '5 projekt · ESF-stöd 6 033 212 kr · total budget 6 033 212 kr',
    )

    // The county chart is drawn on its canvas, and its table says the same in text.
    const chart = page.locator('#chart-county')
    expect(await chart.getAttribute('role')).toBe('img')
    expect(
      await chart.evaluate((canvas) => {
        if (!(canvas instanceof HTMLCanvasElement)) return 0
        const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data
        let blue = 0
        for (let i = 0; pixels && i < pixels.length; i += 4)
          if (pixels[i] === 11 && pixels[i + 1] === 79 && pixels[i + 2] === 156) blue++
        return blue
      }),
    ).toBeGreaterThan(500)
    const countyRows = await page
      .locator('[data-facet="county"] table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.children, (c) => c.textContent?.replace(/\s/g, ' '))),
      )
    expect(countyRows).toEqual([
      ['Örebro län', '1', '3 806 584 kr', '3 806 584 kr'],
      ['Västerbottens län', '3', '1 552 091 kr', '1 552 091 kr'],
      ['Västernorrlands län', '1', '674 537 kr', '674 537 kr'],
      ['Norrbottens län', '1', '450 000 kr', '450 000 kr'],
    ])
    expect(
      spaced(await page.locator('[data-county="Västerbottens län"] .tile-sum').textContent()),
    ).toBe('1 552 091 kr')
    expect(await page.locator('.county-tile').count()).toBe(21)

    // The table sorts by a header button and groups by any facet.
    await page.getByRole('button', { name: 'Projekt', exact: true }).click()
    expect(await page.locator('#stats-table th[aria-sort]').textContent()).toBe('Projekt')
    expect(await page.locator('#stats-table tbody th').first().textContent()).toBe(
      'Västerbottens län',
    )
    await page.getByLabel('Gruppera efter').selectOption({ label: 'År' })
    await expect
      .poll(() => page.locator('#stats-table caption').textContent())
      .toBe('Projekt och pengar per år')
    expect(await page.locator('#stats-table tbody th').allTextContents()).toEqual(['2014', '2011'])
    const xlsx = await page.getByRole('link', { name: 'Tabellen som Excel' }).getAttribute('href')
    expect(xlsx).toBe('stats?groupBy=year&format=xlsx')

    const screenshot = join(profileDir, 'statistics-view.png')
    await page.screenshot({ path: screenshot, fullPage: true })
    await annotate('the statistics view over the seeds', { path: screenshot })

    await page.getByRole('link', { name: '← Tillbaka till sökresultaten' }).click()
    await resultCount(page).toBe('5 träffar')
    expect(await page.locator('#stats-view').isHidden()).toBe(true)
  })

  test('a decorated link to the statistics view asks /stats only what it knows', async () => {
    const page = await open(
      '/?utm_source=nyhetsbrev&region=%C3%96vre+Norrland&fbclid=IwAR0abc#/statistik',
    )
    const heading = page.locator('#stats-title')
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Statistik')
    await expect
      .poll(() => page.locator('.stats-totals').textContent(), { timeout: 15_000 })
      .toMatch(/^3\sprojekt/)
  })

  test("a query's statistics say when they are its looser search's", async () => {
    // No seed says *tillgänglighetsbubbla*: the results and the statistics are the four that
    // say *tillgänglighet* (3 806 584 + 652 091 + 450 000 + 450 000 kr).
    const page = await open('/?q=tillg%C3%A4nglighetsbubbla#/statistik')
    const totals = page.locator('.stats-totals')
    await expect
      .poll(() => totals.textContent(), { timeout: 15_000 })
      .toMatch(/^4\sprojekt · ESF-stöd 5\s358\s675\skr/)
    expect(await page.locator('.stats-reading').textContent()).toBe(
      'Inga projekt nämner tillgänglighetsbubbla. Statistiken gäller projekt som nämner ' +
        'tillgänglighet.',
    )
    expect(await page.locator('.stats-reading strong').allTextContents()).toEqual([
      'tillgänglighetsbubbla',
      'tillgänglighet',
    ])
    // A query that finds something as typed has no such line.
    const found = await open('/?q=unga#/statistik')
    await expect
      .poll(() => found.locator('.stats-totals').textContent(), { timeout: 15_000 })
      .toMatch(/^4\sprojekt/)
    expect(await found.locator('.stats-reading').count()).toBe(0)
  })

  test('the page runs under a strict CSP and turns snippets into text and <mark> only', async () => {
    const page = await open('/')
    await resultCount(page).toBe('5 träffar')
    const response = await fetch(`${baseUrl()}/`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("require-trusted-types-for 'script'")
    expect(csp).not.toContain('unsafe-inline')

    // The page's own module instance (same URL), asked through a string: Vite would rewrite
    // an import() written in this file.
    const src = await page.locator('script[type="module"]').getAttribute('src')
    const hostile =
      '<img src=x onerror=alert(1)>&lt;script&gt;<mark>R&amp;D &#x3c;b&#62;</mark> &quot;x&#39;'
    const rendered = await page.evaluate(`(async () => {
      const { highlightedFragment } = await import(new URL(${JSON.stringify(src)}, location.href).href)
      const box = document.createElement('div')
      box.append(highlightedFragment(${JSON.stringify(hostile)}))
      return {
        elements: [...box.querySelectorAll('*')].map((e) => e.localName),
        marks: [...box.querySelectorAll('mark')].map((e) => e.textContent),
        text: box.textContent,
      }
    })()`)
    expect(rendered).toEqual({
      elements: ['mark'],
      marks: ['R&D <b>'],
      text: '<img src=x onerror=alert(1)><script>R&D <b> "x\'',
    })
  })
})
