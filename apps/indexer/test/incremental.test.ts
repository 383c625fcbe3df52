import { createHash } from 'node:crypto'
import { copyFile, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analysisDigest } from '@projektbank/analyzer/node'
import { meiliRequest } from '@projektbank/meili'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentCodeDigest } from '../src/_code-digest.js'
import { storedContentHash } from '../src/_scan-sheets.js'
import { applyIndexSettings, indexSettingsDiffer } from '../src/apply-index-settings.js'
import { indexSheets } from '../src/index-sheets.js'
import { SEEDS_DIR, startTestMeilisearch, type TestMeilisearch } from './_helpers.js'

const ID = {
  s000: 'a-0399e62443b58d13',
  s001: 'a-0c5d66bdc64b6b59',
  s002: 'a-73124559d6c6c8b8',
  s003: 'a-aac7ad086613e3e8',
  s004: 'a-321778d0b62b1142',
}

describe('incremental indexing', () => {
  let test: TestMeilisearch
  let dir: string
  const run = (mode: 'full' | 'incremental', index = 'projects') =>
    indexSheets({ meili: test.meili, inputs: [dir], mode, index })
  const ids = async (index = 'projects') => {
    const page = await meiliRequest<{ results: { id: string }[] }>(
      test.meili,
      'POST',
      `/indexes/${index}/documents/fetch`,
      { body: { fields: ['id'], limit: 1000 } },
    )
    return page.results.map((d) => d.id).sort()
  }

  beforeAll(async () => {
    test = await startTestMeilisearch()
    dir = await mkdtemp(join(tmpdir(), 'projektbank-incremental-'))
    for (const file of await readdir(SEEDS_DIR))
      await copyFile(join(SEEDS_DIR, file), join(dir, file))
  })
  afterAll(async () => {
    await test?.dispose()
    await rm(dir, { recursive: true, force: true })
  })

  it('builds in full when the live index does not exist yet', async () => {
    const report = await run('incremental')
    expect(report.mode).toBe('full')
    expect(report.documents).toEqual({ sent: 5, deleted: 0, total: 5 })
    expect(await ids()).toEqual(Object.values(ID).sort())
  })

  it('parses and sends nothing when no sheet changed', async () => {
    const report = await run('incremental')
    expect(report.mode).toBe('incremental')
    expect(report.files).toEqual({
      seen: 5,
      parsed: 0,
      unchanged: 5,
      indexed: 5,
      failed: 0,
      withErrors: 0,
    })
    expect(report.documents).toEqual({ sent: 0, deleted: 0, total: 5 })
    expect(report.tasks).toEqual({ enqueued: 0, succeeded: 0 })
  })

  it('sends changed and new sheets and deletes vanished ones', async () => {
    const seed001 = join(dir, '001_f7ab52cf4a496413.txt')
    const text = await readFile(seed001, 'utf8')
    await writeFile(
      seed001,
      text.replace(
        'Sammanfattning\n\n',
        'Sammanfattning\n\nEn helt ny inledande mening om vattenbruk. ',
      ),
    )
    await unlink(join(dir, '002_8eac286ac432a010.txt'))
    const seed000 = await readFile(join(dir, '000_bb93deab17c6a93d.txt'), 'utf8')
    await writeFile(
      join(dir, 'new.txt'),
      seed000.replace(
        'Socialfonden i de regionala kompetensplattformarna',
        'Ett alldeles nytt projekt',
      ),
    )

    const report = await run('incremental')
    expect(report.files).toEqual({
      seen: 5,
      parsed: 2,
      unchanged: 3,
      indexed: 5,
      failed: 0,
      withErrors: 0,
    })
    expect(report.documents).toEqual({ sent: 2, deleted: 1, total: 5 })
    const current = await ids()
    expect(current).not.toContain(ID.s002)
    expect(current).toContain(ID.s001)
    expect(current).toHaveLength(5)
    const changed = await meiliRequest<{ summary: string }>(
      test.meili,
      'GET',
      `/indexes/projects/documents/${ID.s001}`,
      { query: { fields: 'summary' } },
    )
    expect(changed.summary).toMatch(/^En helt ny inledande mening om vattenbruk\./)
  })

  it('reports two files with the same project id, and indexes the later one', async () => {
    const seed003 = await readFile(join(dir, '003_0f8e6c576a75b39b.txt'), 'utf8')
    await writeFile(
      join(dir, 'zz-copy-of-003.txt'),
      seed003.replace('Grupper vid sidan', 'Kopian: grupper vid sidan'),
    )
    const report = await run('incremental')
    expect(report.duplicateIds).toEqual([
      {
        id: ID.s003,
        files: [join(dir, '003_0f8e6c576a75b39b.txt'), join(dir, 'zz-copy-of-003.txt')],
      },
    ])
    // The later file is sent; the earlier one is parsed for its id but never sent.
    expect(report.documents).toEqual({ sent: 1, deleted: 0, total: 5 })
    const winner = await meiliRequest<{ summary: string }>(
      test.meili,
      'GET',
      `/indexes/projects/documents/${ID.s003}`,
      { query: { fields: 'summary' } },
    )
    expect(winner.summary).toMatch(/^Kopian: grupper vid sidan/)
    // Unchanged re-run: still the later file, still reported.
    const again = await run('incremental')
    expect(again.duplicateIds).toHaveLength(1)
    expect(again.documents).toEqual({ sent: 0, deleted: 0, total: 5 })
    await unlink(join(dir, 'zz-copy-of-003.txt'))
  })

  it('converges to the same documents as a full rebuild', async () => {
    await run('incremental')
    const incremental = await ids()
    await run('full', 'projects_full_check')
    expect(await ids('projects_full_check')).toEqual(incremental)
  })

  it('rebuilds in full when the live index has other settings', async () => {
    await applyIndexSettings(test.meili, 'projects', {
      settings: { pagination: { maxTotalHits: 10 } },
    })
    const report = await run('incremental')
    expect(report.mode).toBe('full')
    expect(report.documents).toEqual({ sent: 5, deleted: 0, total: 5 })
    expect(await indexSettingsDiffer(test.meili, 'projects')).toBe(false)
    expect((await run('incremental')).mode).toBe('incremental')
  })

  it('rewrites every document when the analysis changes, though no sheet did', async () => {
    const under = (analysisDigest?: string) =>
      indexSheets({
        meili: test.meili,
        inputs: [dir],
        mode: 'incremental',
        index: 'projects',
        ...(analysisDigest ? { analysisDigest } : {}),
      })
    // Another lexicon: nothing counts as unchanged, all five are analysed and sent again.
    const changed = await under('a-new-lexicon')
    expect(changed.mode).toBe('incremental')
    expect(changed.files.unchanged).toBe(0)
    expect(changed.documents).toEqual({ sent: 5, deleted: 0, total: 5 })
    expect((await under('a-new-lexicon')).files.unchanged).toBe(5)
    // Back to the default analysis: its digest differs from the one stored, so again all five.
    expect((await under()).documents.sent).toBe(5)
    expect((await under()).documents.sent).toBe(0)
  })

  it('stores with each document the code that read its sheet', async () => {
    // A parser or model upgrade changes `documentCodeDigest`, and so every stored hash: the
    // next incremental run reparses every sheet instead of keeping what the old code read.
    await run('incremental')
    const file = (await readdir(dir)).sort()[0] as string
    const sha256 = createHash('sha256')
      .update(await readFile(join(dir, file)))
      .digest('hex')
    const expected = storedContentHash(sha256, {
      analysisDigest: analysisDigest(),
      codeDigest: documentCodeDigest(),
    })
    const page = await meiliRequest<{ results: { contentHash: string }[] }>(
      test.meili,
      'POST',
      '/indexes/projects/documents/fetch',
      { body: { fields: ['contentHash'], limit: 1000 } },
    )
    expect(page.results.map((d) => d.contentHash)).toContain(expected)
    expect(page.results.map((d) => d.contentHash)).not.toContain(
      storedContentHash(sha256, { analysisDigest: analysisDigest() }),
    )
  })
})
