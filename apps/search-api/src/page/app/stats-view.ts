import type { Facet, StatsGroup, StatsResponse } from '@projektbank/model'
import type { Chart } from 'chart.js'
import { h } from './_dom.js'
import { beginLoad } from './_in-flight.js'
import { ApiError, getJson } from './api.js'
import { barChart } from './bar-chart.js'
import { config, elements } from './elements.js'
import { collator, integer, kronor } from './format.js'
import { pageUrl, statsQuery } from './url-state.js'

/** The facets drawn as bar charts, each with its data table. */
const CHARTED: Facet[] = ['year', 'county', 'targetGroup']

type SortKey = 'value' | 'count' | 'esfGrant' | 'totalBudget'

let charts: Chart[] = []
let tableGroupBy: Facet = 'county'
let tableSort: { key: SortKey; descending: boolean } = { key: 'esfGrant', descending: true }
let tableData: StatsResponse | null = null

const labelOf = (facet: Facet) => config.statsGroups.find((g) => g.name === facet)?.label ?? facet
const valueText = (group: StatsGroup) => group.value ?? '(uppgift saknas)'

function fetchStats(params: URLSearchParams, groupBy: Facet, signal: AbortSignal) {
  return getJson(`stats?${statsQuery(params, groupBy)}`, signal) as Promise<StatsResponse>
}

/** Shows the statistics of the search in the URL: charts, county tiles and a sortable table. */
export async function showStats(params: URLSearchParams): Promise<void> {
  const { searchView, projectView, statsView } = elements
  const controller = beginLoad()
  document.body.dataset.view = 'stats'
  searchView.hidden = true
  projectView.hidden = true
  statsView.hidden = false
  statsView.setAttribute('aria-busy', 'true')
  document.title = 'Statistik – Projektbank'
  try {
    const wanted = [...new Set([...CHARTED, tableGroupBy])]
    const answers = await Promise.all(wanted.map((f) => fetchStats(params, f, controller.signal)))
    const byFacet = new Map(wanted.map((facet, i) => [facet, answers[i]]))
    tableData = byFacet.get(tableGroupBy) ?? null
    render(params, byFacet)
  } catch (error) {
    if (controller.signal.aborted) return
    statsView.replaceChildren(
      backLink(),
      h('h2', { id: 'stats-title', tabindex: '-1' }, 'Statistiken kunde inte visas'),
      h(
        'p',
        { class: 'error', role: 'alert' },
        error instanceof ApiError ? error.message : String(error),
      ),
    )
  } finally {
    statsView.setAttribute('aria-busy', 'false')
  }
  document.getElementById('stats-title')?.focus()
}

function backLink(): HTMLParagraphElement {
  const results = pageUrl(new URLSearchParams(location.search), location.pathname)
  return h('p', {}, h('a', { href: results, class: 'back' }, '← Tillbaka till sökresultaten'))
}

function render(params: URLSearchParams, byFacet: Map<Facet, StatsResponse | undefined>): void {
  for (const chart of charts) chart.destroy()
  charts = []
  const totals = byFacet.get('county')?.totals ?? { count: 0, esfGrant: 0, totalBudget: 0 }
  const chartSections = CHARTED.map((facet) => chartSection(facet, byFacet.get(facet)))
  elements.statsView.replaceChildren(
    backLink(),
    h('h2', { id: 'stats-title', tabindex: '-1' }, 'Statistik'),
    ...looserNote(byFacet.get('county')),
    h(
      'p',
      { class: 'stats-totals' },
      `${integer.format(totals.count)} projekt · ESF-stöd ${kronor.format(totals.esfGrant)} · total budget ${kronor.format(totals.totalBudget)}`,
    ),
    h(
      'p',
      { class: 'hint' },
      'Ett projekt räknas i varje grupp det hör till (till exempel i alla sina kommuner), så gruppernas summor kan bli större än totalen.',
    ),
    countyTiles(byFacet.get('county')),
    ...chartSections,
    groupTableSection(params),
  )
  // Charts are drawn once their canvases are in the page, so they can measure themselves.
  for (const facet of CHARTED) {
    const canvas = document.getElementById(`chart-${facet}`)
    const groups = (byFacet.get(facet)?.groups ?? []).filter((g) => g.value !== null)
    const ordered = facet === 'year' ? [...groups].sort(byYear) : groups.slice(0, 21)
    if (canvas instanceof HTMLCanvasElement && ordered.length > 0) {
      charts.push(
        barChart(
          canvas,
          ordered.map(valueText),
          ordered.map((g) => g.esfGrant),
        ),
      )
    }
  }
}

const byYear = (a: StatsGroup, b: StatsGroup) => Number(a.value) - Number(b.value)

/**
 * "Inga projekt nämner **X**. Statistiken gäller projekt som nämner **a** eller **b**." when
 * the query found nothing and the statistics are its looser search's, as the results say;
 * nothing otherwise. Without it, a link straight to the statistics would show the sums of
 * projects the query does not name.
 */
function looserNote(stats: StatsResponse | undefined): HTMLParagraphElement[] {
  const looser = stats?.reading.rewrites.filter((rewrite) => rewrite.source === 'looser') ?? []
  const [first] = looser
  if (!first) return []
  const pieces = looser.flatMap((rewrite, i) => [
    ...(i > 0 ? [' eller '] : []),
    h('strong', {}, rewrite.replacement),
  ])
  return [
    h(
      'p',
      { class: 'stats-reading' },
      'Inga projekt nämner ',
      h('strong', {}, first.term),
      '. Statistiken gäller projekt som nämner ',
      ...pieces,
      '.',
    ),
  ]
}

function chartSection(facet: Facet, stats: StatsResponse | undefined): HTMLElement {
  const label = labelOf(facet)
  const groups = stats?.groups ?? []
  const rows = facet === 'year' ? [...groups].sort(byYear) : groups
  return h(
    'section',
    { class: 'stats-chart', 'data-facet': facet, 'aria-labelledby': `chart-title-${facet}` },
    h('h3', { id: `chart-title-${facet}` }, `ESF-stöd per ${label.toLowerCase()}`),
    h(
      'div',
      { class: 'chart-box' },
      h('canvas', {
        id: `chart-${facet}`,
        role: 'img',
        'aria-label': `Stapeldiagram över ESF-stöd per ${label.toLowerCase()}. Siffrorna finns i tabellen intill.`,
      }),
    ),
    dataTable(`ESF-stöd per ${label.toLowerCase()}`, label, rows, null),
  )
}

/** A table of groups; with `sortable`, its headers are buttons that sort it. */
function dataTable(
  caption: string,
  valueLabel: string,
  groups: StatsGroup[],
  sortable: { key: SortKey; descending: boolean } | null,
): HTMLTableElement {
  const columns: [SortKey, string][] = [
    ['value', valueLabel],
    ['count', 'Projekt'],
    ['esfGrant', 'ESF-stöd'],
    ['totalBudget', 'Total budget'],
  ]
  const header = columns.map(([key, text]) => {
    if (!sortable) return h('th', { scope: 'col' }, text)
    const active = sortable.key === key
    const attributes: Record<string, string> = { scope: 'col' }
    if (active) attributes['aria-sort'] = sortable.descending ? 'descending' : 'ascending'
    return h(
      'th',
      attributes,
      h('button', { type: 'button', class: 'sort-button', 'data-sort': key }, text),
    )
  })
  const body = groups.map((g) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, valueText(g)),
      h('td', {}, integer.format(g.count)),
      h('td', {}, kronor.format(g.esfGrant)),
      h('td', {}, kronor.format(g.totalBudget)),
    ),
  )
  return h(
    'table',
    { class: 'data-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...header)),
    h('tbody', {}, ...body),
  )
}

/** The 21 counties on a fixed grid, each tile shaded by its share of the largest sum. */
function countyTiles(stats: StatsResponse | undefined): HTMLElement {
  const sums = new Map((stats?.groups ?? []).map((g) => [g.value, g.esfGrant]))
  const largest = Math.max(1, ...sums.values())
  const tiles = config.countyTiles.map((county) => {
    const sum = sums.get(county.name) ?? 0
    const shade = sum === 0 ? 0 : Math.min(4, 1 + Math.floor((sum / largest) * 3.999))
    const tile = h(
      'li',
      { class: `county-tile shade-${shade}`, 'data-county': county.name },
      h('span', { class: 'tile-name' }, county.shortName),
      h('span', { class: 'tile-sum' }, sum === 0 ? '–' : kronor.format(sum)),
    )
    // The grid position is data (page-config); set through the CSSOM, which the CSP allows.
    tile.style.gridRow = String(county.row)
    tile.style.gridColumn = String(county.column)
    return tile
  })
  return h(
    'section',
    { class: 'stats-tiles', 'aria-labelledby': 'tiles-title' },
    h('h3', { id: 'tiles-title' }, 'ESF-stöd per län, som rutor ungefär där länen ligger'),
    h('ul', { class: 'county-tiles' }, ...tiles),
    h(
      'p',
      { class: 'hint' },
      'Mörkare ruta: mer ESF-stöd. Beloppen per län finns också i tabellen under diagrammet per län.',
    ),
  )
}

function sortedGroups(groups: StatsGroup[]): StatsGroup[] {
  const { key, descending } = tableSort
  const sign = descending ? -1 : 1
  return [...groups].sort((a, b) => {
    if (key === 'value') {
      const compared =
        tableGroupBy === 'year'
          ? Number(a.value) - Number(b.value)
          : collator.compare(valueText(a), valueText(b))
      return sign * compared
    }
    return sign * (a[key] - b[key])
  })
}

function groupTableSection(params: URLSearchParams): HTMLElement {
  const select = h(
    'select',
    { id: 'stats-group-by' },
    ...config.statsGroups.map((g) => h('option', { value: g.name }, g.label)),
  )
  select.value = tableGroupBy
  select.addEventListener('change', () => {
    const chosen = config.statsGroups.find((g) => g.name === select.value)
    if (!chosen) return
    tableGroupBy = chosen.name
    void showStats(params)
  })
  const label = labelOf(tableGroupBy)
  const table = dataTable(
    `Projekt och pengar per ${label.toLowerCase()}`,
    label,
    sortedGroups(tableData?.groups ?? []),
    tableSort,
  )
  table.id = 'stats-table'
  table.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('.sort-button') : null
    if (!(button instanceof HTMLButtonElement)) return
    const key = button.dataset.sort as SortKey | undefined
    if (!key) return
    tableSort =
      tableSort.key === key
        ? { key, descending: !tableSort.descending }
        : { key, descending: key !== 'value' }
    const fresh = groupTableSection(params)
    document.getElementById('stats-group-table')?.replaceWith(fresh)
    fresh.querySelector<HTMLButtonElement>(`.sort-button[data-sort="${key}"]`)?.focus()
  })
  return h(
    'section',
    { id: 'stats-group-table', class: 'stats-table', 'aria-labelledby': 'group-table-title' },
    h('h3', { id: 'group-table-title' }, 'Tabell'),
    h(
      'div',
      { class: 'field field-inline' },
      h('label', { for: 'stats-group-by' }, 'Gruppera efter'),
      select,
      h(
        'a',
        {
          class: 'button',
          href: `stats?${statsQuery(params, tableGroupBy, 'xlsx')}`,
          download: '',
        },
        'Tabellen som Excel',
      ),
    ),
    table,
  )
}
