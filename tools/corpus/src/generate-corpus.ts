/**
 * Writes a deterministic corpus of realistic project-bank sheets, for benchmarks and load tests.
 * The same seed, count and layouts always give the same bytes; an existing corpus with a matching
 * `manifest.json` is reused instead of rewritten.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Layout, Project } from '@projektbank/model'
import { createRandomProject } from './project-factory.js'
import { createRandom, type Random } from './random.js'

/** Bump when the generator's output changes, so that stale corpora are not reused. */
const GENERATOR_VERSION = 1

/** How a sheet is drawn: a banner above it, and how phone numbers are written (layout A). */
export interface SheetRenderOptions {
  readonly banner?: 'none' | 'covid' | 'webinar' | 'maintenance' | 'cookies'
  readonly phoneStyle?: 'grouped' | 'compact' | 'digits' | 'spaced'
}

/**
 * Writes a project as a sheet of a layout: the parser's `renderSheet`. Passed in rather than
 * imported, so that the parser's own tests and bench can use this package without a cycle.
 *
 * @example
 * import { renderSheet } from '@projektbank/parser'
 * const render: SheetRenderer = renderSheet
 */
export type SheetRenderer = (
  project: Project,
  layout: Layout,
  options: SheetRenderOptions,
) => string

/** What to generate. */
export interface CorpusOptions {
  /** Writes each project as a sheet; pass `renderSheet` from `@projektbank/parser`. */
  readonly render: SheetRenderer
  /** Number of sheets. */
  readonly count: number
  /** Seed of the pseudo-random source; the same seed gives the same corpus. */
  readonly seed?: number
  /** Layouts to draw from (default all four, weighted roughly like the real project bank). */
  readonly layouts?: readonly Layout[]
  /** Smallest and largest sheet in bytes (default 1 000 and 15 000). */
  readonly minBytes?: number
  readonly maxBytes?: number
}

/** One generated sheet: its file name, the project it was rendered from, and the text. */
export interface GeneratedSheet {
  readonly name: string
  readonly layout: Layout
  readonly project: Project
  readonly text: string
}

const LAYOUT_WEIGHTS: Record<Layout, number> = { A: 50, B: 10, C: 25, D: 15, E: 10 }

/**
 * The layouts a corpus has unless `layouts` says otherwise: the four with field blocks, so that
 * the corpus the benches measure stays the same bytes as before layout E existed. Ask for E
 * with `--layouts A,B,C,D,E`.
 */
export const DEFAULT_CORPUS_LAYOUTS: readonly Layout[] = ['A', 'B', 'C', 'D']

function renderOptions(random: Random, layout: Layout): SheetRenderOptions {
  if (layout === 'A') {
    return {
      banner: random.weighted({ none: 47, covid: 20, webinar: 30, maintenance: 3 }),
      phoneStyle: random.weighted({ grouped: 33, compact: 53, digits: 8, spaced: 4 }),
    }
  }
  return layout === 'C' && random.chance(0.36) ? { banner: 'cookies' } : {}
}

/**
 * Generates the sheets one at a time (nothing is kept), deterministically for a seed.
 *
 * @example
 * for (const sheet of generateSheets({ count: 3, seed: 1, render: renderSheet })) console.log(sheet.name)
 */
export function* generateSheets(options: CorpusOptions): Generator<GeneratedSheet> {
  const random = createRandom(options.seed ?? 1)
  const layouts = options.layouts ?? DEFAULT_CORPUS_LAYOUTS
  const weights = Object.fromEntries(layouts.map((l) => [l, LAYOUT_WEIGHTS[l]])) as Record<
    Layout,
    number
  >
  const minBytes = options.minBytes ?? 1_000
  const maxBytes = options.maxBytes ?? 15_000
  const width = Math.max(5, String(options.count).length)
  for (let index = 1; index <= options.count; index += 1) {
    const layout = random.weighted(weights)
    const render = renderOptions(random, layout)
    const target = random.int(minBytes, maxBytes)
    const measure = (project: Project): number =>
      Buffer.byteLength(options.render(project, layout, render))
    const project = createRandomProject(random, layout, target, measure)
    const name = `${String(index).padStart(width, '0')}-${layout}.txt`
    yield { name, layout, project, text: options.render(project, layout, render) }
  }
}

/** What `generateCorpus` wrote (also stored as `manifest.json` in the output directory). */
export interface CorpusManifest {
  readonly generatorVersion: number
  readonly count: number
  readonly seed: number
  readonly layouts: readonly Layout[]
  readonly minBytes: number
  readonly maxBytes: number
  readonly bytes: number
}

function manifestFor(options: CorpusOptions, bytes: number): CorpusManifest {
  return {
    generatorVersion: GENERATOR_VERSION,
    count: options.count,
    seed: options.seed ?? 1,
    layouts: options.layouts ?? DEFAULT_CORPUS_LAYOUTS,
    minBytes: options.minBytes ?? 1_000,
    maxBytes: options.maxBytes ?? 15_000,
    bytes,
  }
}

/**
 * Writes the corpus to `out` (emptied first), with a `manifest.json` beside the sheets.
 *
 * @example
 * await generateCorpus({ count: 10_000, seed: 1, render: renderSheet }, '.bench/corpus-10k')
 */
export async function generateCorpus(options: CorpusOptions, out: string): Promise<CorpusManifest> {
  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  let bytes = 0
  let batch: Promise<void>[] = []
  for (const sheet of generateSheets(options)) {
    bytes += Buffer.byteLength(sheet.text)
    batch.push(writeFile(join(out, sheet.name), sheet.text))
    if (batch.length >= 64) {
      await Promise.all(batch)
      batch = []
    }
  }
  await Promise.all(batch)
  const manifest = manifestFor(options, bytes)
  await writeFile(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/**
 * Returns the corpus in `out`, generating it only when `manifest.json` is missing or was written
 * for other options. Benchmarks of every package call this to share one corpus.
 *
 * @example
 * const { count } = await ensureCorpus({ count: 10_000, seed: 1, render: renderSheet }, '.bench/corpus-10k')
 */
export async function ensureCorpus(options: CorpusOptions, out: string): Promise<CorpusManifest> {
  try {
    const existing = JSON.parse(
      await readFile(join(out, 'manifest.json'), 'utf8'),
    ) as CorpusManifest
    const wanted = manifestFor(options, existing.bytes)
    if (JSON.stringify(existing) === JSON.stringify(wanted)) return existing
  } catch {
    // No usable manifest: generate below.
  }
  return generateCorpus(options, out)
}
