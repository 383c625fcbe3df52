import { expect, test } from 'vitest'
import { createTestApp } from './_fakes.js'

test('/openapi.json documents every route, parameter and problem', async () => {
  const { app } = createTestApp()
  const res = await app.request('/openapi.json')
  expect(res.status).toBe(200)
  const doc = await res.json()
  expect(doc.openapi).toBe('3.1.0')
  expect(Object.keys(doc.paths).sort()).toEqual([
    '/completions',
    '/export',
    '/facets/{facet}',
    '/health',
    '/projects/{id}',
    '/ready',
    '/search',
    '/stats',
  ])
  const completions = doc.paths['/completions'].get
  expect(completions.parameters.map((p: { name: string }) => p.name)).toEqual(['q', 'limit'])
  expect(completions.parameters[1].schema).toMatchObject({ default: 8, minimum: 1, maximum: 20 })
  expect(Object.keys(completions.responses).sort()).toEqual(['200', '400', '414'])
  const stats = doc.paths['/stats'].get
  expect(stats.parameters.find((p: { name: string }) => p.name === 'groupBy')).toMatchObject({
    required: true,
    schema: {
      enum: [
        'region',
        'county',
        'municipality',
        'programArea',
        'phase',
        'owner',
        'layout',
        'fund',
        'year',
        'targetGroup',
      ],
    },
  })
  expect(Object.keys(stats.responses['200'].content)).toEqual(['application/json'])
  expect(stats.responses['200'].description).toContain(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  expect(stats.description).toContain('the sums of the groups can exceed `totals`')
  const search = doc.paths['/search'].get
  expect(search.parameters.map((p: { name: string }) => p.name)).toEqual([
    'q',
    'verbatim',
    'fields',
    'region',
    'county',
    'municipality',
    'programArea',
    'phase',
    'owner',
    'layout',
    'fund',
    'targetGroup',
    'year',
    'startFrom',
    'startTo',
    'grantMin',
    'grantMax',
    'budgetMin',
    'budgetMax',
    'sort',
    'page',
    'hitsPerPage',
    'facets',
  ])
  const hitsPerPage = search.parameters.find((p: { name: string }) => p.name === 'hitsPerPage')
  expect(hitsPerPage.schema).toMatchObject({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    default: 20,
  })
  const reading = search.responses['200'].content['application/json'].schema.properties.reading
  expect(reading.properties.rewrites.items.properties.source.enum).toEqual([
    'diacritics',
    'typo',
    'completion',
    'synonym',
    'abbreviation',
    'thesaurus',
    'index',
    'looser',
  ])
  const region = search.parameters.find((p: { name: string }) => p.name === 'region')
  expect(region.schema.type).toBe('array')
  expect(Object.keys(search.responses)).toEqual(['200', '400', '414', '429', '503', '504'])
  expect(Object.keys(search.responses['400'].content)).toEqual(['application/problem+json'])
  expect(doc.paths['/facets/{facet}'].get.parameters[0]).toMatchObject({
    name: 'facet',
    in: 'path',
    required: true,
  })
  expect(doc.components.schemas.Problem.required).toEqual([
    'type',
    'title',
    'status',
    'detail',
    'instance',
  ])
})

test('/docs is a self-contained page that renders openapi.json', async () => {
  const { app } = createTestApp()
  const res = await app.request('/docs')
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
  expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'")
  const html = await res.text()
  expect(html).toContain("fetch('openapi.json')")
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/)
})
