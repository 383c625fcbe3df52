import { createHash } from 'node:crypto'
import { Hono } from 'hono'

// A self-contained page (no CDN: the API must document itself offline) that renders
// /openapi.json: every operation with its parameters, responses and a "try it" link. Its style
// and script are inline, allowed by their SHA-256 in the CSP below.
const DOCS_STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1d1d1f}
h1{margin-bottom:0}code,pre{font-family:ui-monospace,monospace;font-size:13px}
section{border:1px solid #d0d0d7;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
.method{display:inline-block;background:#0b5;color:#fff;border-radius:4px;padding:0 .4rem;font-weight:600}
table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #e5e5ea;padding:.25rem .5rem;text-align:left;vertical-align:top}
.muted{color:#6e6e73}pre{background:#f5f5f7;padding:.5rem;overflow:auto}
`

const DOCS_SCRIPT = `const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';')
const typeOf = (s) => !s ? '' : s.enum ? s.enum.map((v) => JSON.stringify(v)).join(' | ')
  : s.type === 'array' ? 'array of ' + typeOf(s.items) : s.anyOf ? s.anyOf.map(typeOf).join(' | ')
  : (s.type || (s.$ref ? s.$ref.split('/').pop() : '')) + (s.format ? ' (' + s.format + ')' : '')
fetch('openapi.json').then((r) => r.json()).then((doc) => {
  document.getElementById('title').textContent = doc.info.title + ' ' + doc.info.version
  document.getElementById('description').innerHTML = esc(doc.info.description) +
    ' · <a href="openapi.json">openapi.json</a>'
  const out = []
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const params = (op.parameters || []).map((p) => '<tr><td><code>' + esc(p.name) + '</code>' +
        (p.required ? ' *' : '') + '</td><td>' + esc(p.in) + '</td><td><code>' + esc(typeOf(p.schema)) +
        '</code>' + (p.schema && p.schema.default !== undefined ? ' = <code>' + esc(JSON.stringify(p.schema.default)) + '</code>' : '') +
        '</td><td>' + esc(p.description || (p.schema && p.schema.description)) + '</td></tr>').join('')
      const responses = Object.entries(op.responses || {}).map(([code, r]) => '<tr><td>' + esc(code) +
        '</td><td>' + esc(r.description) + '</td><td><code>' + esc(Object.keys(r.content || {}).join(', ')) +
        '</code></td></tr>').join('')
      const example = path.includes('{') ? '' : ' · <a href="' + esc(path.slice(1)) + '">try it</a>'
      out.push('<section><h2><span class="method">' + esc(method.toUpperCase()) + '</span> <code>' +
        esc(path) + '</code></h2><p>' + esc(op.summary) + example + '</p><p class="muted">' +
        esc(op.description) + '</p>' + (params ? '<h3>Parameters</h3><table><tr><th>name</th><th>in</th><th>type</th><th>description</th></tr>' + params + '</table>' : '') +
        '<h3>Responses</h3><table>' + responses + '</table></section>')
    }
  }
  document.getElementById('ops').innerHTML = out.join('')
}).catch((e) => { document.getElementById('description').textContent = 'Could not load openapi.json: ' + e })
`

const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Projektbank API</title>
<style>${DOCS_STYLE}</style>
</head>
<body>
<h1 id="title">Projektbank API</h1>
<p class="muted" id="description">Loading <a href="openapi.json">openapi.json</a>…</p>
<main id="ops"></main>
<script>${DOCS_SCRIPT}</script>
</body>
</html>`

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

// The page's one script and one style are allowed by their hashes, nothing else inline: an
// injected element would not run. No page may frame it.
const DOCS_CSP = [
  "default-src 'none'",
  `script-src ${sha256(DOCS_SCRIPT)}`,
  `style-src ${sha256(DOCS_STYLE)}`,
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * `GET /docs`: the OpenAPI document rendered as a page, with no assets from elsewhere.
 *
 * @example
 * (await app.request('/docs')).headers.get('content-type') // 'text/html; charset=UTF-8'
 */
export function docsRoutes() {
  return new Hono().get('/docs', (c) => {
    c.header('content-security-policy', DOCS_CSP)
    return c.html(DOCS_HTML)
  })
}
