import { createHash } from 'node:crypto'
import { buildSearchDocument, type Diagnostic, type SearchDocument } from '@projektbank/model'
import { parseSheet } from '@projektbank/parser'
import type { SheetInput } from './_list-inputs.js'
import { type RedactionList, redactProject } from './redaction-list.js'
import type { IndexTimings } from './report.js'

/** What became of one input sheet. */
export type ScannedSheet =
  | { kind: 'unreadable'; name: string; error: string }
  /** Same bytes as the indexed document with this id: not parsed again. */
  | { kind: 'unchanged'; name: string; sha256: string; id: string }
  | {
      kind: 'parsed'
      name: string
      sha256: string
      diagnostics: Diagnostic[]
      /** The document and its NDJSON line, or null when the sheet gave no project. */
      document: { id: string; line: string } | null
    }

/** How to scan: the analyser, where to add timings, and which sheets are already indexed. */
export interface ScanOptions {
  analyze: (text: string) => string
  timings: IndexTimings
  /** Returns the id of an indexed document with this content hash, if any. */
  unchangedId?: ((sha256: string) => string | undefined) | undefined
  signal?: AbortSignal | undefined
  /** People whose data stays out of the index, see `redactProject`. */
  redaction?: RedactionList | undefined
  /** What the twins' analysis depends on (`analysisDigest`); absent when unknown. */
  analysisDigest?: string | undefined
  /** The code that reads a sheet into a document (`documentCodeDigest`); absent when unknown. */
  codeDigest?: string | undefined
}

async function readAndHash(
  input: SheetInput,
): Promise<{ bytes: Uint8Array; sha256: string } | { error: string }> {
  try {
    const bytes = await input.read()
    return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Reads, hashes, parses and serialises the sheets one at a time, in the order given. Parsing
 * stays on this thread: it is a small share of the total next to Meilisearch's own indexing,
 * and Meilisearch needs the other core.
 */
export async function* scanSheets(
  inputs: readonly SheetInput[],
  options: ScanOptions,
): AsyncGenerator<ScannedSheet> {
  const { timings } = options
  const analyze = (text: string) => {
    const start = performance.now()
    try {
      return options.analyze(text)
    } finally {
      timings.analyseMs += performance.now() - start
    }
  }
  for (const input of inputs) {
    options.signal?.throwIfAborted()
    const name = input.name
    const readStart = performance.now()
    const read = await readAndHash(input)
    timings.readMs += performance.now() - readStart
    if ('error' in read) {
      yield { kind: 'unreadable', name, error: read.error }
      continue
    }
    const contentHash = storedContentHash(read.sha256, options)
    const id = options.unchangedId?.(contentHash)
    if (id !== undefined) {
      yield { kind: 'unchanged', name, sha256: read.sha256, id }
      continue
    }
    const parseStart = performance.now()
    // The parser hashes its input for `project.source`; hand it the hash we already have.
    const { project, diagnostics } = parseSheet(read.bytes, {
      hash: (bytes) =>
        bytes === read.bytes ? read.sha256 : createHash('sha256').update(bytes).digest('hex'),
    })
    timings.parseMs += performance.now() - parseStart
    if (!project) {
      yield { kind: 'parsed', name, sha256: read.sha256, diagnostics, document: null }
      continue
    }
    const buildStart = performance.now()
    const analysedBefore = timings.analyseMs
    const document: SearchDocument = {
      ...buildSearchDocument(
        options.redaction ? redactProject(project, options.redaction) : project,
        { analyze },
      ),
      // Incremental runs compare this with the hash of the file's bytes; the parser may hash
      // the bytes after removing a BOM, so the indexer's own hash of the file is stored.
      contentHash,
    }
    const line = JSON.stringify(document)
    // Building the document and its JSON, less the analysis inside it (counted by `analyze`).
    timings.serialiseMs += performance.now() - buildStart - (timings.analyseMs - analysedBefore)
    yield {
      kind: 'parsed',
      name,
      sha256: read.sha256,
      diagnostics,
      document: { id: document.id, line },
    }
  }
}

/**
 * The hash a document is stored with, which an incremental run compares: the file's bytes,
 * and also the redaction list, the analysis and the code that read the sheet when they are
 * known. When the list changes, the analysis (a new lexicon: the twins would hold terms the
 * queries no longer produce) or that code (a parser fix), no document counts as unchanged,
 * and an incremental run rewrites them all.
 *
 * @example
 * storedContentHash(sha256, {}) === sha256 // true
 */
export function storedContentHash(
  sha256: string,
  options: Pick<ScanOptions, 'redaction' | 'analysisDigest' | 'codeDigest'>,
): string {
  const parts = [sha256]
  if (options.redaction) parts.push(options.redaction.digest)
  if (options.analysisDigest) parts.push(`analysis ${options.analysisDigest}`)
  if (options.codeDigest) parts.push(`code ${options.codeDigest}`)
  return parts.length === 1 ? sha256 : createHash('sha256').update(parts.join('\n')).digest('hex')
}
