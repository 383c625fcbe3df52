import { defineConfig } from 'tsup'

export default defineConfig({
  // `index` is the browser-safe core; `node` adds reading the bundled lexicon from disk.
  entry: { index: 'src/index.ts', node: 'src/node.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // `node.ts` finds the lexicon through import.meta.url; the shim makes that work in CJS too.
  shims: true,
})
