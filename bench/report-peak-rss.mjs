// Preloaded with `node --import` by the benches: prints the process's peak resident memory on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\npeak-rss-kib ${process.resourceUsage().maxRSS}\n`));
