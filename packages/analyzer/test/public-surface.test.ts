import { expect, test } from 'vitest'

test('the core entry exports exactly its documented surface', async () => {
  const surface = Object.keys(await import('../src/index.js')).sort()
  expect(surface).toEqual([
    'DEFAULT_SPLIT_OPTIONS',
    'FORM_BEGINS_COMPOUND',
    'FORM_ENDS_COMPOUND',
    'FORM_IN_COMPOUND_MIDDLE',
    'FORM_IS_WORD',
    'LEXICON_VERSION',
    'QUERY_EXPANSIONS',
    'SWEDISH_STOPWORDS',
    'THESAURUS_EXPANSIONS',
    'THESAURUS_NOTICE',
    'createAnalyzer',
    'createDiacriticRestorer',
    'createQueryExpander',
    'decodeLexicon',
    'escapeHtml',
    'foldDiacritics',
    'hasDiacritics',
    'highlightSnippet',
    'isStopword',
    'normalizeWord',
    'prepareSnippetQuery',
    'snowballStem',
    'splitCompound',
    'toTermsQuery',
    'tokenize',
  ])
})

test('the node entry exports exactly its documented surface', async () => {
  const surface = Object.keys(await import('../src/node.js')).sort()
  expect(surface).toEqual([
    'ANALYSIS_REVISION',
    'analysisDigest',
    'defaultLexiconPath',
    'loadSwedishAnalyzer',
    'loadSwedishLexicon',
  ])
})

test('the analysis digest is stable for a lexicon and changes with it', async () => {
  const { analysisDigest, defaultLexiconPath } = await import('../src/node.js')
  const digest = analysisDigest()
  expect(digest).toMatch(/^[0-9a-f]{64}$/)
  expect(analysisDigest(defaultLexiconPath())).toBe(digest)
  const { mkdtemp, readFile, writeFile, rm } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const dir = await mkdtemp(join(tmpdir(), 'analysis-digest-'))
  try {
    const other = join(dir, 'sv.lexicon')
    const bytes = await readFile(defaultLexiconPath())
    await writeFile(other, Buffer.concat([bytes, Buffer.from([0])]))
    expect(analysisDigest(other)).not.toBe(digest)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
