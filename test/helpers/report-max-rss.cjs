// Preloaded with `node --require` by tests that measure memory: prints the process's peak
// resident set size (kB) on stderr as it exits, however it exits.
process.on('exit', () => {
	try {
		require('node:fs').writeSync(2, `\nsitrep-max-rss-kb=${process.resourceUsage().maxRSS}\n`);
	} catch {}
});
