import { expect, test } from 'vitest'
import { serveApp } from '../src/serve-app.js'
import { createTestApp } from './_fakes.js'

test('serves on a free port, and a second server on that port fails with the listen error', async () => {
  const { app } = createTestApp()
  const served = await serveApp(app, { port: 0, host: '127.0.0.1' })
  try {
    expect(served.url).toBe(`http://127.0.0.1:${served.port}`)
    const health = await fetch(`${served.url}/health`)
    expect(health.status).toBe(200)
    await expect(serveApp(app, { port: served.port, host: '127.0.0.1' })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    })
  } finally {
    await served.close()
  }
})
