import {
  alignTo4,
  LEXICON_HEADER_FIELDS,
  LEXICON_MAGIC,
  LEXICON_VERSION,
} from '../../src/lexicon/format.js'
import { buildAutomaton } from './build-automaton.js'
import type { LexiconRow } from './collect-entries.js'

/**
 * Encodes lexicon rows (sorted by form, unique) into the binary layout documented in
 * `src/lexicon/format.ts`.
 *
 * @example
 * const bytes = encodeLexicon([{ form: 'frågor', lemma: 'fråga', compoundLemma: 'fråga', usage: 9, weight: 0 }], {})
 * bytes.byteLength > 48 // true
 */
export function encodeLexicon(
  rows: readonly LexiconRow[],
  metadata: Readonly<Record<string, unknown>>,
): Uint8Array {
  const characters = new Set<string>()
  for (const row of rows) for (const char of row.form) characters.add(char)
  const alphabet = [...characters].sort()
  for (const char of alphabet) {
    if (char.length !== 1) {
      throw new Error(`encodeLexicon: "${char}" is outside the BMP; expected UTF-16 single units`)
    }
  }
  if (alphabet.length > 255) {
    throw new Error(`encodeLexicon: ${alphabet.length} distinct characters; at most 255 fit`)
  }
  const codeOf = new Map(alphabet.map((char, index) => [char, index + 1]))
  const automaton = buildAutomaton(
    rows.map((row) => Uint8Array.from(row.form, (char) => codeOf.get(char) ?? 0)),
  )

  const transformIds = new Map<string, number>()
  const transformOf = (form: string, lemma: string): number => {
    let common = 0
    while (common < form.length && common < lemma.length && form[common] === lemma[common]) common++
    const key = `${form.length - common}\t${lemma.slice(common)}`
    let id = transformIds.get(key)
    if (id === undefined) {
      id = transformIds.size
      transformIds.set(key, id)
    }
    return id
  }
  const lemmaIds = rows.map((row) => transformOf(row.form, row.lemma))
  const compoundRanks: number[] = []
  const compoundIds: number[] = []
  for (const [rank, row] of rows.entries()) {
    if (row.compoundLemma === row.lemma) continue
    compoundRanks.push(rank)
    compoundIds.push(transformOf(row.form, row.compoundLemma))
  }
  const transformWidth = transformIds.size <= 256 ? 1 : 2
  if (transformIds.size > 65536) {
    throw new Error(`encodeLexicon: ${transformIds.size} lemma transforms; at most 65536 fit`)
  }

  const encoder = new TextEncoder()
  const transformBytes = encoder.encode([...transformIds.keys()].map((k) => `${k}\n`).join(''))
  const metadataBytes = encoder.encode(JSON.stringify(metadata))
  const wordCount = rows.length

  const sections: { bytes: number; write: (view: DataView, at: number) => void }[] = [
    {
      bytes: alphabet.length * 2,
      write: (v, at) =>
        writeEach(alphabet, (c, i) => v.setUint16(at + i * 2, c.charCodeAt(0), true)),
    },
    { bytes: transformBytes.length, write: (v, at) => copy(v, at, transformBytes) },
    { bytes: metadataBytes.length, write: (v, at) => copy(v, at, metadataBytes) },
    {
      bytes: automaton.edgeStart.length * 4,
      write: (v, at) => writeEach(automaton.edgeStart, (x, i) => v.setUint32(at + i * 4, x, true)),
    },
    {
      bytes: Math.ceil(automaton.stateCount / 8),
      write: (v, at) =>
        writeEach(automaton.final, (x, i) => {
          if (x) v.setUint8(at + (i >> 3), v.getUint8(at + (i >> 3)) | (1 << (i & 7)))
        }),
    },
    {
      bytes: automaton.edgeCount * 4,
      write: (v, at) => writeEach(automaton.edgeTarget, (x, i) => v.setUint32(at + i * 4, x, true)),
    },
    { bytes: automaton.edgeCount, write: (v, at) => copy(v, at, automaton.edgeLabel) },
    {
      bytes: wordCount * transformWidth,
      write: (v, at) => writeIds(v, at, lemmaIds, transformWidth),
    },
    {
      // Usage bits in the low nibble, the lemma's weight (0–15) in the high one.
      bytes: wordCount,
      write: (v, at) =>
        writeEach(rows, (row, i) =>
          v.setUint8(at + i, (row.usage & 15) | (Math.min(15, row.weight) << 4)),
        ),
    },
    {
      bytes: compoundRanks.length * 4,
      write: (v, at) => writeEach(compoundRanks, (x, i) => v.setUint32(at + i * 4, x, true)),
    },
    {
      bytes: compoundIds.length * transformWidth,
      write: (v, at) => writeIds(v, at, compoundIds, transformWidth),
    },
  ]

  let size = LEXICON_HEADER_FIELDS * 4
  const offsets: number[] = []
  for (const section of sections) {
    size = alignTo4(size)
    offsets.push(size)
    size += section.bytes
  }
  const buffer = new ArrayBuffer(alignTo4(size))
  const view = new DataView(buffer)
  const header = [
    LEXICON_MAGIC,
    LEXICON_VERSION,
    wordCount,
    automaton.stateCount,
    automaton.edgeCount,
    automaton.root,
    alphabet.length,
    transformIds.size,
    compoundRanks.length,
    transformWidth,
    transformBytes.length,
    metadataBytes.length,
  ]
  for (const [index, value] of header.entries()) view.setUint32(index * 4, value, true)
  for (const [index, section] of sections.entries()) section.write(view, offsets[index] ?? 0)
  return new Uint8Array(buffer)
}

function writeEach<T>(items: ArrayLike<T>, write: (item: T, index: number) => void): void {
  for (let i = 0; i < items.length; i++) write(items[i] as T, i)
}

function copy(view: DataView, at: number, bytes: Uint8Array): void {
  new Uint8Array(view.buffer, at, bytes.length).set(bytes)
}

function writeIds(view: DataView, at: number, ids: readonly number[], width: number): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number
    if (width === 1) view.setUint8(at + i, id)
    else view.setUint16(at + i * 2, id, true)
  }
}
