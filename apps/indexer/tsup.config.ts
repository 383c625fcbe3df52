import { defineConfig } from 'tsup'

// ESM only: the package is private and its consumers (the search API's start command, the
// CLI) are ESM. The CLI's `#!/usr/bin/env node` line sits at the top of src/cli.ts; esbuild
// keeps an entry point's hashbang, so the library entry does not get one.
export default defineConfig({
  // `bench` is the entry the repository's benches share (src/bench/index.ts), not the library.
  entry: { index: 'src/index.ts', cli: 'src/cli.ts', bench: 'src/bench/index.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', bench: 'src/bench/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
})
