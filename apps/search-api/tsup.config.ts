import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { defineConfig, type Options } from 'tsup'
import { bundlePageScript } from './scripts/bundle-page-script.mjs'

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number]

/**
 * `import text from './page/index.html?raw'` as in Vite (which runs the tests): the file's
 * contents as a string, so the search page is inside dist/ and needs no files beside it.
 */
const rawImports: EsbuildPlugin = {
  name: 'raw-imports',
  setup(build) {
    // The path keeps its `?raw`, or tsup's own CSS plugin would load `style.css` as a stylesheet.
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path),
      namespace: 'raw',
    }))
    build.onLoad({ filter: /\?raw$/, namespace: 'raw' }, async (args) => {
      const file = args.path.slice(0, -'?raw'.length)
      return { contents: await readFile(file, 'utf8'), loader: 'text', watchFiles: [file] }
    })
  },
}

/**
 * `import script from './page/app/main.ts?bundle'`: the page's script bundled for the browser
 * (see scripts/bundle-page-script.mjs), as a string. Vitest and the bench resolve the same
 * suffix with the same function.
 */
const bundleImports: EsbuildPlugin = {
  name: 'bundle-imports',
  setup(build) {
    build.onResolve({ filter: /\?bundle$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path),
      namespace: 'bundle',
    }))
    build.onLoad({ filter: /\?bundle$/, namespace: 'bundle' }, async (args) => {
      const { text, inputs } = await bundlePageScript(args.path.slice(0, -'?bundle'.length))
      return { contents: text, loader: 'text', watchFiles: inputs.map((i) => resolve(i)) }
    })
  },
}

export default defineConfig({
  entry: ['src/index.ts', 'src/server.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
  esbuildPlugins: [rawImports, bundleImports],
})
