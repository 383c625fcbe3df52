#!/usr/bin/env node
import { runCli } from './_run-cli.js'

// First SIGINT/SIGTERM: abort the run cleanly (the live index is left as it was, Meilisearch
// is stopped). A second one: leave now; the watchdog still stops Meilisearch.
const controller = new AbortController()
let interrupted = false
const onSignal = (signal: NodeJS.Signals) => {
  if (interrupted) process.exit(signal === 'SIGINT' ? 130 : 143)
  interrupted = true
  process.stderr.write(`\nprojektbank-index: ${signal}, stopping…\n`)
  controller.abort(new Error(`interrupted by ${signal}`))
}
process.on('SIGINT', onSignal)
process.on('SIGTERM', onSignal)

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
})
process.exitCode = interrupted ? 130 : code
