import { existsSync } from 'node:fs'
import { defineConfig } from 'tsup'

export default defineConfig({
  // `node` is the Node-only entry (native hashing); the CLI entry exists once its author adds it.
  entry: ['src/index.ts', 'src/node.ts', ...(existsSync('src/cli.ts') ? ['src/cli.ts'] : [])],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
})
