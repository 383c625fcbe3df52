import { expect, test } from 'vitest'
import { linkedController, timeoutSignal } from '../src/abort-signals.js'
import { aborted, collectGarbage } from '../src/testing.js'

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
