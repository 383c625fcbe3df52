/**
 * The redaction list keeps people out of the index: through real indexing runs over the seeds,
 * first without it, then incrementally with it (every document is rewritten because the list
 * is part of the content hash), then again with nothing to do.
 */
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { meiliRequest } from '@projektbank/meili'
import type { Project } from '@projektbank/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCliArgs } from '../src/_cli-args.js'
import { InputError } from '../src/_list-inputs.js'
import { indexSheets } from '../src/index-sheets.js'
import {
  parseRedactionList,
  REDACTED,
  readRedactionList,
  redactProject,
} from '../src/redaction-list.js'
import { SEEDS_DIR, startTestMeilisearch, type TestMeilisearch } from './_helpers.js'

const S000 = 'a-0399e62443b58d13' // contact Camilla Werderitsch, fredrik.jonsson@apel-fou.se
const S001 = 'a-0c5d66bdc64b6b59' // contact Maria Svensson Hallberg
const S002 = 'a-73124559d6c6c8b8' // contact Terese Ryndal

describe('parseRedactionList', () => {
  it('reads ids and e-mail addresses, skipping comments and blank lines', () => {
    const list = parseRedactionList(
      '# asked 2026-11-30\n\nAnna.Berg@Example.se\r\na-0399e62443b58d13\n',
    )
    expect([...list.ids]).toEqual(['a-0399e62443b58d13'])
    expect([...list.emails]).toEqual(['anna.berg@example.se'])
    expect(list.digest).toMatch(/^[0-9a-f]{64}$/)
    expect(parseRedactionList('a-0399e62443b58d13\nanna.berg@example.se').digest).toBe(list.digest)
    expect(parseRedactionList('a-0399e62443b58d13').digest).not.toBe(list.digest)
  })

  it('names the line of an entry that is neither', () => {
    expect(() => parseRedactionList('ok-id\nAnna Berg\n', 'people.txt')).toThrow(
      new InputError(
        'people.txt, line 2: expected a project id or an e-mail address, got "Anna Berg"',
      ),
    )
  })

  it('says which file it could not read', async () => {
    await expect(readRedactionList(join(tmpdir(), 'no-such-redaction-list.txt'))).rejects.toThrow(
      /^Cannot read the redaction list .*no-such-redaction-list\.txt: ENOENT/,
    )
  })

  it('--redact names the file on the command line', () => {
    expect(parseCliArgs(['--redact', 'people.txt', 'seeds/']).redact).toBe('people.txt')
    expect(parseCliArgs(['seeds/']).redact).toBeUndefined()
  })
})

describe('redactProject', () => {
  const contact = { name: 'Anna Berg', email: 'anna.berg@example.se', phone: '+4686001122' }
  const project = {
    id: 'p1',
    contact,
    owner: 'Exempelkommunen',
    sections: { summary: 'Frågor till Anna Berg, anna.berg@example.se eller +4686001122.' },
  } as unknown as Project

  it('a listed id: the contact goes, and its name, e-mail and phone leave the texts', () => {
    const redacted = redactProject(project, parseRedactionList('p1'))
    expect(redacted.contact).toBeNull()
    expect(redacted.sections.summary).toBe(
      `Frågor till ${REDACTED}, ${REDACTED} eller ${REDACTED}.`,
    )
    expect(redacted.owner).toBe('Exempelkommunen')
    // The input is not changed.
    expect(project.contact).toEqual(contact)
  })

  it('a listed e-mail address, in any case: the same', () => {
    expect(redactProject(project, parseRedactionList('ANNA.BERG@example.se')).contact).toBeNull()
  })

  it('a project that is not listed keeps its contact; a listed address leaves its texts', () => {
    const other = { ...project, id: 'p2', contact: { ...contact, email: 'x@example.se' } }
    const redacted = redactProject(other, parseRedactionList('anna.berg@example.se'))
    expect(redacted.contact).toEqual({ ...contact, email: 'x@example.se' })
    expect(redacted.sections.summary).toBe(`Frågor till Anna Berg, ${REDACTED} eller +4686001122.`)
    expect(redactProject(other, parseRedactionList('p3'))).toBe(other)
  })
})

describe('a redaction list through indexing runs', () => {
  let test: TestMeilisearch
  let dir: string
  let listFile: string

  const documents = async () => {
    const page = await meiliRequest<{ results: { id: string; project: Project }[] }>(
      test.meili,
      'POST',
      '/indexes/projects/documents/fetch',
      { body: { limit: 100 } },
    )
    return new Map(page.results.map((d) => [d.id, d]))
  }

  beforeAll(async () => {
    test = await startTestMeilisearch()
    dir = await mkdtemp(join(tmpdir(), 'projektbank-redaction-'))
    for (const file of await readdir(SEEDS_DIR))
      await copyFile(join(SEEDS_DIR, file), join(dir, file))
    listFile = join(dir, 'redact.list')
    await writeFile(listFile, `# removal requests\nfredrik.jonsson@apel-fou.se\n${S002}\n`)
  })
  afterAll(async () => {
    await test?.dispose()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('without a list every contact is indexed (the parser reads everything)', async () => {
    await indexSheets({ meili: test.meili, inputs: [join(dir)], mode: 'full' })
    const docs = await documents()
    expect(docs.get(S000)?.project.contact?.email).toBe('fredrik.jonsson@apel-fou.se')
    expect(docs.get(S002)?.project.contact?.name).toBe('Terese Ryndal')
  })

  it('the next (incremental) run with the list removes the listed people from the index', async () => {
    const redact = await readRedactionList(listFile)
    const report = await indexSheets({
      meili: test.meili,
      inputs: [dir],
      mode: 'incremental',
      redact,
    })
    expect(report.mode).toBe('incremental')
    expect(report.files).toMatchObject({ seen: 5, parsed: 5, unchanged: 0, indexed: 5 })
    const docs = await documents()
    expect(docs.get(S000)?.project.contact).toBeNull()
    expect(docs.get(S002)?.project.contact).toBeNull()
    for (const doc of docs.values()) {
      const text = JSON.stringify(doc)
      expect({ id: doc.id, email: text.includes('fredrik.jonsson@apel-fou.se') }).toEqual({
        id: doc.id,
        email: false,
      })
      expect({ id: doc.id, name: text.includes('Terese Ryndal') }).toEqual({
        id: doc.id,
        name: false,
      })
    }
    expect(docs.get(S001)?.project.contact?.name).toBe('Maria Svensson Hallberg')
  })

  it('a run with the same list has nothing to do; without it the contacts come back', async () => {
    const redact = await readRedactionList(listFile)
    const again = await indexSheets({
      meili: test.meili,
      inputs: [dir],
      mode: 'incremental',
      redact,
    })
    expect(again.files).toMatchObject({ parsed: 0, unchanged: 5 })
    const without = await indexSheets({ meili: test.meili, inputs: [dir], mode: 'incremental' })
    expect(without.files).toMatchObject({ parsed: 5, unchanged: 0 })
    expect((await documents()).get(S002)?.project.contact?.name).toBe('Terese Ryndal')
  })
})
