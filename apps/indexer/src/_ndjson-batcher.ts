/** A batch of documents as one NDJSON body. */
export interface NdjsonBatch {
  body: string
  count: number
  bytes: number
}

/**
 * Groups NDJSON lines into batches of at most `maxDocuments` lines and `maxBytes` bytes (a
 * single larger line still goes alone). Bounded batches keep each Meilisearch task, and our
 * memory, small; Meilisearch merges consecutive tasks into one indexing batch anyway.
 *
 * @example
 * const batcher = new NdjsonBatcher({ maxDocuments: 1000, maxBytes: 10_000_000 })
 * const full = batcher.add(JSON.stringify(doc)) // a batch to send, or undefined
 */
export class NdjsonBatcher {
  private lines: string[] = []
  private bytes = 0

  constructor(private readonly limits: { maxDocuments: number; maxBytes: number }) {}

  /** Adds a line; returns the previous batch when this line would not fit in it. */
  add(line: string): NdjsonBatch | undefined {
    const size = Buffer.byteLength(line) + 1
    const full =
      this.lines.length > 0 &&
      (this.lines.length >= this.limits.maxDocuments || this.bytes + size > this.limits.maxBytes)
        ? this.flush()
        : undefined
    this.lines.push(line)
    this.bytes += size
    return full
  }

  /** Returns the batch in progress, if it has any line. */
  flush(): NdjsonBatch | undefined {
    if (this.lines.length === 0) return undefined
    const batch = {
      body: `${this.lines.join('\n')}\n`,
      count: this.lines.length,
      bytes: this.bytes,
    }
    this.lines = []
    this.bytes = 0
    return batch
  }
}
