import { execFile } from 'node:child_process'
import { readdir, readFile, readlink } from 'node:fs/promises'
import { promisify } from 'node:util'

/** Whether every listening socket on a port belongs to one process, as far as the system says. */
export type PortOwnership = 'owned' | 'not-owned' | 'unknown'

// Local addresses a client of 127.0.0.1 may reach: loopback itself and the wildcard, IPv4 and
// IPv6 (v4-mapped), in /proc/net's byte order on little-endian machines.
const REACHABLE = new Set([
  '0100007F',
  '00000000',
  '00000000000000000000000000000000',
  '0000000000000000FFFF00000100007F',
])
const LISTEN = '0A'

/**
 * Whether process `pid` owns every socket listening on `port` that a client of 127.0.0.1 could
 * reach, and at least one. On Linux it matches the socket inodes of `/proc/net/tcp{,6}` with the
 * descriptors in `/proc/<pid>/fd`; elsewhere it asks `lsof`. `unknown` when neither can say.
 *
 * @example
 * await portOwnership(7700, meilisearchPid) // 'owned'
 */
export async function portOwnership(port: number, pid: number): Promise<PortOwnership> {
  const listening = await listeningInodes(port)
  if (listening === undefined) return lsofOwnership(port, pid)
  if (listening.size === 0) return 'not-owned'
  const owned = await socketInodesOf(pid)
  for (const inode of listening) if (!owned.has(inode)) return 'not-owned'
  return 'owned'
}

async function listeningInodes(port: number): Promise<Set<string> | undefined> {
  const inodes = new Set<string>()
  let readAny = false
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string
    try {
      text = await readFile(table, 'utf8')
    } catch {
      continue
    }
    readAny = true
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      const [address, portHex] = (fields[1] ?? '').split(':')
      if (fields[3] !== LISTEN || portHex === undefined || Number.parseInt(portHex, 16) !== port)
        continue
      if (address !== undefined && REACHABLE.has(address) && fields[9]) inodes.add(fields[9])
    }
  }
  return readAny ? inodes : undefined
}

async function socketInodesOf(pid: number): Promise<Set<string>> {
  const inodes = new Set<string>()
  let fds: string[]
  try {
    fds = await readdir(`/proc/${pid}/fd`)
  } catch {
    return inodes
  }
  for (const fd of fds) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')
    const match = /^socket:\[(\d+)\]$/.exec(target)
    if (match?.[1]) inodes.add(match[1])
  }
  return inodes
}

async function lsofOwnership(port: number, pid: number): Promise<PortOwnership> {
  try {
    // -t: pids only; every process with a listening TCP socket on the port.
    const { stdout } = await promisify(execFile)(
      'lsof',
      ['-nP', '-t', `-iTCP:${port}`, '-sTCP:LISTEN'],
      { timeout: 5000 },
    )
    const pids = stdout.split('\n').filter(Boolean).map(Number)
    return pids.length > 0 && pids.every((p) => p === pid) ? 'owned' : 'not-owned'
  } catch {
    return 'unknown'
  }
}
