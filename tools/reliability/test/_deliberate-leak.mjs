// A leak on purpose, to check that the soak test catches one: preload it into the API with
// SOAK_NODE_ARGS="--import ./test/_deliberate-leak.mjs" and the test must fail.
// Keeps 10 kB for every request the process serves.
import { Server } from 'node:http'

const kept = []
const emit = Server.prototype.emit
Server.prototype.emit = function keepSomething(event, ...args) {
  if (event === 'request') kept.push(Buffer.alloc(10_000, 1))
  return emit.call(this, event, ...args)
}
