// Preloaded into the API process by the soak test (with --expose-gc), never into production:
// on SIGUSR2, a full garbage collection, then one line on stdout with the memory still in use.
// That is what a leak grows, without the heap's own resizing that moves the RSS by tens of MiB.
process.on('SIGUSR2', () => {
  globalThis.gc()
  globalThis.gc()
  const { heapUsed, external } = process.memoryUsage()
  process.stdout.write(`${JSON.stringify({ probe: 'live-memory', heapUsed, external })}\n`)
})
