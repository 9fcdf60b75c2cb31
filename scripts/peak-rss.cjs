// Preloaded by `npm run bench:corpus` (node --require): writes the process's peak RSS in KB, worker
// threads included, to $PEAK_RSS_FILE when it exits. No dependency on GNU time being installed.
process.on('exit', () => require('node:fs').writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)));
