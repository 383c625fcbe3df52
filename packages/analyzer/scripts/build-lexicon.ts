/**
 * Builds `dist/lexicon/sv.lexicon` from the Hunspell dictionary in `dictionary-sv` (or the
 * `.aff`/`.dic` pair in `--dictionary <dir>`), and copies the dictionary's licence beside it:
 * the table is derived from an LGPL-3.0 work, so it ships as a separate, replaceable file.
 *
 * Usage: tsx scripts/build-lexicon.ts [--dictionary <dir>] [--out <dir>] [--if-missing]
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { ExpandedForm } from './hunspell/expand-forms.js'
import { expandForms } from './hunspell/expand-forms.js'
import { parseAffixFile } from './hunspell/parse-affix-file.js'
import { parseDictionaryFile } from './hunspell/parse-dictionary-file.js'
import { separateAgentNouns } from './lexicon/agent-nouns.js'
import { collectEntries, type LexiconRow } from './lexicon/collect-entries.js'
import { encodeLexicon } from './lexicon/encode-lexicon.js'
import { separateIskAdjectives } from './lexicon/isk-adjectives.js'
import { applyLemmaOverrides, parseLemmaOverrides } from './lexicon/lemma-overrides.js'

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    dictionary: { type: 'string' },
    out: { type: 'string', default: join(packageRoot, 'dist', 'lexicon') },
    'if-missing': { type: 'boolean', default: false },
  },
})
const outDir = resolve(values.out)
const lexiconFile = join(outDir, 'sv.lexicon')

if (values['if-missing'] && existsSync(lexiconFile)) process.exit(0)

const started = performance.now()
const progress = (message: string): void => {
  if (!process.stderr.isTTY) return
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  process.stderr.write(`build-lexicon: ${seconds.padStart(5)} s  ${message}\n`)
}

const dictionaryDir =
  values.dictionary === undefined
    ? dirname(createRequire(import.meta.url).resolve('dictionary-sv'))
    : resolve(values.dictionary)
const dictionaryPackage = readJson(join(dictionaryDir, 'package.json'))

progress(`reading ${dictionaryDir}`)
const aff = parseAffixFile(readFileSync(join(dictionaryDir, 'index.aff'), 'utf8'))
const dic = parseDictionaryFile(readFileSync(join(dictionaryDir, 'index.dic'), 'utf8'))

progress(`expanding ${dic.length} entries`)
const forms: ExpandedForm[] = []
expandForms(aff, dic, (form) => forms.push(form))

progress(`choosing lemmas for ${forms.length} generated forms`)
const overrides = parseLemmaOverrides(
  readFileSync(join(packageRoot, 'data', 'lemma-overrides.txt'), 'utf8'),
)
const rows: LexiconRow[] = applyLemmaOverrides(
  separateIskAdjectives(separateAgentNouns(collectEntries(forms))),
  overrides,
)

progress(`encoding ${rows.length} distinct forms`)
const bytes = encodeLexicon(rows, {
  source: `${String(dictionaryPackage.name ?? 'unknown')}@${String(dictionaryPackage.version ?? '?')}`,
  license: String(dictionaryPackage.license ?? 'see LICENSE'),
  forms: rows.length,
  builtBy: '@projektbank/analyzer scripts/build-lexicon.ts',
})

mkdirSync(outDir, { recursive: true })
writeAtomically(join(outDir, 'LICENSE'), readFileSync(join(dictionaryDir, 'license')))
writeAtomically(
  join(outDir, 'README.md'),
  [
    '# sv.lexicon',
    '',
    `Swedish word forms and their base forms, derived from ${String(dictionaryPackage.name)} ${String(dictionaryPackage.version)}`,
    '(Hunspell, © Göran Andersson) by expanding its affix rules. Like its source, this file is',
    'licensed under the GNU Lesser General Public License 3.0 (see LICENSE); the code that reads',
    'it is MIT. It is a separate, replaceable file: rebuild it from any Hunspell .aff/.dic pair with',
    '`tsx scripts/build-lexicon.ts --dictionary <dir>` in the @projektbank/analyzer sources.',
    '',
  ].join('\n'),
)
// Last, so that a lexicon file on disk always has its licence beside it.
writeAtomically(lexiconFile, bytes)

const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  JSON.stringify({
    event: 'lexicon-built',
    file: lexiconFile,
    forms: rows.length,
    bytes: bytes.byteLength,
    seconds: Number(seconds),
  }),
)

/** Readers (tests, a concurrent build) never see a half-written file: write, then rename. */
function writeAtomically(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, data)
  renameSync(temporary, path)
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8'))
}
