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
  expect(surface).toEqual(['defaultLexiconPath', 'loadSwedishAnalyzer', 'loadSwedishLexicon'])
})
