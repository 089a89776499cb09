/**
 * Screenshots of every dashboard page for docs/screenshots/: `node scripts/screenshots.mjs DB`
 * serves DB (a store with ../shared's US readouts ingested) with the compiled dist/ and photographs
 * each page in Chromium (Debian's, through playwright-core).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const db = process.argv[2];
if (!db) throw new Error('usage: node scripts/screenshots.mjs DB');
const out = join(root, 'docs/screenshots');
const server = spawn(process.execPath, [join(root, 'bin/readout.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve) => server.stdout.on('data', (c) => /dashboard at (http:\/\/[^/\s]+)\//.exec(String(c)) && resolve(/dashboard at (http:\/\/[^/\s]+)\//.exec(String(c))[1])));

const meetings = await (await fetch(`${base}/api/meetings?dyad=USA-CHN`)).json();
const twice = meetings.filter((g) => g.sources.length >= 2).at(-1);
const seed = meetings.at(-1)?.sources[0]?.id;
const pages = [
  ['home', '/'],
  ['relationship-usa-chn', '/dyads/USA-CHN?from=2023-01-01&to=2024-12-31'],
  ['document', `/documents/${encodeURIComponent(twice?.sources[0]?.id ?? seed)}`],
  ['compare', twice ? `/compare?a=${encodeURIComponent(twice.sources[0].id)}&b=${encodeURIComponent(twice.sources[1].id)}` : null],
  ['events', '/events?dyad=USA-CHN&quad=3'],
  ['meetings', '/meetings?dyad=USA-CHN'],
  ['commitments', '/commitments?dyad=USA-CHN'],
  ['search', '/documents?q=fentanyl'],
];
const browser = await chromium.launch({ executablePath: process.env.READOUT_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
for (const [name, path] of pages) {
  if (!path) continue;
  await page.goto(base + path);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: name !== 'document' && name !== 'compare' && name !== 'meetings' && name !== 'commitments' });
  console.log(`${name}.png  ${path}`);
}
await browser.close();
server.kill('SIGTERM');
