import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { bundlePageScript } from '../../scripts/bundle-page-script.mjs'

/**
 * Node module hook: a `?raw` import is the file's text as the default export, as in Vite; a
 * `?bundle` import is the page's script bundled for the browser, as tsup and Vitest make it.
 *
 * @example
 * // import pageHtml from './page/index.html?raw' → pageHtml === '<!doctype html>…'
 */
export async function load(url, context, nextLoad) {
  const address = new URL(url)
  const kind = address.search
  if (address.protocol !== 'file:' || (kind !== '?raw' && kind !== '?bundle')) {
    return nextLoad(url, context)
  }
  address.search = ''
  const text =
    kind === '?raw'
      ? await readFile(address, 'utf8')
      : (await bundlePageScript(fileURLToPath(address))).text
  return { format: 'module', source: `export default ${JSON.stringify(text)}`, shortCircuit: true }
}
