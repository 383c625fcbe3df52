/**
 * One `.dic` line: a stem and its flags.
 *
 * @example
 * const entry: DictionaryEntry = { stem: 'fråga', flags: 'ADEGmNPTY' }
 */
export interface DictionaryEntry {
  readonly stem: string
  readonly flags: string
}

/**
 * Parses a Hunspell `.dic` file. The first line (the entry count) is skipped; multi-word
 * entries ("ad hoc") are dropped because a search tokeniser never produces them as one token.
 *
 * @example
 * parseDictionaryFile('2\nfråga/ADEG\nad hoc\n') // [{ stem: 'fråga', flags: 'ADEG' }]
 */
export function parseDictionaryFile(text: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = []
  const lines = text.split(/\r?\n/u)
  for (let index = 1; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim()
    if (line === '' || /\s/u.test(line)) continue
    const slash = findFlagSeparator(line)
    if (slash === -1) entries.push({ stem: unescapeSlashes(line), flags: '' })
    else entries.push({ stem: unescapeSlashes(line.slice(0, slash)), flags: line.slice(slash + 1) })
  }
  return entries
}

/** A slash escaped as `\/` belongs to the word; the first unescaped one starts the flags. */
function findFlagSeparator(line: string): number {
  for (let i = 1; i < line.length; i++) {
    if (line[i] === '/' && line[i - 1] !== '\\') return i
  }
  return -1
}

function unescapeSlashes(stem: string): string {
  return stem.replace(/\\\//gu, '/')
}
