/**
 * One headword of a MyThes thesaurus with its meanings, each a list of other words.
 *
 * @example
 * const entry: MythesEntry = { word: 'bil', meanings: [{ partOfSpeech: '', words: ['vagn'] }] }
 */
export interface MythesEntry {
  readonly word: string
  readonly meanings: readonly MythesMeaning[]
}

/** One meaning line: an optional part of speech (often empty) and the words it lists. */
export interface MythesMeaning {
  readonly partOfSpeech: string
  readonly words: readonly string[]
}

/**
 * Reads the text of a MyThes `.dat` file (already decoded): the first line names the encoding,
 * then each headword is a line `word|n` followed by `n` meaning lines `pos|word|word|…`.
 * Throws with the line number when the file does not follow that shape, since a silently
 * half-read thesaurus would derive a different table.
 *
 * @example
 * parseMythes('UTF-8\nbil|1\n|vagn|kärra\n').map((e) => e.meanings[0]?.words)
 * // [['vagn', 'kärra']]
 */
export function parseMythes(text: string): MythesEntry[] {
  const lines = text.split(/\r?\n/u)
  const entries: MythesEntry[] = []
  // Line 1 is the encoding; the caller decoded the bytes with it.
  let index = 1
  while (index < lines.length) {
    const header = lines[index] ?? ''
    const lineNumber = index + 1
    index++
    if (header.trim() === '') continue
    const match = /^([^|]+)\|(\d+)$/u.exec(header)
    if (match === null) {
      throw new Error(
        `parseMythes: line ${lineNumber}: expected "word|count", found ${JSON.stringify(header.slice(0, 60))}`,
      )
    }
    const word = (match[1] ?? '').trim()
    const count = Number(match[2])
    const meanings: MythesMeaning[] = []
    for (let m = 0; m < count; m++) {
      const line = lines[index]
      if (line === undefined || !line.includes('|')) {
        throw new Error(
          `parseMythes: line ${index + 1}: expected meaning ${m + 1} of ${count} of "${word}" ("pos|word|…"), found ${JSON.stringify((line ?? 'the end of the file').slice(0, 60))}`,
        )
      }
      index++
      const [partOfSpeech = '', ...words] = line.split('|')
      meanings.push({
        partOfSpeech: partOfSpeech.trim(),
        words: words.map((w) => w.trim()).filter((w) => w !== ''),
      })
    }
    entries.push({ word, meanings })
  }
  return entries
}

/**
 * Decodes a MyThes `.dat` file with the encoding its first line names (`ISO-8859-1` for the
 * Swedish thesaurus).
 *
 * @example
 * decodeMythes(new TextEncoder().encode('UTF-8\nbil|1\n|vagn\n')).startsWith('UTF-8') // true
 */
export function decodeMythes(bytes: Uint8Array): string {
  const firstLineEnd = bytes.indexOf(0x0a)
  const label = new TextDecoder('ascii')
    .decode(bytes.subarray(0, firstLineEnd < 0 ? bytes.length : firstLineEnd))
    .trim()
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label)
  } catch {
    throw new Error(
      `decodeMythes: the first line should name the file's encoding (such as ISO-8859-1), found ${JSON.stringify(label.slice(0, 40))}`,
    )
  }
  return decoder.decode(bytes)
}
