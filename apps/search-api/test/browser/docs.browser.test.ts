/**
 * `/docs` in Debian's Chromium under its own CSP: the inline script and style allowed by hash
 * run (every operation of openapi.json is rendered and styled), and a script slipped into the
 * page the way an injection would arrive does not.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { type ServedApp, serveApp } from '../../src/serve-app.js'
import { createTestApp } from '../_fakes.js'

const chromiumPath = inject('chromiumPath')

describe.skipIf(chromiumPath === null)('/docs in Chromium', () => {
  let served: ServedApp | undefined
  let context: BrowserContext | undefined
  let profileDir = ''

  beforeAll(async () => {
    served = await serveApp(createTestApp().app, { port: 0, host: '127.0.0.1' })
    profileDir = await mkdtemp(join(tmpdir(), 'docs-chromium-'))
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath ?? undefined,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      headless: true,
    })
  })

  afterAll(async () => {
    await context?.close()
    await served?.close()
    if (profileDir) await rm(profileDir, { recursive: true, force: true })
  })

  test('renders every operation under the hash-based CSP, and blocks an injected script', async () => {
    if (!context || !served) throw new Error('not started')
    const base = served.url
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>
    }
    const operations = Object.values(doc.paths).flatMap((item) => Object.keys(item)).length
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text())
    })
    await page.goto(`${base}/docs`)
    await expect
      .poll(() => page.locator('#ops section').count(), { timeout: 15_000 })
      .toBe(operations)
    // The hashed style applied: the method badges are white on green.
    expect(
      await page
        .locator('.method')
        .first()
        .evaluate((el) => getComputedStyle(el).color),
    ).toBe('rgb(255, 255, 255)')
    expect(violations).toEqual([])

    // An inline script that is not the page's own is refused by the CSP.
    const ran = await page.evaluate(async () => {
      const marker = window as unknown as { injectedRan?: boolean }
      const script = document.createElement('script')
      script.textContent = 'window.injectedRan = true'
      document.body.append(script)
      await new Promise((resolve) => setTimeout(resolve, 50))
      return marker.injectedRan === true
    })
    expect(ran).toBe(false)
    await expect
      .poll(() => violations.some((v) => v.includes('Content Security Policy')))
      .toBe(true)
    await page.close()
  })
})
