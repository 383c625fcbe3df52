import { dirname, resolve } from 'node:path'
import { configDefaults, defineConfig, type Plugin } from 'vitest/config'
import { bundlePageScript } from './scripts/bundle-page-script.mjs'

const BUNDLE = '?bundle'

/**
 * `import script from './page/app/main.ts?bundle'`: the page's script bundled for the browser,
 * made by the same function as in tsup.config.ts, so the tests drive the page the build ships.
 */
const bundleImports: Plugin = {
  name: 'bundle-imports',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!source.endsWith(BUNDLE) || !importer) return null
    return resolve(dirname(importer), source)
  },
  async load(id) {
    if (!id.endsWith(BUNDLE)) return null
    const { text, inputs } = await bundlePageScript(id.slice(0, -BUNDLE.length))
    for (const input of inputs) this.addWatchFile(resolve(input))
    return `export default ${JSON.stringify(text)}`
  },
}

// Two projects in one `vitest run`: the API suites, and the search page driven in Chromium
// (which needs the browser, found or installed by its global setup, and longer timeouts).
export default defineConfig({
  plugins: [bundleImports],
  test: {
    // Vitest empties CSS imports unless told to process them; the page imports its stylesheet
    // as text (`style.css?raw`) and serves it.
    css: { include: [/\/src\/page\/.+\.css/] },
    projects: [
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/browser/**'],
          // A guard against a hung test, not a speed check: under a busy fresh-clone run the
          // seeded suites' first searches took just over vitest's 5 s default.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          globalSetup: ['test/browser/ensure-chromium.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
