// Preloaded with `node --import` into the built CLI by parse.bench.ts: when the process ends,
// report its peak RSS on stderr, where the bench picks it up. Plain JS so no loader is needed.
process.on('exit', () => {
  process.stderr.write(`\n@@rss ${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`)
})
