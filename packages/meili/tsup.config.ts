import { defineConfig } from 'tsup'

// ESM only: the package is private and every consumer (indexer, search API, start) is ESM.
export default defineConfig({
  entry: ['src/index.ts', 'src/testing.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
})
