import type { Contact } from '@projektbank/model'
import type { PublicContact } from './config.js'

/** The document attribute holding the contact person (inside the whole project). */
export const CONTACT_ATTRIBUTE = 'project.contact'

/** Contact columns `/export` adds after its own, per setting. */
export const CONTACT_EXPORT_COLUMNS = {
  none: [],
  name: ['contactName'],
  full: ['contactName', 'contactEmail', 'contactPhone'],
} as const satisfies Record<PublicContact, readonly string[]>

/** The contact fields of one exported row. */
export type ContactExportFields = Partial<
  Record<(typeof CONTACT_EXPORT_COLUMNS)['full'][number], string | null>
>

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/**
 * What may be published of a stored contact: nothing (`none`), the name alone (`name`; null when
 * the sheet printed no name) or all of it (`full`). The index keeps everything the sheet said:
 * this is a publishing decision, taken on every answer.
 *
 * @example
 * publishedContact({ name: 'Anna Berg', email: 'anna@example.se', phone: null }, 'name')
 * // { name: 'Anna Berg', email: null, phone: null }
 */
export function publishedContact(stored: unknown, mode: PublicContact): Contact | null {
  if (mode === 'none' || typeof stored !== 'object' || stored === null) return null
  const name = 'name' in stored ? str(stored.name) : null
  if (mode === 'name') return name === null ? null : { name, email: null, phone: null }
  return {
    name,
    email: 'email' in stored ? str(stored.email) : null,
    phone: 'phone' in stored ? str(stored.phone) : null,
  }
}

/**
 * The contact columns of an export row (see {@link CONTACT_EXPORT_COLUMNS}) from a document
 * retrieved with {@link CONTACT_ATTRIBUTE}.
 *
 * @example
 * contactExportFields({ project: { contact: { name: 'Anna Berg', email: 'a@b.se', phone: null } } }, 'name')
 * // { contactName: 'Anna Berg' }
 */
export function contactExportFields(
  doc: Record<string, unknown>,
  mode: PublicContact,
): ContactExportFields {
  if (mode === 'none') return {}
  const project = doc.project
  const stored =
    typeof project === 'object' && project !== null && 'contact' in project ? project.contact : null
  const contact = publishedContact(stored, 'full')
  if (mode === 'name') return { contactName: contact?.name ?? null }
  return {
    contactName: contact?.name ?? null,
    contactEmail: contact?.email ?? null,
    contactPhone: contact?.phone ?? null,
  }
}
