import { readFile } from 'node:fs/promises'

/**
 * Node module hook: a `?raw` import is the file's text as the default export, as in Vite.
 *
 * @example
 * // import pageHtml from './page/index.html?raw' → pageHtml === '<!doctype html>…'
 */
export async function load(url, context, nextLoad) {
  const address = new URL(url)
  if (address.protocol !== 'file:' || address.search !== '?raw') return nextLoad(url, context)
  address.search = ''
  const text = await readFile(address, 'utf8')
  return { format: 'module', source: `export default ${JSON.stringify(text)}`, shortCircuit: true }
}
