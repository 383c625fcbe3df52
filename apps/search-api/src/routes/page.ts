/// <reference path="../page/raw-imports.d.ts" />
import { createHash } from 'node:crypto'
import { Hono } from 'hono'
import appJs from '../page/app/main.ts?bundle'
import pageHtml from '../page/index.html?raw'
import { PAGE_CONFIG } from '../page/page-config.js'
import styleCss from '../page/style.css?raw'

// The page runs only its own files: no inline script or style, no other origin, and with
// Trusted Types no string can become HTML (the script builds every node with the DOM API).
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ')

const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="13" cy="13" r="8" fill="none" stroke="#0b4f9c" stroke-width="4"/><path d="M19 19l8 8" stroke="#0b4f9c" stroke-width="4" stroke-linecap="round"/></svg>'

const version = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12)

/** Each asset with its content type and a version that changes with its bytes. */
const ASSETS = {
  'app.js': { body: appJs, type: 'text/javascript; charset=utf-8', version: version(appJs) },
  'style.css': { body: styleCss, type: 'text/css; charset=utf-8', version: version(styleCss) },
  'icon.svg': { body: ICON_SVG, type: 'image/svg+xml', version: version(ICON_SVG) },
} as const

type AssetName = keyof typeof ASSETS

const isAssetName = (name: string): name is AssetName => Object.hasOwn(ASSETS, name)

// The config is a JSON data block, which no CSP treats as script; `<` is escaped so no value
// can close the element.
const PAGE = pageHtml
  .replace('__APP_JS__', `assets/app.js?v=${ASSETS['app.js'].version}`)
  .replace('__STYLE_CSS__', `assets/style.css?v=${ASSETS['style.css'].version}`)
  .replace('"__PAGE_CONFIG__"', JSON.stringify(PAGE_CONFIG).replaceAll('<', '\\u003c'))

/**
 * `GET /`: the search page, and `GET /assets/:name` for its script, style and icon. An asset
 * asked for with its current `?v=` is cached for a year; the page itself is revalidated.
 *
 * @example
 * (await app.request('/')).headers.get('content-security-policy') // "default-src 'none'; script-src 'self'; …"
 */
export function pageRoutes() {
  return new Hono()
    .get('/', (c) => {
      c.header('content-security-policy', PAGE_CSP)
      c.header('cache-control', 'no-cache')
      return c.html(PAGE)
    })
    .get('/assets/:name', (c) => {
      const name = c.req.param('name')
      if (!isAssetName(name)) return c.notFound()
      const asset = ASSETS[name]
      const current = c.req.query('v') === asset.version
      return c.body(asset.body, 200, {
        'content-type': asset.type,
        'cache-control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
      })
    })
}
