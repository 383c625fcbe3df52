import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { meiliRequest } from '@projektbank/meili'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listIndexes } from '../src/_index-operations.js'
import { indexSheets } from '../src/index-sheets.js'
import {
  generateCorpus,
  SEEDS_DIR,
  startTestMeilisearch,
  type TestMeilisearch,
} from './_helpers.js'

describe('a full rebuild without downtime', () => {
  let test: TestMeilisearch
  let corpus: string

  beforeAll(async () => {
    corpus = await mkdtemp(join(tmpdir(), 'projektbank-zero-downtime-'))
    await generateCorpus(corpus, 300, 9)
    test = await startTestMeilisearch()
  })
  afterAll(async () => {
    await test?.dispose()
    await rm(corpus, { recursive: true, force: true })
  })

  it('never shows a reader fewer documents than before, and swaps in the new set at once', async () => {
    const first = await indexSheets({ meili: test.meili, inputs: [corpus] })
    const before = first.documents.total ?? 0
    expect(before).toBeGreaterThan(290)

    const seen: number[] = []
    const failures: string[] = []
    let buildPolls = 0
    let polling = true
    const read = async () => {
      const result = await meiliRequest<{ estimatedTotalHits: number }>(
        test.meili,
        'POST',
        '/indexes/projects/search',
        { body: { q: '', limit: 0 } },
      )
      seen.push(result.estimatedTotalHits)
    }
    const poller = (async () => {
      while (polling) {
        try {
          await read()
          if ((await listIndexes(test.meili, 'projects__build_')).length > 0) buildPolls++
        } catch (error) {
          failures.push((error as Error).message)
        }
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })()

    const second = await indexSheets({
      meili: test.meili,
      inputs: [corpus, SEEDS_DIR],
      batchSize: 50,
    })
    polling = false
    await poller
    // One more read after the run: the poller may have stopped just before the swap.
    await read()

    expect(failures).toEqual([])
    expect(second.documents.total).toBe(before + 5)
    // The reader polled while the build index existed, and saw the old count or the new one.
    expect(buildPolls).toBeGreaterThan(5)
    expect(Math.min(...seen)).toBe(before)
    expect(new Set(seen)).toEqual(new Set([before, before + 5]))
    expect(seen.indexOf(before + 5)).toBeGreaterThan(seen.lastIndexOf(before))
    // The live index and its vocabulary; no build index is left.
    expect(await listIndexes(test.meili, 'projects')).toEqual(['projects', 'projects-vocabulary'])
  })
})
