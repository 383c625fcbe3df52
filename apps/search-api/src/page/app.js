// @ts-check
/**
 * The search page. All state is in the URL: the query string holds the very parameters of
 * `GET /search` (so a result list is linkable and the back button replays it), and
 * `#/projects/<id>` opens one project over it. No HTML is ever parsed from a string: snippets
 * are tokenised into text and <mark> elements, everything else is built with the DOM API
 * (the Content-Security-Policy enforces this with Trusted Types).
 *
 * @typedef {import('./page-config.js').PageConfig} PageConfig
 * @typedef {import('@projektbank/model').SearchResponse} SearchResponse
 * @typedef {import('@projektbank/model').SearchHit} SearchHit
 * @typedef {import('@projektbank/model').Project} Project
 */

/** Parameters of the page URL that are not filters (left out of the export link). */
const PAGING_PARAMS = ['page', 'hitsPerPage', 'facets']

const PROJECT_HASH = /^#\/projects\/([^/?#]+)$/

const kronor = new Intl.NumberFormat('sv-SE', {
  style: 'currency',
  currency: 'SEK',
  maximumFractionDigits: 0,
})
const integer = new Intl.NumberFormat('sv-SE')
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 })
const collator = new Intl.Collator('sv')

// ---------------------------------------------------------------------------------------------
// Snippets: the API sends HTML-escaped text with <mark> around matches; nothing else is trusted.

const SNIPPET_TOKEN = /<mark>|<\/mark>|&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos|nbsp);/gi
/** @type {Record<string, string>} */
const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** @param {string} entity the part between `&` and `;` */
function decodeEntity(entity) {
  const lower = entity.toLowerCase()
  if (!lower.startsWith('#')) return NAMED_ENTITIES[lower] ?? ''
  const code = lower.startsWith('#x')
    ? Number.parseInt(lower.slice(2), 16)
    : Number.parseInt(lower.slice(1), 10)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
}

/**
 * Turns a snippet into text nodes and `<mark>` elements. Any other markup stays visible as
 * text; entities are decoded into characters, never into markup.
 *
 * @example
 * highlightedFragment('a <mark>b &amp; c</mark>') // "a ", <mark>"b & c"</mark>
 * @param {string} snippet
 * @returns {DocumentFragment}
 */
export function highlightedFragment(snippet) {
  const fragment = document.createDocumentFragment()
  /** @type {DocumentFragment | HTMLElement} */
  let target = fragment
  let text = ''
  let last = 0
  const flush = () => {
    if (text) target.append(text)
    text = ''
  }
  for (const match of snippet.matchAll(SNIPPET_TOKEN)) {
    text += snippet.slice(last, match.index)
    last = match.index + match[0].length
    const token = match[0].toLowerCase()
    if (token === '<mark>') {
      flush()
      if (target === fragment) {
        const mark = document.createElement('mark')
        fragment.append(mark)
        target = mark
      }
    } else if (token === '</mark>') {
      flush()
      target = fragment
    } else {
      text += decodeEntity(match[1] ?? '')
    }
  }
  text += snippet.slice(last)
  flush()
  return fragment
}

// ---------------------------------------------------------------------------------------------
// DOM helpers

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string>} [attributes]
 * @param {...(Node | string)} children
 * @returns {HTMLElementTagNameMap[K]}
 */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  element.append(...children)
  return element
}

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @param {{ new (): T }} type
 * @returns {T}
 */
function byId(id, type) {
  const element = document.getElementById(id)
  if (!(element instanceof type)) throw new Error(`The page has no #${id}`)
  return element
}

/** A count in a facet label, read out as "3 projekt". */
function countBadge(/** @type {number} */ count) {
  return h(
    'span',
    { class: 'count' },
    integer.format(count),
    h('span', { class: 'visually-hidden' }, ' projekt'),
  )
}

const config = /** @type {PageConfig} */ (
  JSON.parse(byId('page-config', HTMLScriptElement).textContent ?? '{}')
)
const form = byId('search-form', HTMLFormElement)
const queryInput = byId('q', HTMLInputElement)
const fieldsSelect = byId('fields', HTMLSelectElement)
const sortSelect = byId('sort', HTMLSelectElement)
const grantMinInput = byId('grantMin', HTMLInputElement)
const grantMaxInput = byId('grantMax', HTMLInputElement)
const grantError = byId('grant-error', HTMLElement)
const searchView = byId('search-view', HTMLElement)
const resultsHeading = byId('results-heading', HTMLElement)
const resultCount = byId('result-count', HTMLElement)
const searchError = byId('search-error', HTMLElement)
const hitList = byId('hits', HTMLOListElement)
const noHits = byId('no-hits', HTMLElement)
const pagination = byId('pagination', HTMLElement)
const exportCsv = byId('export-csv', HTMLAnchorElement)
const exportCsvSemicolon = byId('export-csv-semicolon', HTMLAnchorElement)
const facetsContainer = byId('facets', HTMLElement)
const clearFilters = byId('clear-filters', HTMLAnchorElement)
const filterPanel = byId('filter-panel', HTMLDetailsElement)
const projectView = byId('project-view', HTMLElement)

// ---------------------------------------------------------------------------------------------
// URL state

const currentParams = () => new URLSearchParams(location.search)

/** The page URL for these parameters (no fragment). */
function pageUrl(/** @type {URLSearchParams} */ params) {
  const query = params.toString()
  return query ? `?${query}` : location.pathname
}

/** Goes to a new state: one history entry, then render it. */
function navigate(
  /** @type {string} */ url,
  /** @type {{ focusResults?: boolean }} */ options = {},
) {
  history.pushState(null, '', url)
  void route(options)
}

/** Filter parameters of the page URL, as `/export` takes them. */
function exportHref(/** @type {URLSearchParams} */ params, /** @type {string | null} */ delimiter) {
  const filters = new URLSearchParams(params)
  for (const name of PAGING_PARAMS) filters.delete(name)
  filters.set('format', 'csv')
  if (delimiter) filters.set('delimiter', delimiter)
  return `export?${filters}`
}

// ---------------------------------------------------------------------------------------------
// API

class ApiError extends Error {}

/**
 * @param {string} path relative to the page, e.g. `search?q=unga`
 * @param {AbortSignal} signal
 * @returns {Promise<unknown>}
 */
async function getJson(path, signal) {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } })
  const body = /** @type {{ detail?: unknown } | null} */ (await response.json().catch(() => null))
  if (!response.ok) {
    const detail = typeof body?.detail === 'string' ? body.detail : `HTTP ${response.status}`
    throw new ApiError(detail)
  }
  return body
}

/**
 * The search for the page, plus one search per facet with selected values that leaves out that
 * facet's own filter, so its list keeps offering the values one could add (OR).
 *
 * @param {URLSearchParams} params
 * @param {AbortSignal} signal
 * @returns {Promise<SearchResponse>}
 */
async function searchWithFacets(params, signal) {
  const request = new URLSearchParams(params)
  request.set('facets', config.facets.map((f) => f.name).join(','))
  if (!request.has('hitsPerPage')) request.set('hitsPerPage', String(config.hitsPerPage))
  const selectedFacets = config.facets.filter((f) => params.has(f.name))
  const [main, ...others] = await Promise.all([
    getJson(`search?${request}`, signal),
    ...selectedFacets.map((facet) => {
      const without = new URLSearchParams(params)
      for (const name of [facet.name, ...PAGING_PARAMS, 'sort']) without.delete(name)
      without.set('facets', facet.name)
      without.set('hitsPerPage', '1')
      return getJson(`search?${without}`, signal)
    }),
  ])
  const response = /** @type {SearchResponse} */ (main)
  selectedFacets.forEach((facet, i) => {
    const other = /** @type {SearchResponse} */ (others[i])
    response.facets[facet.name] = other.facets[facet.name] ?? {}
  })
  return response
}

// ---------------------------------------------------------------------------------------------
// Search view

/** @type {AbortController | undefined} */
let inFlight
/**
 * What the search view shows, to skip a reload when coming back from a project.
 * @type {{ key: string, params: URLSearchParams, response: SearchResponse } | null}
 */
let shown = null
let savedScroll = 0
/** Facets whose full list is open. */
const expandedFacets = new Set()

function syncFormFromUrl(/** @type {URLSearchParams} */ params) {
  queryInput.value = params.get('q') ?? ''
  const fields = params.get('fields') ?? ''
  if (!Array.from(fieldsSelect.options).some((o) => o.value === fields)) {
    const label = fields
      .split(',')
      .map((f) => config.fieldLabels[/** @type {keyof PageConfig['fieldLabels']} */ (f)] ?? f)
      .join(', ')
    fieldsSelect.append(h('option', { value: fields }, label))
  }
  fieldsSelect.value = fields
  sortSelect.value = params.get('sort') ?? 'relevance'
  grantMinInput.value = params.get('grantMin') ?? ''
  grantMaxInput.value = params.get('grantMax') ?? ''
  setGrantError('')
}

function setGrantError(/** @type {string} */ message) {
  grantError.textContent = message
  grantError.hidden = !message
  for (const input of [grantMinInput, grantMaxInput]) {
    if (message) input.setAttribute('aria-invalid', 'true')
    else input.removeAttribute('aria-invalid')
  }
}

/** "500 000" or "500000" → "500000"; `null` when it is not a whole number of kronor. */
function parseKronor(/** @type {string} */ value) {
  const digits = value.replace(/[\s\u00a0\u202f]|kr$/gi, '')
  if (digits === '') return ''
  return /^\d{1,15}$/.test(digits) ? String(Number(digits)) : null
}

/** Applies the form (query, texts, sort, amounts) to the current filters. */
function submitForm() {
  const min = parseKronor(grantMinInput.value)
  const max = parseKronor(grantMaxInput.value)
  if (min === null || max === null) {
    setGrantError('Ange belopp i hela kronor, till exempel 500 000.')
    ;(min === null ? grantMinInput : grantMaxInput).focus()
    return
  }
  if (min && max && Number(min) > Number(max)) {
    setGrantError('Från-beloppet får inte vara större än till-beloppet.')
    grantMinInput.focus()
    return
  }
  const params = currentParams()
  /** @type {[string, string][]} */
  const values = [
    ['q', queryInput.value.trim()],
    ['fields', fieldsSelect.value],
    ['sort', sortSelect.value === 'relevance' ? '' : sortSelect.value],
    ['grantMin', min],
    ['grantMax', max],
  ]
  for (const [name, value] of values) {
    if (value) params.set(name, value)
    else params.delete(name)
  }
  params.delete('page')
  navigate(pageUrl(params))
}

/** @param {URLSearchParams} params @param {{ focusResults?: boolean }} options */
async function showSearch(params, options) {
  document.body.dataset.view = 'search'
  projectView.hidden = true
  searchView.hidden = false
  syncFormFromUrl(params)
  const key = params.toString()
  if (key === shown?.key) {
    window.scrollTo(0, savedScroll)
    return
  }
  inFlight?.abort()
  const controller = new AbortController()
  inFlight = controller
  searchView.setAttribute('aria-busy', 'true')
  try {
    const response = await searchWithFacets(params, controller.signal)
    shown = { key, params, response }
    searchError.hidden = true
    renderResults(params, response)
    if (options.focusResults) resultsHeading.focus()
  } catch (error) {
    if (controller.signal.aborted) return
    shown = null
    searchError.textContent = `Sökningen misslyckades: ${error instanceof ApiError ? error.message : String(error)}`
    searchError.hidden = false
    resultCount.textContent = ''
  } finally {
    if (inFlight === controller) searchView.setAttribute('aria-busy', 'false')
  }
}

/** @param {URLSearchParams} params @param {SearchResponse} response */
function renderResults(params, response) {
  const { totalHits, page, hitsPerPage } = response
  resultCount.textContent =
    totalHits === 0
      ? 'Inga träffar'
      : `${integer.format(totalHits)} ${totalHits === 1 ? 'träff' : 'träffar'}`
  const q = params.get('q')
  document.title = `${q ? `${q} – ` : ''}Projektbank`
  hitList.start = (page - 1) * hitsPerPage + 1
  hitList.replaceChildren(...response.hits.map(renderHit))
  noHits.hidden = totalHits > 0
  renderPagination(params, response)
  renderFacets(params, response)
  exportCsv.href = exportHref(params, null)
  exportCsvSemicolon.href = exportHref(params, ';')
  const kept = new URLSearchParams()
  for (const name of ['q', 'fields', 'sort']) {
    const value = params.get(name)
    if (value) kept.set(name, value)
  }
  clearFilters.href = pageUrl(kept)
  const stats = response.facetStats.esfGrant
  grantMinInput.placeholder = stats ? integer.format(stats.min) : ''
  grantMaxInput.placeholder = stats ? integer.format(stats.max) : ''
}

/** @param {SearchHit} hit */
function renderHit(hit) {
  const facts = [
    hit.owner,
    hit.region,
    period(hit.period.start, hit.period.end),
    hit.esfGrant === null ? null : `ESF-stöd ${kronor.format(hit.esfGrant)}`,
  ].filter((fact) => fact)
  const snippets = Object.entries(hit.snippets).map(([field, snippet]) =>
    h(
      'p',
      { class: 'snippet' },
      h(
        'span',
        { class: 'snippet-field' },
        `${config.fieldLabels[/** @type {keyof PageConfig['fieldLabels']} */ (field)] ?? field}: `,
      ),
      highlightedFragment(snippet),
    ),
  )
  const tags = [hit.programArea, hit.phase, ...hit.targetGroups].filter((tag) => tag)
  return h(
    'li',
    { class: 'hit' },
    h(
      'h3',
      {},
      h('a', { href: `#/projects/${encodeURIComponent(hit.id)}`, 'data-id': hit.id }, hit.title),
    ),
    h('p', { class: 'hit-facts' }, facts.join(' · ')),
    ...snippets,
    hit.municipalities.length
      ? h('p', { class: 'hit-places' }, `Kommuner: ${shortList(hit.municipalities, 6)}`)
      : '',
    tags.length ? h('p', { class: 'hit-tags' }, tags.join(' · ')) : '',
  )
}

function shortList(/** @type {string[]} */ items, /** @type {number} */ max) {
  return items.length <= max
    ? items.join(', ')
    : `${items.slice(0, max).join(', ')} och ${items.length - max} till`
}

function period(/** @type {string | null} */ start, /** @type {string | null} */ end) {
  return start || end ? `${start ?? '?'} – ${end ?? '?'}` : null
}

/** @param {URLSearchParams} params @param {SearchResponse} response */
function renderPagination(params, response) {
  const { page, totalPages } = response
  pagination.hidden = totalPages <= 1
  if (totalPages <= 1) {
    pagination.replaceChildren()
    return
  }
  /** @param {number} target @param {string} text @param {string} [label] */
  const link = (target, text, label) => {
    const next = new URLSearchParams(params)
    if (target === 1) next.delete('page')
    else next.set('page', String(target))
    const attributes = { href: pageUrl(next), 'data-page': String(target) }
    if (label) Object.assign(attributes, { 'aria-label': label })
    if (target === page) Object.assign(attributes, { 'aria-current': 'page' })
    return h('li', {}, h('a', attributes, text))
  }
  const numbers = []
  for (let n = Math.max(1, page - 2); n <= Math.min(totalPages, page + 2); n++) {
    numbers.push(link(n, String(n), `Sida ${n}`))
  }
  pagination.replaceChildren(
    h(
      'ul',
      {},
      page > 1 ? link(page - 1, '← Föregående', 'Föregående sida') : '',
      ...numbers,
      page < totalPages ? link(page + 1, 'Nästa →', 'Nästa sida') : '',
    ),
    h('p', { class: 'page-of' }, `Sida ${page} av ${totalPages}`),
  )
}

/** @param {URLSearchParams} params @param {SearchResponse} response */
function renderFacets(params, response) {
  const focused = document.activeElement
  const focusKey = focused instanceof HTMLElement ? focused.dataset.key : undefined
  const groups = config.facets.map((facet) => {
    const selected = params.getAll(facet.name)
    const counts = { ...response.facets[facet.name] }
    for (const value of selected) counts[value] ??= 0
    const values = Object.keys(counts).sort((a, b) =>
      facet.name === 'year'
        ? Number(b) - Number(a)
        : (counts[b] ?? 0) - (counts[a] ?? 0) || collator.compare(a, b),
    )
    if (values.length === 0) return ''
    const expanded = expandedFacets.has(facet.name)
    // Selected values are always in the short list, so they can be unticked.
    const shown = expanded
      ? values
      : values.filter((v, i) => i < config.facetValuesShown || selected.includes(v))
    const items = shown.map((value) => {
      const id = `facet-${facet.name}-${values.indexOf(value)}`
      const box = h('input', {
        type: 'checkbox',
        id,
        name: facet.name,
        value,
        'data-key': `${facet.name}=${value}`,
      })
      box.checked = selected.includes(value)
      return h(
        'li',
        {},
        box,
        h(
          'label',
          { for: id },
          h('span', { class: 'value' }, value),
          countBadge(counts[value] ?? 0),
        ),
      )
    })
    const toggle =
      values.length > config.facetValuesShown
        ? h(
            'button',
            {
              type: 'button',
              class: 'quiet facet-toggle',
              'aria-expanded': String(expanded),
              'data-facet': facet.name,
              'data-key': `toggle:${facet.name}`,
            },
            expanded ? 'Visa färre' : `Visa alla ${values.length}`,
          )
        : ''
    return h(
      'fieldset',
      { class: 'facet', 'data-facet': facet.name },
      h('legend', {}, facet.label),
      h('ul', {}, ...items),
      toggle,
    )
  })
  facetsContainer.replaceChildren(...groups)
  if (focusKey) {
    const again = Array.from(facetsContainer.querySelectorAll('[data-key]')).find(
      (element) => element instanceof HTMLElement && element.dataset.key === focusKey,
    )
    if (again instanceof HTMLElement) again.focus()
  }
}

// ---------------------------------------------------------------------------------------------
// Project view

let cameFromSearch = false

/** @param {string} id @param {{ focusResults?: boolean }} _options */
async function showProject(id, _options) {
  if (!searchView.hidden) savedScroll = window.scrollY
  inFlight?.abort()
  const controller = new AbortController()
  inFlight = controller
  document.body.dataset.view = 'project'
  searchView.hidden = true
  projectView.hidden = false
  projectView.setAttribute('aria-busy', 'true')
  projectView.replaceChildren(backLink(), h('p', {}, 'Hämtar projektet …'))
  try {
    const project = /** @type {Project} */ (
      await getJson(`projects/${encodeURIComponent(id)}`, controller.signal)
    )
    renderProject(project)
  } catch (error) {
    if (controller.signal.aborted) return
    projectView.replaceChildren(
      backLink(),
      h('h2', { id: 'project-title', tabindex: '-1' }, 'Projektet kunde inte visas'),
      h(
        'p',
        { class: 'error', role: 'alert' },
        error instanceof Error ? error.message : String(error),
      ),
    )
  } finally {
    projectView.setAttribute('aria-busy', 'false')
  }
  document.getElementById('project-title')?.focus()
  window.scrollTo(0, 0)
}

function backLink() {
  return h(
    'p',
    {},
    h('a', { href: pageUrl(currentParams()), class: 'back' }, '← Tillbaka till sökresultaten'),
  )
}

/** @param {Project} project */
function renderProject(project) {
  document.title = `${project.title ?? project.id} – Projektbank`
  /** @type {[string, string | Node | null][]} */
  const facts = [
    ['Projektägare', project.owner],
    ['Organisationsnummer', project.ownerOrgNumber],
    ['Region', project.region],
    ['Programområde', joined(' ', project.programArea?.code, project.programArea?.name)],
    ['Fas', project.phase],
    ['Period', project.period ? period(project.period.start, project.period.end) : null],
    ['ESF-stöd', formatted(project.esfGrant, kronor)],
    ['Total budget', formatted(project.totalBudget, kronor)],
    ['Redovisade kostnader', formatted(project.reportedCosts, kronor)],
    ['ESF-andel', formatted(project.esfShare, percent)],
    ['Projektnummer', project.projectNumber],
    ['Diarienummer', project.caseNumber],
    ['Utlysning', project.call],
    ['Planerat antal deltagare', formatted(project.plannedParticipants, integer)],
    ['Specifikt mål', project.specificObjective],
    ['Medfinansieringsgrad', formatted(project.cofinancingRate, percent)],
    ['Insatstyp', project.interventionType],
    ['Fond', project.fund],
    ['Program (CCI)', project.programmeCci],
    ['Land', project.country],
    ['NUTS 2', project.nuts2],
    [
      'Mottagare',
      joined(
        ', ',
        project.recipientAddress,
        joined(' ', project.recipientPostalCode, project.recipientCity),
      ),
    ],
    [
      'Strategisk betydelse',
      project.strategicImportance === null ? null : project.strategicImportance ? 'Ja' : 'Nej',
    ],
    ['Sekundära teman', joined(', ', ...project.secondaryThemes)],
    ['År', joined(', ', ...project.years.map(String))],
    ['Kontaktperson', project.contact ? contactNode(project.contact) : null],
  ]
  const sections = Object.entries(config.sections).flatMap(([name, heading]) => {
    const text = project.sections[/** @type {keyof Project['sections']} */ (name)]
    return text ? [textSection(heading, text, name)] : []
  })
  const others = project.otherSections.map((s) => textSection(s.heading, s.text, 'other'))
  projectView.replaceChildren(
    backLink(),
    h('h2', { id: 'project-title', tabindex: '-1' }, project.title ?? project.id),
    h(
      'dl',
      { class: 'facts' },
      ...facts.flatMap(([term, value]) =>
        value === null || value === '' ? [] : [h('div', {}, h('dt', {}, term), h('dd', {}, value))],
      ),
    ),
    ...sections,
    ...others,
    listSection(
      'Kommuner',
      project.municipalities.map((m) => (m.county ? `${m.name} (${m.county})` : m.name)),
      'municipalities',
    ),
    listSection('Samarbetspartners', project.partners, 'partners'),
    listSection('Deltagande aktörer', project.actors, 'actors'),
    listSection(
      'Målgrupper',
      project.targetGroups.map((t) => `${t.group} – ”${t.evidence}”`),
      'target-groups',
    ),
    h(
      'p',
      { class: 'quiet' },
      h('a', { href: `projects/${encodeURIComponent(project.id)}` }, 'Projektet som JSON'),
    ),
  )
}

/** A number in a format, or `null` for a missing one. */
function formatted(/** @type {number | null} */ value, /** @type {Intl.NumberFormat} */ format) {
  return value === null ? null : format.format(value)
}

/** The present parts joined, or `null` when none is. */
function joined(
  /** @type {string} */ separator,
  /** @type {(string | null | undefined)[]} */ ...parts
) {
  return parts.filter((part) => part).join(separator) || null
}

/** @param {NonNullable<Project['contact']>} contact */
function contactNode(contact) {
  const parts = /** @type {(Node | string)[]} */ ([])
  if (contact.name) parts.push(contact.name)
  if (contact.email) parts.push(h('a', { href: `mailto:${contact.email}` }, contact.email))
  if (contact.phone) parts.push(h('a', { href: `tel:${contact.phone}` }, contact.phone))
  if (parts.length === 0) return null
  const node = h('span', {})
  for (const [i, part] of parts.entries()) node.append(...(i ? [', ', part] : [part]))
  return node
}

/** @param {string} heading @param {string} text @param {string} name */
function textSection(heading, text, name) {
  return h(
    'section',
    { class: 'project-section', 'data-section': name },
    h('h3', {}, heading),
    ...text.split(/\n\s*\n/).map((paragraph) => h('p', {}, paragraph)),
  )
}

/** @param {string} heading @param {string[]} items @param {string} name */
function listSection(heading, items, name) {
  if (items.length === 0) return ''
  return h(
    'section',
    { class: 'project-section', 'data-section': name },
    h('h3', {}, heading),
    h('ul', {}, ...items.map((item) => h('li', {}, item))),
  )
}

// ---------------------------------------------------------------------------------------------
// Routing and events

let routedHref = ''

/** Renders whatever the URL says; called on load, after `navigate` and on back/forward. */
async function route(/** @type {{ focusResults?: boolean }} */ options = {}) {
  if (location.href === routedHref) return
  const wasSearch = !searchView.hidden
  routedHref = location.href
  const project = PROJECT_HASH.exec(location.hash)
  if (project?.[1]) {
    cameFromSearch = wasSearch && shown !== null
    await showProject(decodeURIComponent(project[1]), options)
  } else {
    await showSearch(currentParams(), options)
  }
}

/** A plain left click that the page can handle itself (not a new tab or window). */
function isPlainClick(/** @type {MouseEvent} */ event) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}

function start() {
  fieldsSelect.replaceChildren(
    ...config.fields.map((f) => h('option', { value: f.value }, f.label)),
  )
  sortSelect.replaceChildren(...config.sorts.map((s) => h('option', { value: s.value }, s.label)))

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    submitForm()
  })
  fieldsSelect.addEventListener('change', submitForm)
  sortSelect.addEventListener('change', submitForm)

  facetsContainer.addEventListener('change', (event) => {
    const box = event.target
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return
    const params = currentParams()
    const values = params.getAll(box.name).filter((v) => v !== box.value)
    if (box.checked) values.push(box.value)
    params.delete(box.name)
    for (const value of values) params.append(box.name, value)
    params.delete('page')
    navigate(pageUrl(params))
  })
  facetsContainer.addEventListener('click', (event) => {
    const toggle = event.target instanceof Element ? event.target.closest('.facet-toggle') : null
    if (!(toggle instanceof HTMLButtonElement) || !toggle.dataset.facet) return
    const name = toggle.dataset.facet
    if (expandedFacets.has(name)) expandedFacets.delete(name)
    else expandedFacets.add(name)
    if (shown) renderFacets(shown.params, shown.response)
  })

  document.addEventListener('click', (event) => {
    if (!isPlainClick(event) || !(event.target instanceof Element)) return
    const link = event.target.closest('a')
    if (!link) return
    if (link.classList.contains('skip-link')) {
      // Moves focus without adding "#filters" to the URL, where it would read as a route.
      event.preventDefault()
      if (window.matchMedia('(max-width: 700px)').matches) filterPanel.open = true
      byId('filters', HTMLElement).focus()
    } else if (link.classList.contains('back') && cameFromSearch) {
      event.preventDefault()
      history.back()
    } else if (link.closest('#pagination')) {
      event.preventDefault()
      navigate(link.href, { focusResults: true })
    } else if (link.matches('.back, #clear-filters')) {
      event.preventDefault()
      navigate(link.href)
    }
  })

  window.addEventListener('popstate', () => void route())
  window.addEventListener('hashchange', () => void route())

  // On a phone the filters sit under the results, folded.
  const narrow = window.matchMedia('(max-width: 700px)')
  filterPanel.open = !narrow.matches
  narrow.addEventListener('change', () => {
    filterPanel.open = !narrow.matches
  })

  void route()
}

start()
