import { FACETS, SEARCH_FIELDS, SORT_OPTIONS } from '@projektbank/model'
import { describe, expect, test } from 'vitest'
import { createApp } from '../src/app.js'
import { PAGE_CONFIG } from '../src/page/page-config.js'
import { createPlainAnalyzer } from '../src/search-analyzer.js'
import { createFakeGateway } from './_fakes.js'

const app = createApp({ search: createFakeGateway().gateway, analyzer: createPlainAnalyzer() })

async function page() {
  const res = await app.request('/')
  return { res, html: await res.text() }
}

describe('GET /', () => {
  test('serves the page with a CSP that allows only its own files', async () => {
    const { res, html } = await page()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
    )
    // The API's other secure headers stay.
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(html).toMatch(/<script type="module" src="assets\/app\.js\?v=[0-9a-f]{12}"><\/script>/)
    expect(html).toMatch(/<link rel="stylesheet" href="assets\/style\.css\?v=[0-9a-f]{12}">/)
    // The only other script element is the JSON data block, which no browser runs.
    expect(html.match(/<script\b[^>]*>/g)).toEqual([
      expect.stringMatching(/^<script type="module" src=/),
      '<script type="application/json" id="page-config">',
    ])
    expect(html).not.toMatch(/ on[a-z]+=|style=/)
  })

  test('embeds the page config, with a Swedish label for every sort and field', async () => {
    const { html } = await page()
    const json = /<script type="application\/json" id="page-config">(.*?)<\/script>/s.exec(html)
    expect(JSON.parse(json?.[1] ?? 'null')).toEqual(PAGE_CONFIG)
    expect(PAGE_CONFIG.facets.map((f) => f.name)).toEqual([
      'region',
      'county',
      'municipality',
      'programArea',
      'phase',
      'year',
      'targetGroup',
    ])
    for (const facet of PAGE_CONFIG.facets) expect(FACETS).toContain(facet.name)
    expect(PAGE_CONFIG.sorts.map((s) => s.value)).toEqual(Object.keys(SORT_OPTIONS))
    expect(Object.keys(PAGE_CONFIG.fieldLabels)).toEqual([...SEARCH_FIELDS])
    expect(PAGE_CONFIG.fields).toEqual([
      { value: '', label: 'Alla texter' },
      { value: 'background', label: 'Bakgrund' },
      { value: 'goals', label: 'Målsättning' },
      { value: 'accessibility', label: 'Tillgänglighet' },
    ])
  })
})

describe('GET /assets/:name', () => {
  async function asset(name: string) {
    const { html } = await page()
    const src = new RegExp(`assets/${name.replace('.', '\\.')}\\?v=([0-9a-f]{12})`).exec(html)
    const res = await app.request(`/assets/${name}?v=${src?.[1]}`)
    return { res, body: await res.text(), version: src?.[1] }
  }

  test('app.js is one bundled JavaScript module, cached for good under its version', async () => {
    const { res, body } = await asset('app.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    // The modules of src/page/app/ are inside it: it imports nothing and exports one function.
    // After the code only the licence notices of the bundled libraries (Chart.js) may follow.
    expect(body).toMatch(/export\{\w+ as highlightedFragment\};\s*(\/\*![\s\S]*?\*\/\s*)*$/)
    expect(body).toMatch(/\/\*![\s\S]*Chart\.js[\s\S]*MIT/)
    expect(body).not.toMatch(/(?:^|[;}])import\s*[{*"'\w]/)
    expect(body).toContain('Sökningen misslyckades')
    expect(body).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/)
  })

  test('style.css has its rules (not an empty stub), and without a version it is revalidated', async () => {
    const { res, body } = await asset('style.css')
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(body).toContain(':focus-visible')
    expect(body).toContain('@media (max-width: 700px)')
    const stale = await app.request('/assets/style.css?v=000000000000')
    expect(stale.headers.get('cache-control')).toBe('no-cache')
    expect(await stale.text()).toBe(body)
  })

  test('an unknown asset is a 404 problem', async () => {
    const res = await app.request('/assets/secret.txt')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })
})
