import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { parseSheet, type RenderOptions, renderSheet } from '../../src/index.js'

const ROOT = join(import.meta.dirname, '../../../..')

/**
 * Sheets with none of the quirks the renderer never writes (extra blank lines, two-space
 * bullets): two real seed pages, byte for byte as published, and the package's layout B
 * fixture. Rendering what parseSheet read from them must give the same bytes back.
 */
const pages: [string, RenderOptions][] = [
  ['seeds/000_bb93deab17c6a93d.txt', { phoneStyle: 'grouped' }],
  ['seeds/003_0f8e6c576a75b39b.txt', { phoneStyle: 'grouped' }],
  ['packages/parser/test/fixtures/layout-b.txt', {}],
]

test.each(pages)(
  'renderSheet(parseSheet(%s)) gives the page back byte for byte',
  (path, options) => {
    const text = readFileSync(join(ROOT, path), 'utf8')
    const project = parseSheet(text).project
    expect(project).not.toBeNull()
    if (project !== null) expect(renderSheet(project, project.layout, options)).toBe(text)
  },
)
