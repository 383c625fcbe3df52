import { afterEach, describe, expect, test, vi } from 'vitest'
import { createConcurrencyGate, GateRefusedError } from '../src/_concurrency-gate.js'

afterEach(() => {
  vi.useRealTimers()
})

describe('createConcurrencyGate', () => {
  test('admits up to the concurrency, queues up to the queue, refuses the rest at once', async () => {
    const gate = createConcurrencyGate({ concurrency: 2, queue: 1, queueTimeoutMs: 60_000 })
    const first = await gate.enter()
    await gate.enter()
    const queued = gate.enter()
    expect({ running: gate.running, waiting: gate.waiting }).toEqual({ running: 2, waiting: 1 })
    await expect(gate.enter()).rejects.toMatchObject({ refusal: 'queue-full' })
    first()
    const admitted = await queued
    expect({ running: gate.running, waiting: gate.waiting }).toEqual({ running: 2, waiting: 0 })
    admitted()
    expect(gate.running).toBe(1)
  })

  test('admits waiters in arrival order, and a second release call does nothing', async () => {
    const gate = createConcurrencyGate({ concurrency: 1, queue: 3, queueTimeoutMs: 60_000 })
    const release = await gate.enter()
    const order: number[] = []
    const waiters = [1, 2, 3].map((n) =>
      gate.enter().then((done) => {
        order.push(n)
        done()
      }),
    )
    release()
    release()
    await Promise.all(waiters)
    expect(order).toEqual([1, 2, 3])
    expect({ running: gate.running, waiting: gate.waiting }).toEqual({ running: 0, waiting: 0 })
  })

  test('a waiter whose time runs out is refused and leaves the queue', async () => {
    vi.useFakeTimers()
    const gate = createConcurrencyGate({ concurrency: 1, queue: 2, queueTimeoutMs: 500 })
    const release = await gate.enter()
    const waiting = gate.enter()
    const refused = expect(waiting).rejects.toBeInstanceOf(GateRefusedError)
    await vi.advanceTimersByTimeAsync(499)
    expect(gate.waiting).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    await refused
    await expect(waiting).rejects.toMatchObject({ refusal: 'queue-timeout' })
    expect(gate.waiting).toBe(0)
    release()
    expect(gate.running).toBe(0)
  })

  test('with no queue, the request past the concurrency is refused', async () => {
    const gate = createConcurrencyGate({ concurrency: 1, queue: 0, queueTimeoutMs: 1_000 })
    await gate.enter()
    await expect(gate.enter()).rejects.toMatchObject({ refusal: 'queue-full' })
  })
})
