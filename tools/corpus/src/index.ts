export { blankProject } from './blank-project.js'
export {
  type CorpusManifest,
  type CorpusOptions,
  DEFAULT_CORPUS_LAYOUTS,
  ensureCorpus,
  type GeneratedSheet,
  generateCorpus,
  generateSheets,
  type SheetRenderer,
  type SheetRenderOptions,
} from './generate-corpus.js'
export { sharedCorpusDir } from './shared-corpus.js'
export { asciiFold, VOCABULARY } from './vocabulary.js'
