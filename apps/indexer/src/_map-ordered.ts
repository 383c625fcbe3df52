/**
 * Applies an async function to each item with at most `concurrency` calls in flight, and
 * yields the results in input order. Reading files a few at a time keeps the disk busy while
 * the caller parses, without holding 100 000 files in memory; input order makes "the later
 * file wins" well defined.
 */
export async function* mapOrdered<T, R>(
  items: Iterable<T>,
  concurrency: number,
  fn: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const iterator = items[Symbol.iterator]()
  const queue: Promise<R>[] = []
  const refill = () => {
    while (queue.length < concurrency) {
      const next = iterator.next()
      if (next.done) return
      const promise = fn(next.value)
      // Awaited in order below; this only keeps a rejection from being reported as unhandled
      // while it waits in the queue.
      promise.catch(() => {})
      queue.push(promise)
    }
  }
  refill()
  while (queue.length > 0) {
    const head = queue.shift() as Promise<R>
    refill()
    yield await head
  }
}
