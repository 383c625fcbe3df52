import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import {
  createLogger,
  DEFAULT_INDEX,
  deleteDefaultKeys,
  ensureSearchKey,
  type Logger,
  resolveMeilisearch,
  storeSearchKey,
} from '@projektbank/meili'
import { type CliArgs, parseCliArgs, USAGE, UsageError } from './_cli-args.js'
import { InputError } from './_list-inputs.js'
import { createProgressBar, createProgressLog, type ProgressDisplay } from './_progress-bar.js'
import { checkSheets } from './check-sheets.js'
import { formatReport } from './format-report.js'
import { type IndexProgress, IndexRunError, indexSheets } from './index-sheets.js'
import { readRedactionList } from './redaction-list.js'
import type { IndexReport } from './report.js'

/** The process's streams and environment, replaceable in tests. */
export interface CliIo {
  stdout: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean }
  stderr: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean }
  env: NodeJS.ProcessEnv
  signal?: AbortSignal
}

/**
 * Runs `projektbank-index` and returns its exit code: 0 done, 1 sheets with error
 * diagnostics (unless `--allow-errors`) or a failed run, 2 usage error.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs
  try {
    args = parseCliArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(
      `projektbank-index: ${error.message}\nRun projektbank-index --help for usage.\n`,
    )
    return 2
  }
  if (args.help) {
    io.stdout.write(USAGE)
    return 0
  }
  let logger: Logger | undefined
  const progress: ProgressDisplay =
    io.stderr.isTTY && 'columns' in io.stderr
      ? createProgressBar(io.stderr)
      : createProgressLog(
          (p) =>
            logger?.info('progress', {
              phase: p.phase,
              files: `${p.filesDone}/${p.filesTotal}`,
              sent: p.documentsSent,
              tasks: `${p.tasksDone}/${p.tasksEnqueued}`,
            }),
          (text) => io.stderr.write(text),
        )
  logger = createLogger({
    level: args.quiet ? 'warn' : 'info',
    format: args.json ? 'json' : 'text',
    stream: { write: (text: string) => progress.write(text) },
  })
  const onProgress = args.quiet ? undefined : progress.update
  try {
    const outcome = args.dryRun
      ? {
          report: await checkSheets({ inputs: args.paths, onProgress, signal: io.signal, logger }),
          searchKey: undefined,
        }
      : await index(args, io, logger, onProgress)
    progress.finish()
    await finish(args, io, outcome.report, outcome.searchKey)
    return outcome.report.ok || args.allowErrors ? 0 : 1
  } catch (error) {
    progress.finish()
    if (error instanceof InputError) {
      io.stderr.write(`projektbank-index: ${error.message}\n`)
      return 2
    }
    if (error instanceof IndexRunError) {
      logger.error('indexing failed; the live index keeps its previous documents', {
        error: error.message,
      })
      if (args.report) await writeReport(args.report, error.report)
      return 1
    }
    logger.error('indexing failed', {
      error: error instanceof Error ? error.message : String(error),
    })
    return 1
  }
}

async function index(
  args: CliArgs,
  io: CliIo,
  logger: Logger,
  onProgress: ((progress: IndexProgress) => void) | undefined,
): Promise<{ report: IndexReport; searchKey: { key: string; file: string } }> {
  // Read before Meilisearch starts: a typo in the list should not cost a server start.
  const redactFile = args.redact ?? (io.env.PROJEKTBANK_REDACT_FILE || undefined)
  const redact = redactFile ? await readRedactionList(redactFile) : undefined
  const meili = await resolveMeilisearch({
    dataDir: args.dataDir,
    env: io.env,
    logger,
    // The CLI turns SIGINT into an abort of the run, then stops Meilisearch itself.
    handleSignals: false,
  })
  try {
    const indexName = args.index ?? DEFAULT_INDEX
    const report = await indexSheets({
      meili,
      inputs: args.paths,
      index: indexName,
      mode: args.incremental ? 'incremental' : 'full',
      batchSize: args.batchSize,
      onProgress,
      signal: io.signal,
      logger,
      ...(redact ? { redact } : {}),
    })
    const key = await ensureSearchKey(meili, { indexes: [indexName] })
    const file = await storeSearchKey(key.key, meili.dataDir)
    // Meilisearch's own default keys (admin included) are not needed once ours exists; on the
    // embedded server only.
    await deleteDefaultKeys(meili)
    return { report, searchKey: { key: key.key, file } }
  } finally {
    await meili.stop()
  }
}

async function finish(
  args: CliArgs,
  io: CliIo,
  report: IndexReport,
  searchKey: { key: string; file: string } | undefined,
): Promise<void> {
  if (args.report) await writeReport(args.report, report)
  if (args.json) {
    io.stdout.write(`${JSON.stringify(searchKey ? { ...report, searchKey } : report, null, 2)}\n`)
    return
  }
  io.stdout.write(formatReport(report, { maxFailures: 100 }))
  if (searchKey) {
    io.stdout.write(`Search key (search only, ${report.index}): ${searchKey.key}\n`)
    io.stdout.write(`  stored in ${searchKey.file}\n`)
  }
}

async function writeReport(path: string, report: IndexReport): Promise<void> {
  const target = resolve(path)
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, `${JSON.stringify(report, null, 2)}\n`)
}
