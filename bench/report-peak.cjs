/* global process */
// Preloaded by the import bench (node -r): prints the process's peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`peak rss ${process.resourceUsage().maxRSS} kB\n`);
});
