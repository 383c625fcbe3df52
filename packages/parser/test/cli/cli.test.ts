import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { blankProject } from '@projektbank/corpus'
import type { Diagnostic, Project } from '@projektbank/model'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { renderSheet } from '../../src/render/index.js'
import { runCli, spawnCli } from './_run-cli.js'

interface Line {
  file: string
  project: Project | null
  diagnostics: Diagnostic[]
  error?: string
}

const parseLines = (stdout: string): Line[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line)
    .sort((a, b) => a.file.localeCompare(b.file))

const sheet = (title: string): string =>
  renderSheet({
    ...blankProject('C'),
    title,
    projectNumber: '2018/00566',
    owner: 'Länsstyrelsen i Västmanland',
    region: 'Stockholm',
    plannedParticipants: 200,
    period: { start: '2019-01-15', end: '2021-11-30' },
    totalBudget: 36691291,
    esfGrant: 17244907,
    contact: { name: 'Ulrica Lindelöf', email: 'ulrica.lindelof@example.se', phone: null },
    specificObjective: '2.3',
    sections: { ...blankProject('C').sections, summary: 'Projektet når kvinnor.' },
  })

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'projektbank-cli-'))
  await mkdir(join(dir, 'clean/nested/deeper'), { recursive: true })
  await writeFile(join(dir, 'clean/one.txt'), sheet('Ett'))
  await writeFile(join(dir, 'clean/nested/two.txt'), sheet('Två'))
  await writeFile(join(dir, 'clean/nested/deeper/three.TXT'), sheet('Tre'))
  await writeFile(join(dir, 'clean/nested/notes.md'), 'not a sheet, and not a .txt file')
  await writeFile(join(dir, 'explicit.sheet'), sheet('Fyra'))
  await writeFile(join(dir, 'broken.txt'), 'Hej!\nDetta är ingen sida.')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

// Each test starts Node with the tsx loader, which takes seconds on a busy machine.
describe.concurrent('projektbank-parse', { timeout: 60_000 }, () => {
  test('walks directories for .txt files, reads explicit files whatever their name, exits 0', async () => {
    const run = await runCli([join(dir, 'clean'), join(dir, 'explicit.sheet')])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const lines = parseLines(run.stdout)
    expect(lines.map((line) => [line.file.slice(dir.length + 1), line.project?.title])).toEqual([
      ['clean/nested/deeper/three.TXT', 'Tre'],
      ['clean/nested/two.txt', 'Två'],
      ['clean/one.txt', 'Ett'],
      ['explicit.sheet', 'Fyra'],
    ])
    expect(lines.map((line) => Object.keys(line))).toEqual(
      Array(4).fill(['file', 'project', 'diagnostics']),
    )
    expect(lines[0]?.project?.esfGrant).toBe(17244907)
  })

  test('exits 1 when a file has an error-severity diagnostic, and still prints every file', async () => {
    const run = await runCli([join(dir, 'broken.txt'), join(dir, 'clean/one.txt')])
    expect(run.code).toBe(1)
    const [broken, clean] = parseLines(run.stdout)
    expect(broken?.project).toBeNull()
    expect(broken?.diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ['unknown-layout', 'error', 1, 1],
    ])
    expect(clean?.project?.title).toBe('Ett')
  })

  test('prints the number, the title and all the prose of a current-site page, exit 0', async () => {
    const page = readFileSync(join(import.meta.dirname, '../fixtures/layout-e.txt'), 'utf8')
    const run = await runCli(['-'], page)
    expect(run.code).toBe(0)
    const [line] = parseLines(run.stdout)
    expect(line?.project?.layout).toBe('E')
    expect(line?.project?.projectNumber).toBe('25-041-S03')
    expect(line?.project?.title).toBe('Vägar till vård i Västernorrland')
    const sections = Object.values(line?.project?.sections ?? {}).filter((t) => t !== null)
    for (const prose of page.split('\n').slice(1)) {
      if (!['Bakgrund', 'Syfte'].includes(prose)) expect(sections.join('\n')).toContain(prose)
    }
    expect(line?.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
  })

  test('reads one sheet from standard input for -', async () => {
    const run = await runCli(['-'], sheet('Från stdin'))
    expect(run.code).toBe(0)
    expect(parseLines(run.stdout).map((line) => [line.file, line.project?.title])).toEqual([
      ['-', 'Från stdin'],
    ])
  })

  test('--pretty prints a summary and diagnostics as file:line:column severity code message', async () => {
    const file = join(dir, 'broken.txt')
    const run = await runCli(['--pretty', file, join(dir, 'clean/one.txt')])
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines.slice(0, 3)).toEqual([
      file,
      '  no project',
      expect.stringMatching(new RegExp(`^  ${file}:1:1 error unknown-layout No known layout`)),
    ])
    expect(lines).toContain('  Ett [layout C]')
    expect(lines).toContain('  ESF grant: 17 244 907 kr')
    expect(lines.at(-2)).toBe('2 files, 1 with errors (1 error, 0 warnings)')
  })

  test('--help prints the usage and exits 0', async () => {
    const run = await runCli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage: projektbank-parse \[options\] <file\|dir\|->\.\.\./)
    expect(run.stderr).toBe('')
  })

  test.each([
    [['--bogus', 'x.txt'], "Unknown option '--bogus'"],
    [[], 'no input: give at least one file or directory, or - for standard input'],
    [['does-not-exist.txt'], 'no such file or directory: does-not-exist.txt'],
    [
      ['--concurrency', '0', 'x'],
      '--concurrency: expected a whole number from 1 to 1024, found "0"',
    ],
    [['-', '-'], '- (standard input) can be given only once'],
  ])('usage error %j exits 2 and names the problem', async (args, problem) => {
    const run = await runCli(args)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n')[0]).toContain(`projektbank-parse: ${problem}`)
    expect(run.stderr).toContain('Usage: projektbank-parse')
  })

  test('stops quietly when the reader closes the pipe early', async () => {
    const many = join(dir, 'many')
    await mkdir(many)
    await Promise.all(
      Array.from({ length: 400 }, (_, i) => writeFile(join(many, `${i}.txt`), sheet(`Nr ${i}`))),
    )
    const child = spawnCli([many])
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    const firstLine = await new Promise<string>((resolve) => {
      let buffered = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        buffered += chunk
        const end = buffered.indexOf('\n')
        if (end >= 0) {
          child.stdout.destroy()
          resolve(buffered.slice(0, end))
        }
      })
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(JSON.parse(firstLine).project.title).toMatch(/^Nr \d+$/)
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})
