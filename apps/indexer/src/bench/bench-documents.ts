import { createReadStream, createWriteStream } from 'node:fs'
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { RAW_SEARCHABLE_ATTRIBUTES, type SearchDocument } from '@projektbank/model'
import { loadIndexAnalysis } from '../_default-analyzer.js'
import { listInputs } from '../_list-inputs.js'
import { scanSheets } from '../_scan-sheets.js'
import { zeroTimings } from '../report.js'

/** The NDJSON files of one generated corpus: what the indexer sends, and the plain texts. */
export interface BenchDocuments {
  /** The indexer's documents (`buildSearchDocument` + twins), one per line. */
  full: string
  /** The same projects as plain Meilisearch gets them: `id` and the raw searchable texts. */
  plain: string
  count: number
}

/**
 * Parses and analyses a corpus once and keeps the documents as NDJSON next to it, so that
 * every build the benches time sends the same bytes and none of them pays for the parsing.
 *
 * @example
 * const docs = await ensureBenchDocuments('.bench/corpus-1000') // → .bench/corpus-1000-documents/
 * console.log(docs.count, docs.full, docs.plain)
 */
export async function ensureBenchDocuments(corpus: string): Promise<BenchDocuments> {
  const dir = join(corpus, '..', `${corpus.split('/').at(-1)}-documents`)
  const full = join(dir, 'full.ndjson')
  const plain = join(dir, 'plain.ndjson')
  const done = join(dir, 'count')
  try {
    await access(done)
    return { full, plain, count: Number(await readFile(done, 'utf8')) }
  } catch {
    // not built yet
  }
  await mkdir(dir, { recursive: true })
  const analyze = await loadIndexAnalysis()
  const sheets = await listInputs([corpus])
  const timings = zeroTimings()
  const fullOut = createWriteStream(`${full}.part`)
  const plainOut = createWriteStream(`${plain}.part`)
  const seen = new Set<string>()
  for await (const sheet of scanSheets(sheets, { analyze, timings })) {
    if (sheet.kind !== 'parsed' || !sheet.document || seen.has(sheet.document.id)) continue
    seen.add(sheet.document.id)
    fullOut.write(`${sheet.document.line}\n`)
    plainOut.write(`${JSON.stringify(plainDocument(JSON.parse(sheet.document.line)))}\n`)
  }
  await Promise.all([close(fullOut), close(plainOut)])
  await rename(`${full}.part`, full)
  await rename(`${plain}.part`, plain)
  await writeFile(done, String(seen.size))
  return { full, plain, count: seen.size }
}

/** Plain Meilisearch's document: the id and the texts a raw query searches, nothing else. */
function plainDocument(doc: SearchDocument): Record<string, unknown> {
  const out: Record<string, unknown> = { id: doc.id }
  for (const attribute of RAW_SEARCHABLE_ATTRIBUTES) out[attribute] = doc[attribute]
  return out
}

function close(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('error', reject)
    stream.end(resolve)
  })
}

/**
 * Reads an NDJSON file line by line, passing each document through `transform` (for document
 * shapes a variant changes) and writing the result to `out`.
 *
 * @example
 * await transformDocuments(docs.full, 'no-twins.ndjson', ({ svTerms, ...doc }) => doc)
 */
export async function transformDocuments(
  source: string,
  out: string,
  transform: (doc: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const writer = createWriteStream(out)
  for await (const line of createInterface({ input: createReadStream(source) })) {
    if (line) writer.write(`${JSON.stringify(transform(JSON.parse(line)))}\n`)
  }
  await close(writer)
}
