// Preloaded into a benchmarked process: reports its peak resident memory on exit (stderr).
process.on('exit', () => {
  process.stderr.write(`peak-rss-mb=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});
