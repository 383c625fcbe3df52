import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as corpus from '../src/index.js'
import { ensureCorpus, generateSheets, type SheetRenderer, sharedCorpusDir } from '../src/index.js'

// The parser's renderSheet is what callers pass; the parser cannot be a dependency here (it uses
// this package in its own tests), and its round trip is tested there. This one writes what it
// was given, so the test sees every choice the generator made.
const renderSheet: SheetRenderer = (project, layout, options) =>
  `${layout} ${JSON.stringify(options)}\n${project.title}\n${project.owner ?? ''}\n`

describe('@projektbank/corpus', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'projektbank-corpus-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('exports exactly its surface', () => {
    expect(Object.keys(corpus).sort()).toEqual([
      'DEFAULT_CORPUS_LAYOUTS',
      'VOCABULARY',
      'asciiFold',
      'blankProject',
      'ensureCorpus',
      'generateCorpus',
      'generateSheets',
      'sharedCorpusDir',
    ])
  })

  it('gives the same sheets for the same seed, each rendered from its project', () => {
    const first = [...generateSheets({ count: 4, seed: 3, render: renderSheet })]
    const again = [...generateSheets({ count: 4, seed: 3, render: renderSheet })]
    expect(again.map((sheet) => sheet.text)).toEqual(first.map((sheet) => sheet.text))
    expect(first.map((sheet) => sheet.name)).toEqual(
      first.map((sheet, i) => `0000${i + 1}-${sheet.layout}.txt`),
    )
    for (const sheet of first) {
      expect(sheet.text.startsWith(`${sheet.layout} `)).toBe(true)
      expect(sheet.text.split('\n')[1]).toBe(sheet.project.title)
    }
    const other = [...generateSheets({ count: 4, seed: 4, render: renderSheet })]
    expect(other.map((sheet) => sheet.text)).not.toEqual(first.map((sheet) => sheet.text))
  })

  it('writes a corpus once and reuses it while the manifest matches', async () => {
    const out = join(dir, 'corpus')
    const written = await ensureCorpus({ count: 3, seed: 2, render: renderSheet }, out)
    expect(written).toMatchObject({ count: 3, seed: 2, layouts: ['A', 'B', 'C', 'D'] })
    const files = (await readdir(out)).sort()
    expect(files).toHaveLength(4)
    expect(files.slice(0, 3).map((file) => file.replace(/-[A-D]\.txt$/, ''))).toEqual([
      '00001',
      '00002',
      '00003',
    ])
    expect(files[3]).toBe('manifest.json')
    const manifest = await readFile(join(out, 'manifest.json'), 'utf8')
    const reused = await ensureCorpus({ count: 3, seed: 2, render: renderSheet }, out)
    expect(reused).toEqual(JSON.parse(manifest))
  })

  it('finds the shared corpus beside the repository, or where PROJEKTBANK_CORPUS says', () => {
    expect(sharedCorpusDir({ PROJEKTBANK_CORPUS: 'somewhere/corpus' })).toBe(
      resolve('somewhere/corpus'),
    )
    const repository = resolve(import.meta.dirname, '../../..')
    expect(sharedCorpusDir({})).toBe(resolve(repository, '../shared/corpus'))
  })
})
