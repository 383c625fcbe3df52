import { defineConfig } from 'tsup'

// One entry: the command. Its `#!/usr/bin/env node` line sits at the top of src/start.ts.
export default defineConfig({
  entry: ['src/start.ts'],
  format: ['esm'],
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
})
