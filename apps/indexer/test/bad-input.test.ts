import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { meiliRequest } from '@projektbank/meili'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../src/_run-cli.js'
import { checkSheets } from '../src/check-sheets.js'
import { formatReport } from '../src/format-report.js'
import { indexSheets } from '../src/index-sheets.js'
import type { IndexReport } from '../src/report.js'
import { SEEDS_DIR, startTestMeilisearch, type TestMeilisearch } from './_helpers.js'

// seeds/004 with an impossible start date: an error diagnostic, but still a project.
const BAD_DATE_LINE = 19
const SEED_004 = '004_c8aa3a3ed73fb58f.txt'
const SEED_004_BAD_DATE_ID = 'a-5076563f03c381c9'

describe('sheets with errors', () => {
  let dir: string
  let sheets: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'projektbank-bad-input-'))
    sheets = join(dir, 'sheets')
    await mkdir(join(sheets, 'nested'), { recursive: true })
    await copyFile(join(SEEDS_DIR, '000_bb93deab17c6a93d.txt'), join(sheets, 'good.txt'))
    const seed = await readFile(join(SEEDS_DIR, SEED_004), 'utf8')
    await writeFile(
      join(sheets, 'bad-date.txt'),
      seed.replace('2014-01-02 till', '2014-13-45 till'),
    )
    await writeFile(join(sheets, 'nested', 'empty.txt'), '')
    await writeFile(join(sheets, 'nested', 'not-a-sheet.txt'), 'hello\nworld\n')
    await writeFile(join(sheets, 'notes.md'), 'not a .txt file, never read')
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reports every error diagnostic with file, position and code, and counts per code', async () => {
    const report = await checkSheets({ inputs: [sheets] })
    expect(report.mode).toBe('dry-run')
    expect(report.ok).toBe(false)
    expect(report.files).toEqual({
      seen: 4,
      parsed: 4,
      unchanged: 0,
      indexed: 2,
      failed: 2,
      withErrors: 3,
    })
    const failures = report.failures.map((f) => ({ ...f, file: f.file.replace(`${sheets}/`, '') }))
    expect(failures).toEqual([
      {
        file: 'bad-date.txt',
        line: BAD_DATE_LINE,
        column: 14,
        code: 'bad-date',
        message:
          'Projektperiod: the start date "2014-13-45" is not a real calendar date, YYYY-MM-DD',
      },
      expect.objectContaining({ file: 'nested/empty.txt', code: 'empty-input', line: 1 }),
      expect.objectContaining({ file: 'nested/not-a-sheet.txt', code: 'unknown-layout', line: 1 }),
    ])
    expect(report.diagnosticCounts['bad-date']).toBe(1)
    expect(report.diagnosticCounts['empty-input']).toBe(1)
    expect(report.diagnosticCounts['unknown-layout']).toBe(1)
    expect(report.severityCounts.error).toBe(3)
    expect(formatReport(report)).toContain(
      `${join(sheets, 'bad-date.txt')}:19:14 bad-date Projektperiod: the start date "2014-13-45" is not a real calendar date, YYYY-MM-DD`,
    )
  })

  it('exits 1 on error diagnostics, 0 with --allow-errors, and writes the JSON report', async () => {
    const out = collect()
    const reportFile = join(dir, 'out', 'report.json')
    const code = await runCli(['--dry-run', '--report', reportFile, sheets], out.io)
    expect(code).toBe(1)
    expect(out.stdout()).toContain(
      'Sheets: 4 seen, 4 parsed, 0 unchanged, 2 indexed, 2 failed, 3 with errors.',
    )
    const written = JSON.parse(await readFile(reportFile, 'utf8')) as IndexReport
    expect(written.files.failed).toBe(2)
    expect(written.failures.map((f) => f.code)).toEqual([
      'bad-date',
      'empty-input',
      'unknown-layout',
    ])
    expect(Object.keys(written.timings)).toContain('parseMs')

    const allowed = collect()
    expect(await runCli(['--dry-run', '--allow-errors', sheets], allowed.io)).toBe(0)

    const json = collect()
    expect(await runCli(['--dry-run', '--json', join(sheets, 'good.txt')], json.io)).toBe(0)
    expect(JSON.parse(json.stdout())).toMatchObject({ ok: true, files: { seen: 1, indexed: 1 } })
  })

  it('reads one sheet from standard input for `-`', async () => {
    const seed = await readFile(join(SEEDS_DIR, SEED_004))
    const report = await checkSheets({ inputs: ['-'], stdin: Readable.from([seed]) })
    expect(report.files).toEqual({
      seen: 1,
      parsed: 1,
      unchanged: 0,
      indexed: 1,
      failed: 0,
      withErrors: 0,
    })
    await expect(checkSheets({ inputs: ['-', '-'], stdin: Readable.from([seed]) })).rejects.toThrow(
      '`-` (standard input) can be given only once',
    )
  })

  it('exits 2 with a clear message on usage errors', async () => {
    const cases: [string[], string][] = [
      [[], 'No paths given: name the sheets or directories to index (e.g. seeds/)'],
      [['--frobnicate', 'x'], "Unknown option '--frobnicate'"],
      [
        ['--batch-size', 'lots', 'x'],
        '--batch-size must be a whole number from 1 to 100000, found "lots"',
      ],
      [['--index', 'a b', 'x'], '--index must be letters, digits, - and _, found "a b"'],
      [
        ['--dry-run', join(dir, 'missing')],
        `Cannot read ${join(dir, 'missing')}: no such file or directory`,
      ],
    ]
    for (const [argv, message] of cases) {
      const out = collect()
      expect(await runCli(argv, out.io)).toBe(2)
      expect(out.stderr()).toContain(message)
    }
    const empty = await mkdtemp(join(tmpdir(), 'projektbank-empty-'))
    const out = collect()
    expect(await runCli(['--dry-run', empty], out.io)).toBe(2)
    expect(out.stderr()).toContain(`No .txt sheets found in ${empty}`)
    await rm(empty, { recursive: true })
  })

  describe('indexing', () => {
    let test: TestMeilisearch
    beforeAll(async () => {
      test = await startTestMeilisearch()
    })
    afterAll(async () => {
      await test?.dispose()
    })

    it('indexes a sheet with an error diagnostic when it gives a project, and reports it', async () => {
      const report = await indexSheets({
        meili: test.meili,
        inputs: [sheets],
      })
      expect(report.ok).toBe(false)
      expect(report.documents).toEqual({ sent: 2, deleted: 0, total: 2 })
      expect(report.failures.map((f) => f.code)).toEqual([
        'bad-date',
        'empty-input',
        'unknown-layout',
      ])
      const document = await meiliRequest<{ id: string; startDate: string | null; region: string }>(
        test.meili,
        'GET',
        `/indexes/projects/documents/${SEED_004_BAD_DATE_ID}`,
        { query: { fields: 'id,startDate,region' } },
      )
      expect(document).toEqual({
        id: SEED_004_BAD_DATE_ID,
        startDate: null,
        region: 'Mellersta Norrland',
      })
    })
  })
})

function collect() {
  let stdout = ''
  let stderr = ''
  return {
    io: {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: {},
    },
    stdout: () => stdout,
    stderr: () => stderr,
  }
}
