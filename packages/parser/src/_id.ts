/** Identifiers may not grow beyond what the model accepts. */
const MAX_ID_LENGTH = 128
const NOT_ID_CHARACTER = /[^a-z0-9_-]+/g
const EDGE_HYPHENS = /^[-_]+|-+$/g

const encoder = new TextEncoder()

/** What a project's identity rests on when it has no number. */
export interface IdentityParts {
  readonly projectNumber: string | null
  readonly title: string | null
  readonly owner: string | null
  readonly start: string | null
  readonly end: string | null
}

/**
 * A stable project id: the slug of the project number when there is one (`2020/00651` →
 * `2020-00651`), otherwise `a-` and 16 hex digits of SHA-256 over title, owner and period,
 * so that editing the narrative never changes it.
 *
 * @example
 * projectId({ projectNumber: '23-002-S02', title: null, owner: null, start: null, end: null }, sha256Hex) // '23-002-s02'
 */
export function projectId(parts: IdentityParts, hash: (bytes: Uint8Array) => string): string {
  const slug = slugify(parts.projectNumber ?? '')
  if (slug !== '') return slug
  const identity = [parts.title, parts.owner, parts.start, parts.end].map((p) => p ?? '').join('|')
  return `a-${hash(encoder.encode(identity)).slice(0, 16)}`
}

/**
 * Lower-cases a number and turns every run of other characters into one hyphen.
 *
 * @example
 * slugify('2020/00651') // '2020-00651'
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(NOT_ID_CHARACTER, '-')
    .replace(EDGE_HYPHENS, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(EDGE_HYPHENS, '')
}
