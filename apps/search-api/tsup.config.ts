import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { defineConfig, type Options } from 'tsup'

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

export default defineConfig({
  entry: ['src/index.ts', 'src/server.ts', 'src/start.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
  esbuildPlugins: [rawImports],
})
