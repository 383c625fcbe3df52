import { closeSync, openSync, readFileSync, readSync } from 'node:fs'

/** What {@link countInMemory} read of a process. */
export interface MemoryScan {
  /** Occurrences of the needle, as one-byte (Latin-1/ASCII) or as UTF-16 LE text. */
  readonly hits: number
  /** Bytes read from the process's readable mappings. */
  readonly bytesRead: number
}

const CHUNK = 8 * 1024 * 1024

/**
 * Counts how often `needle` occurs in the memory of process `pid`, by reading every readable
 * mapping of `/proc/<pid>/maps` through `/proc/<pid>/mem` (Linux only; needs the right to
 * trace the process, which a parent has over its children). V8 keeps an ASCII string either as
 * one byte per character or as UTF-16, so both encodings are searched. A match that straddles
 * two chunks is found too (chunks overlap by the needle's length).
 *
 * @example
 * countInMemory(child.pid, searchKey).hits // > 0: the serving process holds its key
 */
export function countInMemory(pid: number, needle: string): MemoryScan {
  const patterns = [Buffer.from(needle, 'latin1'), Buffer.from(needle, 'utf16le')]
  const overlap = Math.max(...patterns.map((p) => p.length))
  const regions = readFileSync(`/proc/${pid}/maps`, 'utf8')
    .split('\n')
    .map((line) => /^([0-9a-f]+)-([0-9a-f]+) r/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [BigInt(`0x${match[1]}`), BigInt(`0x${match[2]}`)] as const)
  const fd = openSync(`/proc/${pid}/mem`, 'r')
  const buffer = Buffer.alloc(CHUNK + overlap)
  let hits = 0
  let bytesRead = 0
  try {
    for (const [start, end] of regions) {
      for (let at = start; at < end; at += BigInt(CHUNK)) {
        const length = Number(
          end - at < BigInt(CHUNK + overlap) ? end - at : BigInt(CHUNK + overlap),
        )
        let read = 0
        try {
          read = readSync(fd, buffer, 0, length, at)
        } catch {
          // Guard pages and device mappings ([vvar]) cannot be read: nothing of ours is there.
          break
        }
        bytesRead += Math.min(read, CHUNK)
        const view = buffer.subarray(0, read)
        for (const pattern of patterns) {
          // Count a match only where it starts inside this chunk: the overlap is the next one's.
          for (let i = view.indexOf(pattern); i >= 0 && i < CHUNK; i = view.indexOf(pattern, i + 1))
            hits += 1
        }
      }
    }
  } finally {
    closeSync(fd)
  }
  return { hits, bytesRead }
}
