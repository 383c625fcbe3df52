#!/usr/bin/env node
import { runCli } from './cli/run.js'

// The bin entry: everything else lives in src/cli/ so that tests can drive runCli directly.
runCli(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`projektbank-parse: ${error instanceof Error ? error.stack : error}\n`)
    process.exitCode = 70
  },
)
