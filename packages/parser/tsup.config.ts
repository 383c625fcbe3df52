import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // `node` is the Node-only entry (native hashing).
    entry: ['src/index.ts', 'src/node.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    // Both builds write to dist/ at the same time: keep what the CLI build wrote.
    clean: ['!cli.js', '!cli.js.map'],
    sourcemap: true,
    target: 'es2022',
  },
  {
    // The `projektbank-parse` bin: ESM only and no types. src/cli.ts starts with the
    // `#!/usr/bin/env node` line, which esbuild keeps and tsup turns into an executable file.
    entry: ['src/cli.ts'],
    format: ['esm'],
    platform: 'node',
    sourcemap: true,
    target: 'node20',
  },
])
