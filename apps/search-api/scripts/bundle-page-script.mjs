// @ts-check
import { build } from 'esbuild'

/**
 * Bundles the search page's script (`src/page/app/main.ts` and what it imports) into one
 * browser module, as text. The same function serves the three places that load the page:
 * tsup's build, Vitest (through a Vite plugin) and the bench's Node hooks, so the page the
 * tests drive is byte for byte the page the build ships.
 *
 * Minified, because every visitor downloads it; licence comments of bundled libraries are kept
 * at the end.
 *
 * @example
 * const { text, inputs } = await bundlePageScript('src/page/app/main.ts')
 * // text: 'var …;export{… as highlightedFragment};', inputs: ['src/page/app/main.ts', …]
 * @param {string} entry path of the entry module
 * @returns {Promise<{ text: string, inputs: string[] }>} the module and the files it was made of
 */
export async function bundlePageScript(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`)
  return { text: output.text, inputs: Object.keys(result.metafile.inputs) }
}
