import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Project } from '@projektbank/model'
import { InputError } from './_list-inputs.js'

/** What replaces removed personal data in the texts of a redacted project. */
export const REDACTED = '[borttaget]'

/**
 * People whose data must not be in the index: projects by id (their contact person is removed)
 * and e-mail addresses (the contact person who has it is removed, and the address wherever else
 * it appears). See {@link parseRedactionList}.
 */
export interface RedactionList {
  /** Project ids, as written. */
  readonly ids: ReadonlySet<string>
  /** E-mail addresses, lower-cased. */
  readonly emails: ReadonlySet<string>
  /**
   * SHA-256 of the entries (sorted): folded into each document's content hash, so that an
   * incremental run after the list changed sends every sheet again and no stale copy remains.
   */
  readonly digest: string
}

const ID = /^[a-z0-9][a-z0-9_-]{0,127}$/
const EMAIL = /^[^\s@]+@[^\s@]+$/

/**
 * Reads a redaction list: one project id or e-mail address per line; blank lines and lines
 * starting with `#` are ignored. Throws an `InputError` naming the line of anything else.
 *
 * @example
 * const list = parseRedactionList('# asked 2026-11-30\nanna.berg@example.se\na-0399e62443b58d13\n')
 * list.emails.has('anna.berg@example.se') // true
 */
export function parseRedactionList(text: string, source = 'redaction list'): RedactionList {
  const ids = new Set<string>()
  const emails = new Set<string>()
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    if (EMAIL.test(line)) emails.add(line.toLowerCase())
    else if (ID.test(line)) ids.add(line)
    else {
      throw new InputError(
        `${source}, line ${index + 1}: expected a project id or an e-mail address, got ${JSON.stringify(line.slice(0, 80))}`,
      )
    }
  })
  const entries = [...[...ids].map((id) => `id:${id}`), ...[...emails].map((e) => `email:${e}`)]
  const digest = createHash('sha256').update(entries.sort().join('\n')).digest('hex')
  return { ids, emails, digest }
}

/**
 * Reads and parses the redaction list at `path` (see {@link parseRedactionList}).
 *
 * @example
 * const redact = await readRedactionList(process.env.PROJEKTBANK_REDACT_FILE)
 */
export async function readRedactionList(path: string): Promise<RedactionList> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new InputError(
      `Cannot read the redaction list ${path}: ${error instanceof Error ? error.message : error}`,
    )
  }
  return parseRedactionList(text, path)
}

/**
 * The project as it may be indexed under `list`: when its id or its contact's e-mail address is
 * listed, the contact person is removed and their name, e-mail and phone are replaced by
 * {@link REDACTED} in every text; listed e-mail addresses are replaced in every project. The
 * parser still reads everything: this decides only what goes into the index.
 *
 * @example
 * redactProject(project, parseRedactionList(project.id)).contact // null
 */
export function redactProject(project: Project, list: RedactionList): Project {
  const contact = project.contact
  const listed =
    list.ids.has(project.id) ||
    (contact?.email != null && list.emails.has(contact.email.toLowerCase()))
  const needles = [...list.emails]
  if (listed && contact) {
    for (const value of [contact.name, contact.email, contact.phone]) {
      // A name of one word ("Anna") would also hit unrelated text; the contact field itself
      // goes in any case.
      if (value && (value.includes('@') || value.trim().includes(' ') || value.startsWith('+')))
        needles.push(value)
    }
  }
  if (needles.length === 0) return project
  const pattern = new RegExp(
    needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'gi',
  )
  const scrubbed = scrub(project, pattern) as Project
  return listed ? { ...scrubbed, contact: null } : scrubbed
}

/** `value` with every match of `pattern` in its strings replaced, deeply; the rest as is. */
function scrub(value: unknown, pattern: RegExp): unknown {
  if (typeof value === 'string') return value.replace(pattern, REDACTED)
  if (Array.isArray(value)) return value.map((item) => scrub(item, pattern))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, pattern)]))
  }
  return value
}
