// Page assets are imported as text: Vite (vitest) understands `?raw` natively, and
// tsup.config.ts resolves the same suffix with a small esbuild plugin.
declare module '*?raw' {
  const text: string
  export default text
}

// The page's script, bundled for the browser by scripts/bundle-page-script.mjs (through a
// plugin in tsup.config.ts and vitest.config.ts, and the bench's Node hooks).
declare module '*?bundle' {
  const text: string
  export default text
}
