import { configDefaults, defineConfig } from 'vitest/config'

// Two projects in one `vitest run`: the API suites, and the search page driven in Chromium
// (which needs the browser, found or installed by its global setup, and longer timeouts).
export default defineConfig({
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
