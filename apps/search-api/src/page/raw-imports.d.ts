// Page assets are imported as text: Vite (vitest) understands `?raw` natively, and
// tsup.config.ts resolves the same suffix with a small esbuild plugin.
declare module '*?raw' {
  const text: string
  export default text
}
