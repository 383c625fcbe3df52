import type { IndexProgress } from './index-progress.js'

/** Where progress goes: a bar redrawn in place on a TTY, or a log line now and then. */
export interface ProgressDisplay {
  update(progress: IndexProgress): void
  /** Writes a log line without tearing the bar. */
  write(text: string): void
  finish(): void
}

/**
 * A one-line progress bar on a terminal, redrawn at most every `intervalMs` (a redraw per
 * file would cost more than parsing it).
 */
export function createProgressBar(
  stream: NodeJS.WriteStream,
  options: { intervalMs?: number } = {},
): ProgressDisplay {
  const intervalMs = options.intervalMs ?? 100
  let last: IndexProgress | undefined
  let drawnAt = 0
  let shown = false
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K')
    shown = false
  }
  const draw = () => {
    if (!last) return
    clear()
    stream.write(renderBar(last, stream.columns || 80))
    shown = true
    drawnAt = Date.now()
  }
  return {
    update(progress) {
      const phaseChanged = progress.phase !== last?.phase
      last = progress
      if (phaseChanged || Date.now() - drawnAt >= intervalMs) draw()
    },
    write(text) {
      clear()
      stream.write(text)
      if (last) draw()
    },
    finish() {
      clear()
      last = undefined
    },
  }
}

/**
 * Progress as log events, for logs and CI: one per phase change and at most one every
 * `intervalMs` while loading. `log` gets the counters; the CLI hands them to its logger, so
 * they are text or JSON lines like every other log line.
 */
export function createProgressLog(
  log: (progress: IndexProgress) => void,
  write: (text: string) => void,
  options: { intervalMs?: number } = {},
): ProgressDisplay {
  const intervalMs = options.intervalMs ?? 5000
  let phase: string | undefined
  let loggedAt = 0
  return {
    update(progress) {
      if (progress.phase === phase && Date.now() - loggedAt < intervalMs) return
      phase = progress.phase
      loggedAt = Date.now()
      log(progress)
    },
    write,
    finish() {},
  }
}

function renderBar(progress: IndexProgress, columns: number): string {
  const text = ` ${describe(progress)}`
  // A fixed width unless the terminal is narrow, so the bar does not jump as counts grow.
  const width = columns >= 100 ? 24 : Math.max(10, columns - text.length - 8)
  const ratio = progress.filesTotal > 0 ? progress.filesDone / progress.filesTotal : 0
  const filled = Math.round(ratio * width)
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}%`
  return `${bar}${text}`.slice(0, Math.max(0, columns - 1))
}

function describe(progress: IndexProgress): string {
  return [
    `phase=${progress.phase}`,
    `files=${progress.filesDone}/${progress.filesTotal}`,
    `sent=${progress.documentsSent}`,
    `tasks=${progress.tasksDone}/${progress.tasksEnqueued}`,
  ].join(' ')
}
