import { defineConfig } from 'tsup'

// The command (its `#!/usr/bin/env node` line sits at the top of src/start.ts) and the two
// worker processes it forks, each its own file: the serving one must not load what indexes.
export default defineConfig({
  entry: ['src/start.ts', 'src/index-worker.ts', 'src/serve-worker.ts'],
  format: ['esm'],
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
})
