import { describe, expect, test } from 'vitest'
import { parseServeArgs, serveAddress } from '../src/serve-args.js'

describe('parseServeArgs (projektbank-api)', () => {
  test('flags, then PORT and HOST, then 8787 on 127.0.0.1; a bare -- is ignored', () => {
    expect(parseServeArgs(['--', '--port', '9000', '--host', '::1'], {})).toEqual({
      port: 9000,
      host: '::1',
      help: false,
    })
    expect(parseServeArgs(['-h'], { PORT: '9001', HOST: '0.0.0.0' })).toEqual({
      port: 9001,
      host: '0.0.0.0',
      help: true,
    })
    expect(parseServeArgs([], {})).toEqual({ port: 8787, host: '127.0.0.1', help: false })
  })

  test('a port that is not one, or an unknown flag, is an error that names it', () => {
    expect(() => serveAddress({ port: '70000' }, {})).toThrow(
      '--port must be a port number (0–65535), got "70000"',
    )
    expect(() => parseServeArgs([], { PORT: 'x' })).toThrow('got "x"')
    expect(() => parseServeArgs(['--data', 'seeds'], {})).toThrow("Unknown option '--data'")
  })
})
