/**
 * The least a Node server in front of Meilisearch can do: forward each request's method, path,
 * headers and body to Meilisearch over a kept-alive connection and pipe the answer back,
 * parsing nothing. The bench times it beside the API, so that the cost of the extra process and
 * HTTP hop on the machine at hand is visible next to the API's own added latency.
 *
 *   node bench/_pass-through-proxy.mjs <port> <meilisearch url>
 */
import { Agent, createServer, request } from 'node:http'

const [port, upstream] = process.argv.slice(2)
if (!port || !upstream) {
  console.error('usage: _pass-through-proxy.mjs <port> <meilisearch url>')
  process.exit(2)
}
const target = new URL(upstream)
const agent = new Agent({ keepAlive: true })

createServer((incoming, outgoing) => {
  const forwarded = request(
    {
      host: target.hostname,
      port: target.port,
      method: incoming.method,
      path: incoming.url,
      headers: { ...incoming.headers, host: target.host },
      agent,
    },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(outgoing)
    },
  )
  forwarded.on('error', () => {
    // Before the answer began: a plain 502; after: cut the reply, as its length is now wrong.
    if (outgoing.headersSent) outgoing.destroy()
    else outgoing.writeHead(502).end()
  })
  incoming.pipe(forwarded)
}).listen(Number(port), '127.0.0.1')
