import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { codeFilesDigest, documentCodeDigest } from '../src/_code-digest.js'
import { storedContentHash } from '../src/_scan-sheets.js'

describe('codeFilesDigest', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'projektbank-code-digest-'))
    await writeFile(join(dir, 'index.js'), 'export const parse = () => 1\n')
    await writeFile(join(dir, 'index.cjs'), 'exports.parse = () => 1\n')
    await writeFile(join(dir, 'index.js.map'), '{"version":3}\n')
    await writeFile(join(dir, 'index.d.ts'), 'export declare const parse: () => number\n')
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('changes when a code file changes', async () => {
    const before = codeFilesDigest([dir])
    expect(before).toMatch(/^[0-9a-f]{64}$/)
    await writeFile(join(dir, 'index.cjs'), 'exports.parse = () => 2\n')
    expect(codeFilesDigest([dir])).not.toBe(before)
  })

  it('ignores source maps and type declarations', async () => {
    const before = codeFilesDigest([dir])
    await writeFile(join(dir, 'index.js.map'), '{"version":3,"mappings":"AAAA"}\n')
    await writeFile(join(dir, 'index.d.ts'), 'export declare const parse: () => 1\n')
    expect(codeFilesDigest([dir])).toBe(before)
  })

  it('changes when a code file is renamed', async () => {
    const before = codeFilesDigest([dir])
    await rm(join(dir, 'index.cjs'))
    await writeFile(join(dir, 'main.cjs'), 'exports.parse = () => 1\n')
    expect(codeFilesDigest([dir])).not.toBe(before)
  })
})

describe('documentCodeDigest', () => {
  it('is one digest per process, of the parser and model this process loads', () => {
    expect(documentCodeDigest()).toMatch(/^[0-9a-f]{64}$/)
    expect(documentCodeDigest()).toBe(documentCodeDigest())
  })

  it('makes the stored hash differ from one under other code', () => {
    const sha256 = 'a'.repeat(64)
    const now = storedContentHash(sha256, { codeDigest: documentCodeDigest() })
    expect(now).not.toBe(sha256)
    expect(storedContentHash(sha256, { codeDigest: 'b'.repeat(64) })).not.toBe(now)
    expect(storedContentHash(sha256, { codeDigest: documentCodeDigest() })).toBe(now)
  })
})
