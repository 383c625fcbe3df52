import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listInputs } from '../src/_list-inputs.js'

// The walker follows symbolic links; these folders hold links that would make it recurse
// forever (a link to an ancestor, a link to itself) or list a sheet twice.
describe('listInputs with symbolic links', () => {
  let root = ''

  beforeEach(async () => {
    // realpath: a temporary folder reached through a link would make every name absolute.
    root = await realpath(await mkdtemp(join(tmpdir(), 'projektbank-list-inputs-')))
    await mkdir(join(root, 'sheets/nested'), { recursive: true })
    await writeFile(join(root, 'sheets/one.txt'), 'Projektnamn: Ett\n')
    await writeFile(join(root, 'sheets/nested/two.txt'), 'Projektnamn: Två\n')
    await symlink(root, join(root, 'sheets/nested/up-to-root'), 'dir')
    await symlink('.', join(root, 'sheets/nested/itself'), 'dir')
    await symlink(join(root, 'sheets'), join(root, 'zz-sheets-again'), 'dir')
  })

  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('ends on a link cycle and lists each sheet once', async () => {
    const sheets = await listInputs(['.'], { cwd: root })
    expect(sheets.map((sheet) => sheet.name)).toEqual(['sheets/nested/two.txt', 'sheets/one.txt'])
    expect(new TextDecoder().decode(await sheets[1]?.read())).toBe('Projektnamn: Ett\n')
  })

  it('lists a sheet once when the folder link is walked first', async () => {
    const sheets = await listInputs(['zz-sheets-again', 'sheets'], { cwd: root })
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'zz-sheets-again/nested/two.txt',
      'zz-sheets-again/one.txt',
    ])
  })

  it('lists a linked sheet and a sheet named twice once', async () => {
    await symlink(join(root, 'sheets/one.txt'), join(root, 'sheets/zz-one-again.txt'), 'file')
    const sheets = await listInputs(['sheets', 'sheets/one.txt', 'sheets/zz-one-again.txt'], {
      cwd: root,
    })
    expect(sheets.map((sheet) => sheet.name)).toEqual(['sheets/nested/two.txt', 'sheets/one.txt'])
  })
})
