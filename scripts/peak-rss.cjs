// Preloaded by `npm run bench:corpus` (node --require): writes the process's peak RSS in KB and its
// CPU time in ms (user + system), worker threads included, to $PEAK_RSS_FILE when it exits. No
// dependency on GNU time being installed.
process.on('exit', () => {
  const usage = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.PEAK_RSS_FILE, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
