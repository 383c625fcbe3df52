import { buildSearchDocument, type Project, SEARCHABLE_ATTRIBUTES } from '@projektbank/model'

/**
 * The searchable original text fields in the model's ranking order (title first, actors
 * last): {@link SEARCHABLE_ATTRIBUTES} without the analysed `svTerms.*` twins.
 *
 * @example
 * RAW_TEXT_ATTRIBUTES[0] // 'title'
 */
export const RAW_TEXT_ATTRIBUTES: readonly string[] = SEARCHABLE_ATTRIBUTES.filter(
  (attribute) => !attribute.startsWith('svTerms.'),
)

/** A baseline document: the id and the raw texts, nothing analysed, no facets. */
export type RawDocument = { id: string } & Record<string, string | string[] | null>

/**
 * The document plain Meilisearch gets: the same texts the real index holds (built by the
 * model's own `buildSearchDocument`), without `svTerms` and without facets, so that the
 * baselines differ from the full system only in analysis and settings.
 *
 * @example
 * rawDocument(project).title // 'Vårdlyftet Kronoberg'
 */
export function rawDocument(project: Project): RawDocument {
  const full: Record<string, unknown> = buildSearchDocument(project, { analyze: () => '' })
  const doc: RawDocument = { id: project.id }
  for (const attribute of RAW_TEXT_ATTRIBUTES) {
    const value = full[attribute]
    doc[attribute] =
      typeof value === 'string' || value === null
        ? value
        : Array.isArray(value)
          ? value.filter((v): v is string => typeof v === 'string')
          : null
  }
  return doc
}
