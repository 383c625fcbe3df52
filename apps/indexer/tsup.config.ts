import { defineConfig } from 'tsup'

// ESM only: the package is private and its consumers (the search API's start command, the
// CLI) are ESM. The CLI's `#!/usr/bin/env node` line sits at the top of src/cli.ts; esbuild
// keeps an entry point's hashbang, so the library entry does not get one.
export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'es2022',
})
