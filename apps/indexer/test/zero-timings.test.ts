import { expect, test } from 'vitest'
import { zeroTimings } from '../src/report.js'

test('zeroTimings gives every figure at zero, as a new object each time', () => {
  const first = zeroTimings()
  first.parseMs += 12
  expect(zeroTimings()).toEqual({
    totalMs: 0,
    readMs: 0,
    parseMs: 0,
    analyseMs: 0,
    serialiseMs: 0,
    sendMs: 0,
    waitMs: 0,
    indexerMs: 0,
    meiliTaskMs: 0,
  })
  expect(first.parseMs).toBe(12)
})
