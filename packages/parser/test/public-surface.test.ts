import { expect, test } from 'vitest'

/**
 * The package's runtime exports, in one place: whoever adds an export adds it here.
 * `@projektbank/parser/node` has the same surface, with a `parseSheet` that hashes natively.
 */
const SURFACE = ['DIAGNOSTIC_CODES', 'detectLayout', 'parseSheet', 'renderSheet']

test('the package exports exactly its documented surface', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual(SURFACE)
})

test('the Node entry exports the same surface', async () => {
  expect(Object.keys(await import('../src/node.js')).sort()).toEqual(SURFACE)
})

test('the Node entry parses like the portable one', async () => {
  const core = await import('../src/index.js')
  const node = await import('../src/node.js')
  const sheet = 'Titel\n\nProjektfasGenomförande\nProjektägareKommunen'
  expect(node.parseSheet(sheet)).toEqual(core.parseSheet(sheet))
  // The Node entry measures strings natively: same bytes and hash for a BOM, non-ASCII text,
  // characters outside the BMP and a lone surrogate (UTF-8 of U+FFFD in both).
  for (const text of [`\ufeff${sheet}`, `${sheet} Ö€\u{1f600}`, `${sheet}\ud800 x`]) {
    const portable = core.parseSheet(text).project?.source
    expect(portable?.bytes).toEqual(new TextEncoder().encode(text).length)
    expect(node.parseSheet(text).project?.source).toEqual(portable)
  }
})
