/**
 * Damage to a sheet's bytes, the way files get damaged or edited: a byte flipped, a line
 * dropped, repeated, swapped with another or spliced in, the end cut off. Line edits work on
 * the Latin-1 view of the bytes, so every byte survives unchanged whatever the encoding.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'

export type ByteEdit =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'drop' | 'repeat'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'splice'; at: number; line: string }
  | { kind: 'cut'; at: number }

/**
 * One edit; spliced lines come from `lines`, given in the Latin-1 view (one character per byte;
 * see {@link latin1Of}).
 *
 * @example
 * fc.array(byteEdit(fc.constant(latin1Of('Region: Gotland'))), { maxLength: 6 })
 */
export function byteEdit(lines: fc.Arbitrary<string>): fc.Arbitrary<ByteEdit> {
  return fc.oneof(
    fc.record({
      kind: fc.constant('flip' as const),
      at: fc.nat(),
      xor: fc.integer({ min: 1, max: 255 }),
    }),
    fc.record({ kind: fc.constantFrom('drop' as const, 'repeat' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({
      kind: fc.constant('splice' as const),
      at: fc.nat(),
      line: lines,
    }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  )
}

/** A text's UTF-8 bytes in the Latin-1 view the line edits work on. */
export function latin1Of(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1')
}

/** The bytes after the edits, in order. */
export function applyByteEdits(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  let current = bytes
  for (const e of edits) {
    if (e.kind === 'flip' || e.kind === 'cut') {
      if (current.length === 0) continue
      const at = e.at % current.length
      if (e.kind === 'cut') {
        current = current.subarray(0, at)
      } else {
        current = current.slice()
        current[at] = (current[at] ?? 0) ^ e.xor
      }
      continue
    }
    const lines = Buffer.from(current).toString('latin1').split('\n')
    const at = e.at % (lines.length + (e.kind === 'splice' ? 1 : 0))
    if (e.kind === 'drop') lines.splice(at, 1)
    if (e.kind === 'repeat') lines.splice(at, 0, lines[at] ?? '')
    if (e.kind === 'splice') lines.splice(at, 0, e.line)
    if (e.kind === 'swap') {
      const other = e.with % lines.length
      ;[lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? '']
    }
    current = new Uint8Array(Buffer.from(lines.join('\n'), 'latin1'))
  }
  return current
}

/** The `.txt` sheets of a folder, sorted by name; none when the folder is missing. */
export function sheetsIn(dir: string): { name: string; bytes: Uint8Array }[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))
}
