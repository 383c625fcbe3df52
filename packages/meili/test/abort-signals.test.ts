import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { expect, test } from 'vitest'
import { linkedController, timeoutSignal } from '../src/abort-signals.js'

// A full garbage collection on demand, as a busy process gets them unasked.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/**
 * Collects garbage a few times, each in a later task: V8 keeps a weakly held object alive until
 * the task that created it ends, so a collection in the same task would prove nothing.
 */
async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((next) => setImmediate(next))
    gc()
  }
}

/** Resolves once `signal` aborts, with its reason. */
function aborted(signal: AbortSignal): Promise<unknown> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(signal.reason)
    else signal.addEventListener('abort', () => resolve(signal.reason), { once: true })
  })
}

test('a timeout signal fires although nothing but a linked controller holds it', async () => {
  // AbortSignal.any([AbortSignal.timeout(50), other]) never fires after a GC on Node 20.
  const linked = linkedController(timeoutSignal(50))
  const reason = aborted(linked.signal)
  await collectGarbage()
  expect(await reason).toMatchObject({ name: 'TimeoutError' })
})

test('a linked controller follows an aborted parent at once, and can abort alone', async () => {
  const parent = new AbortController()
  parent.abort(new Error('parent'))
  expect(linkedController(parent.signal).signal.reason).toEqual(new Error('parent'))
  const live = new AbortController()
  const child = linkedController(live.signal)
  child.abort(new Error('child'))
  expect(live.signal.aborted).toBe(false)
})
