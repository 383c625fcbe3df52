import type { PageConfig } from '../page-config.js'
import { h } from './_dom.js'
import { config, elements } from './elements.js'
import { parseKronor } from './format.js'
import { withFormValues } from './url-state.js'

type FieldName = keyof PageConfig['fieldLabels']

/** The caption of a searched field, or its API name when the page has no label for it. */
export function fieldLabel(field: string): string {
  return config.fieldLabels[field as FieldName] ?? field
}

/** Fills the selectors with the configured choices; once, at start. */
export function setUpSearchForm(): void {
  const { fieldsSelect, sortSelect } = elements
  fieldsSelect.replaceChildren(
    ...config.fields.map((f) => h('option', { value: f.value }, f.label)),
  )
  sortSelect.replaceChildren(...config.sorts.map((s) => h('option', { value: s.value }, s.label)))
}

/**
 * Shows the URL's search in the form. A field list the selector does not offer (typed into
 * the URL) gets an option of its own, so the selector never lies about what was searched.
 */
export function syncFormFromUrl(params: URLSearchParams): void {
  const { queryInput, fieldsSelect, sortSelect, grantMinInput, grantMaxInput } = elements
  const query = params.get('q') ?? ''
  // The searches of typing are of the trimmed text: leave the box as typed (a space just
  // typed before the next word) while it still says the same.
  if (queryInput.value.trim() !== query) queryInput.value = query
  const fields = params.get('fields') ?? ''
  if (!Array.from(fieldsSelect.options).some((o) => o.value === fields)) {
    const label = fields.split(',').map(fieldLabel).join(', ')
    fieldsSelect.append(h('option', { value: fields }, label))
  }
  fieldsSelect.value = fields
  sortSelect.value = params.get('sort') ?? 'relevance'
  grantMinInput.value = params.get('grantMin') ?? ''
  grantMaxInput.value = params.get('grantMax') ?? ''
  setGrantError('')
}

function setGrantError(message: string): void {
  const { grantError, grantMinInput, grantMaxInput } = elements
  grantError.textContent = message
  grantError.hidden = !message
  for (const input of [grantMinInput, grantMaxInput]) {
    if (message) input.setAttribute('aria-invalid', 'true')
    else input.removeAttribute('aria-invalid')
  }
}

/**
 * The parameters the form asks for (query, texts, sort, amounts) on top of the current filters,
 * or `null` when an amount is wrong: then the error is shown and the wrong input has the focus.
 */
export function formParams(params: URLSearchParams): URLSearchParams | null {
  const { queryInput, fieldsSelect, sortSelect, grantMinInput, grantMaxInput } = elements
  const min = parseKronor(grantMinInput.value)
  const max = parseKronor(grantMaxInput.value)
  if (min === null || max === null) {
    setGrantError('Ange belopp i hela kronor, till exempel 500 000.')
    ;(min === null ? grantMinInput : grantMaxInput).focus()
    return null
  }
  if (min && max && Number(min) > Number(max)) {
    setGrantError('Från-beloppet får inte vara större än till-beloppet.')
    grantMinInput.focus()
    return null
  }
  return withFormValues(params, {
    q: queryInput.value.trim(),
    fields: fieldsSelect.value,
    sort: sortSelect.value === 'relevance' ? '' : sortSelect.value,
    grantMin: min,
    grantMax: max,
  })
}
