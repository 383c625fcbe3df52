import { alignTo4, LEXICON_HEADER_FIELDS, LEXICON_MAGIC, LEXICON_VERSION } from './format.js'
import type { Lexicon, LexiconEntry } from './lexicon.js'

/** Letters a text typed without diacritics may stand for (the letter itself first). */
const DIACRITIC_VARIANTS: Readonly<Record<string, string>> = { a: 'aåä', o: 'oö', e: 'eé' }

/**
 * Opens a lexicon file's bytes as a {@link Lexicon}. The automaton and value tables are viewed
 * in place (no copy, no per-word objects), so opening costs one pass over the edges to
 * number words and uses little more memory than the file itself. Works in browsers: fetch
 * the file and pass its bytes.
 *
 * @example
 * const bytes = new Uint8Array(await (await fetch('/sv.lexicon')).arrayBuffer())
 * decodeLexicon(bytes).lookup('kommunerna')?.lemma // 'kommun'
 */
export function decodeLexicon(bytes: Uint8Array): Lexicon {
  // Typed-array views need aligned offsets; a Node Buffer from the pool may not be aligned.
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const headerBytes = LEXICON_HEADER_FIELDS * 4
  if (data.byteLength < headerBytes || view.getUint32(0, true) !== LEXICON_MAGIC) {
    throw new Error(
      `decodeLexicon: not a lexicon file (expected magic "PBLX", got ${data.byteLength} bytes starting ${Array.from(data.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ')})`,
    )
  }
  const field = (index: number): number => view.getUint32(index * 4, true)
  const version = field(1)
  if (version !== LEXICON_VERSION) {
    throw new Error(`decodeLexicon: lexicon format version ${version}; expected ${LEXICON_VERSION}`)
  }
  const wordCount = field(2)
  const stateCount = field(3)
  const edgeCount = field(4)
  const root = field(5)
  const alphabetLength = field(6)
  const transformCount = field(7)
  const compoundCount = field(8)
  const transformWidth = field(9)
  const transformsByteLength = field(10)
  const metadataByteLength = field(11)

  let offset = headerBytes
  const take = (byteLength: number): number => {
    offset = alignTo4(offset)
    const start = offset
    offset += byteLength
    if (offset > data.byteLength) {
      throw new Error(
        `decodeLexicon: file truncated (needs ${offset} bytes, has ${data.byteLength})`,
      )
    }
    return data.byteOffset + start
  }
  const buffer = data.buffer
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
  const u32 = (byteOffset: number, length: number): Uint32Array => {
    if (littleEndian) return new Uint32Array(buffer, byteOffset, length)
    const copy = new Uint32Array(length)
    const v = new DataView(buffer, byteOffset, length * 4)
    for (let i = 0; i < length; i++) copy[i] = v.getUint32(i * 4, true)
    return copy
  }
  const ids = (byteOffset: number, length: number): Uint8Array | Uint16Array => {
    if (transformWidth === 1) return new Uint8Array(buffer, byteOffset, length)
    if (littleEndian) return new Uint16Array(buffer, byteOffset, length)
    const copy = new Uint16Array(length)
    const v = new DataView(buffer, byteOffset, length * 2)
    for (let i = 0; i < length; i++) copy[i] = v.getUint16(i * 2, true)
    return copy
  }

  const alphabetAt = take(alphabetLength * 2)
  const codeOf = new Uint8Array(65536)
  // letterOf[code]: the letter a label code stands for ("" for code 0, which no edge uses).
  const letterOf: string[] = ['']
  for (let i = 0; i < alphabetLength; i++) {
    const unit = new DataView(buffer, alphabetAt + i * 2, 2).getUint16(0, true)
    codeOf[unit] = i + 1
    letterOf.push(String.fromCharCode(unit))
  }
  const decoder = new TextDecoder()
  const transformText = decoder.decode(
    new Uint8Array(buffer, take(transformsByteLength), transformsByteLength),
  )
  const metadataText = decoder.decode(
    new Uint8Array(buffer, take(metadataByteLength), metadataByteLength),
  )
  const edgeStart = u32(take((stateCount + 1) * 4), stateCount + 1)
  const finalBits = new Uint8Array(
    buffer,
    take(Math.ceil(stateCount / 8)),
    Math.ceil(stateCount / 8),
  )
  const edgeTarget = u32(take(edgeCount * 4), edgeCount)
  const edgeLabel = new Uint8Array(buffer, take(edgeCount), edgeCount)
  const lemmaIds = ids(take(wordCount * transformWidth), wordCount)
  const usageAndWeight = new Uint8Array(buffer, take(wordCount), wordCount)
  const compoundRanks = u32(take(compoundCount * 4), compoundCount)
  const compoundIds = ids(take(compoundCount * transformWidth), compoundCount)

  const stripLengths = new Uint8Array(transformCount)
  const additions: string[] = []
  const transformLines = transformText.split('\n')
  for (let i = 0; i < transformCount; i++) {
    const [strip = '0', add = ''] = (transformLines[i] ?? '').split('\t')
    stripLengths[i] = Number(strip)
    additions.push(add)
  }

  // Word numbering: states are in post-order, so one forward pass counts the words below
  // each state, and each edge gets the number of words that sort before it within its state.
  const isFinal = (state: number): number => ((finalBits[state >> 3] as number) >> (state & 7)) & 1
  const wordsBelow = new Uint32Array(stateCount)
  const edgeRank = new Uint32Array(edgeCount)
  for (let state = 0; state < stateCount; state++) {
    let count = isFinal(state)
    const last = edgeStart[state + 1] as number
    for (let edge = edgeStart[state] as number; edge < last; edge++) {
      edgeRank[edge] = count
      count += wordsBelow[edgeTarget[edge] as number] as number
    }
    wordsBelow[state] = count
  }
  if (wordsBelow[root] !== wordCount) {
    throw new Error(
      `decodeLexicon: automaton holds ${wordsBelow[root]} words; header says ${wordCount}`,
    )
  }

  const step = (state: number, code: number): number => {
    if (code === 0) return -1
    const last = edgeStart[state + 1] as number
    for (let edge = edgeStart[state] as number; edge < last; edge++) {
      const label = edgeLabel[edge] as number
      if (label === code) return edge
      if (label > code) return -1
    }
    return -1
  }

  const applyTransform = (id: number, form: string): string => {
    const strip = stripLengths[id] as number
    const add = additions[id] as string
    return strip === 0 && add === '' ? form : form.slice(0, form.length - strip) + add
  }
  const compoundTransform = (rank: number): number => {
    let low = 0
    let high = compoundCount - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const at = compoundRanks[mid] as number
      if (at === rank) return compoundIds[mid] as number
      if (at < rank) low = mid + 1
      else high = mid - 1
    }
    return -1
  }

  const metadata: Record<string, unknown> = JSON.parse(metadataText === '' ? '{}' : metadataText)
  const lexicon: Lexicon = {
    size: wordCount,
    metadata: Object.freeze(metadata),
    rankOf(form) {
      let state = root
      let rank = 0
      for (let i = 0; i < form.length; i++) {
        const edge = step(state, codeOf[form.charCodeAt(i)] as number)
        if (edge < 0) return -1
        rank += edgeRank[edge] as number
        state = edgeTarget[edge] as number
      }
      return isFinal(state) ? rank : -1
    },
    forEachFormAt(text, start, end, visit) {
      let state = root
      let rank = 0
      for (let i = start; i < end; i++) {
        const edge = step(state, codeOf[text.charCodeAt(i)] as number)
        if (edge < 0) return
        rank += edgeRank[edge] as number
        state = edgeTarget[edge] as number
        if (isFinal(state)) visit(i + 1, rank)
      }
    },
    forEachFoldedFormAt(text, start, end, visit) {
      // Depth first, so that shorter forms are visited before longer ones on each path.
      const walk = (state: number, rank: number, at: number, form: string): void => {
        if (at >= end) return
        const typed = text[at] as string
        for (const letter of DIACRITIC_VARIANTS[typed] ?? typed) {
          const edge = step(state, codeOf[letter.charCodeAt(0)] as number)
          if (edge < 0) continue
          const next = edgeTarget[edge] as number
          const nextRank = rank + (edgeRank[edge] as number)
          if (isFinal(next)) visit(at + 1, nextRank, form + letter)
          walk(next, nextRank, at + 1, form + letter)
        }
      }
      walk(root, 0, start, '')
    },
    someFormWithPrefix(prefix, test) {
      let state = root
      let rank = 0
      for (let i = 0; i < prefix.length; i++) {
        const edge = step(state, codeOf[prefix.charCodeAt(i)] as number)
        if (edge < 0) return false
        rank += edgeRank[edge] as number
        state = edgeTarget[edge] as number
      }
      // Depth first in label order, so that forms come in code-unit order (their rank order).
      const walk = (at: number, atRank: number, rest: string): boolean => {
        if (isFinal(at) && test(rest, atRank)) return true
        const last = edgeStart[at + 1] as number
        for (let edge = edgeStart[at] as number; edge < last; edge++) {
          const letter = letterOf[edgeLabel[edge] as number] as string
          if (walk(edgeTarget[edge] as number, atRank + (edgeRank[edge] as number), rest + letter))
            return true
        }
        return false
      }
      return walk(state, rank, '')
    },
    usageAt: (rank) => (usageAndWeight[rank] as number) & 15,
    weightAt: (rank) => (usageAndWeight[rank] as number) >> 4,
    lemmaAt: (rank, form) => applyTransform(lemmaIds[rank] as number, form),
    compoundLemmaAt(rank, form) {
      const id = compoundTransform(rank)
      return applyTransform(id < 0 ? (lemmaIds[rank] as number) : id, form)
    },
    lookup(form): LexiconEntry | undefined {
      const rank = lexicon.rankOf(form)
      if (rank < 0) return undefined
      return {
        lemma: lexicon.lemmaAt(rank, form),
        compoundLemma: lexicon.compoundLemmaAt(rank, form),
        usage: (usageAndWeight[rank] as number) & 15,
        weight: (usageAndWeight[rank] as number) >> 4,
      }
    },
  }
  return lexicon
}
