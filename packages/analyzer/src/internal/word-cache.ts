/**
 * A bounded cache with approximate LRU eviction in O(1): entries live in a young and an old
 * generation; when the young one is full it becomes the old one and the previous old one is
 * dropped, and a hit in the old generation is promoted. Hits never reorder a Map, which keeps
 * the hot path (a word seen before) a single lookup.
 *
 * @example
 * const cache = new WordCache<number>(2)
 * cache.set('a', 1)
 * cache.get('a') // 1
 */
export class WordCache<T> {
  private young = new Map<string, T>()
  private old = new Map<string, T>()

  /** @param generationSize entries per generation; the cache holds at most twice as many. */
  constructor(private readonly generationSize: number) {}

  get(key: string): T | undefined {
    const hit = this.young.get(key)
    if (hit !== undefined) return hit
    const aged = this.old.get(key)
    if (aged !== undefined) this.set(key, aged)
    return aged
  }

  set(key: string, value: T): void {
    if (this.young.size >= this.generationSize) {
      this.old = this.young
      this.young = new Map()
    }
    this.young.set(key, value)
  }

  /** Number of cached entries (both generations; a promoted key may count twice). */
  get size(): number {
    return this.young.size + this.old.size
  }
}
