/**
 * PUBLIC_CONTACT decides what the API publishes of a project's contact person; the index keeps
 * all of it. Each setting is checked on `/projects/:id` (what the page shows) and on `/export`.
 */
import { describe, expect, test } from 'vitest'
import { configFromEnv, type PublicContact } from '../src/config.js'
import { publishedContact } from '../src/contact-policy.js'
import type { SearchGateway } from '../src/meilisearch-gateway.js'
import { createFakeGateway, createTestApp, DOC_000 } from './_fakes.js'

const CONTACT = { name: 'Anna Berg', email: 'anna.berg@example.se', phone: '+4686001122' }
const PROJECT = {
  id: 'p1',
  title: 'Unga vuxna i arbete',
  owner: 'Exempelkommunen',
  contact: CONTACT,
}

/** A gateway whose one document carries the whole project, contact included. */
function gatewayWithContact(): SearchGateway {
  const fake = createFakeGateway({ docs: [{ ...DOC_000, id: 'p1', project: PROJECT }] })
  fake.gateway.search = async (request) => ({
    hits: request.filter === 'id = "p1"' ? [{ project: PROJECT }] : [],
    processingTimeMs: 1,
  })
  return fake.gateway
}

const appWith = (publicContact?: PublicContact) =>
  createTestApp(publicContact ? { publicContact } : {}, {
    gateway: gatewayWithContact(),
    calls: createFakeGateway().calls,
  }).app

async function projectContact(publicContact?: PublicContact) {
  const res = await appWith(publicContact).request('/projects/p1')
  expect(res.status).toBe(200)
  const project = (await res.json()) as typeof PROJECT
  expect(project.title).toBe('Unga vuxna i arbete')
  return project.contact
}

async function exported(publicContact: PublicContact | undefined, format: 'csv' | 'ndjson') {
  const res = await appWith(publicContact).request(`/export?format=${format}`)
  expect(res.status).toBe(200)
  return (await res.text()).replace(/^\uFEFF/, '')
}

describe('PUBLIC_CONTACT', () => {
  test('name (the default): the name only, on /projects/:id and in the export', async () => {
    expect(await projectContact()).toEqual({ name: 'Anna Berg', email: null, phone: null })
    expect(await projectContact('name')).toEqual({ name: 'Anna Berg', email: null, phone: null })
    const [header, row] = (await exported(undefined, 'csv')).split('\r\n')
    expect(header?.split(',').slice(-2)).toEqual(['layout', 'contactName'])
    expect(row?.split(',').at(-1)).toBe('Anna Berg')
    const record = JSON.parse(await exported('name', 'ndjson'))
    expect(record.contactName).toBe('Anna Berg')
    expect(Object.keys(record)).not.toContain('contactEmail')
  })

  test('none: no contact at all, and no contact column', async () => {
    expect(await projectContact('none')).toBeNull()
    const csv = await exported('none', 'csv')
    expect(csv.split('\r\n')[0]?.split(',').at(-1)).toBe('layout')
    expect(csv).not.toContain('Anna')
    const ndjson = await exported('none', 'ndjson')
    expect(Object.keys(JSON.parse(ndjson)).filter((k) => k.startsWith('contact'))).toEqual([])
    expect(ndjson).not.toContain('example.se')
  })

  test('full: name, e-mail and phone', async () => {
    expect(await projectContact('full')).toEqual(CONTACT)
    const [header, row] = (await exported('full', 'csv')).split('\r\n')
    expect(header?.split(',').slice(-3)).toEqual(['contactName', 'contactEmail', 'contactPhone'])
    // A phone number starts with `+`: the CSV writer defuses it like a formula.
    expect(row?.split(',').slice(-3)).toEqual(['Anna Berg', 'anna.berg@example.se', "'+4686001122"])
    expect(JSON.parse(await exported('full', 'ndjson'))).toMatchObject({
      contactName: 'Anna Berg',
      contactEmail: 'anna.berg@example.se',
      contactPhone: '+4686001122',
    })
  })

  test('a contact with no name publishes nothing under name, and the rest under full', () => {
    const nameless = { name: null, email: 'info@example.se', phone: null }
    expect(publishedContact(nameless, 'name')).toBeNull()
    expect(publishedContact(nameless, 'full')).toEqual(nameless)
    expect(publishedContact(null, 'full')).toBeNull()
  })

  test('is read from the environment and checked', () => {
    expect(configFromEnv({ PUBLIC_CONTACT: 'none' })).toEqual({ publicContact: 'none' })
    expect(() => configFromEnv({ PUBLIC_CONTACT: 'all' })).toThrow(
      'PUBLIC_CONTACT must be one of none, name, full, got "all"',
    )
  })
})
