import type { SearchResponse } from '@projektbank/model'
import { h } from './_dom.js'
import { config, elements } from './elements.js'
import { facetValues, foldedValues } from './facet-values.js'
import { integer } from './format.js'

/** Facets whose full list is open; kept across searches. */
const expandedFacets = new Set<string>()

/** Opens or folds a facet's full list. */
export function toggleFacetList(name: string): void {
  if (expandedFacets.has(name)) expandedFacets.delete(name)
  else expandedFacets.add(name)
}

/** A count in a facet label, read out as "3 projekt". */
function countBadge(count: number): HTMLSpanElement {
  return h(
    'span',
    { class: 'count' },
    integer.format(count),
    h('span', { class: 'visually-hidden' }, ' projekt'),
  )
}

/**
 * Draws the facet checkboxes for these results. The list is redrawn whole, so the element that
 * had the focus (a checkbox or a "show all" button) gets it back by its `data-key`.
 */
export function renderFacets(params: URLSearchParams, response: SearchResponse): void {
  const container = elements.facetsContainer
  const focused = document.activeElement
  const focusKey = focused instanceof HTMLElement ? focused.dataset.key : undefined
  const groups = config.facets.map((facet) => {
    const selected = params.getAll(facet.name)
    const counted = facetValues(facet.name, response.facets[facet.name], selected)
    if (counted.length === 0) return ''
    const values = counted.map(([value]) => value)
    const counts = new Map(counted)
    const expanded = expandedFacets.has(facet.name)
    const listed = expanded ? values : foldedValues(values, selected, config.facetValuesShown)
    const items = listed.map((value) => {
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
          countBadge(counts.get(value) ?? 0),
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
  container.replaceChildren(...groups)
  if (focusKey) {
    const again = Array.from(container.querySelectorAll('[data-key]')).find(
      (element) => element instanceof HTMLElement && element.dataset.key === focusKey,
    )
    if (again instanceof HTMLElement) again.focus()
  }
}
