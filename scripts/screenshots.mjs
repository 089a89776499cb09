/**
 * Screenshots of every dashboard page for docs/screenshots/, over the compiled dist/ (npm run
 * build first), in Chromium (Debian's, through playwright-core). `node scripts/screenshots.mjs`
 * builds a store of invented texts only — the samples in examples/, the invented foreign-style
 * readouts of eval/, the invented call of test/fixtures/ and two years of the synthetic stream —
 * so no real readout appears in the repository; `node scripts/screenshots.mjs DB` shows DB instead.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { syntheticDocuments } from '../bench/synthetic.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
let db = process.argv[2];
if (!db) {
  const dir = mkdtempSync(join(tmpdir(), 'readout-shots-'));
  db = join(dir, 'invented.db');
  const lines = [];
  let i = 0;
  for (const text of syntheticDocuments(4800, 7)) {
    const month = String((i % 24) % 12 + 1).padStart(2, '0');
    const date = `${2023 + Math.floor((i % 24) / 12)}-${month}-${String((i % 27) + 1).padStart(2, '0')}`;
    lines.push(JSON.stringify({ id: `synthetic-${i++}`, publisher: 'U.S. Department of State', date, title: `Invented readout ${i}`, text }));
  }
  writeFileSync(join(dir, 'synthetic.jsonl'), `${lines.join('\n')}\n`);
  execFileSync(process.execPath, [join(root, 'bin/readout.js'), 'ingest', join(root, 'examples'), join(root, 'eval/invented-foreign'), join(root, 'test/fixtures/invented-call.jsonl'), join(dir, 'synthetic.jsonl'), '--db', db, '--no-progress'], { stdio: 'inherit' });
}
const out = join(root, 'docs/screenshots');
const server = spawn(process.execPath, [join(root, 'bin/readout.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve) => server.stdout.on('data', (c) => /dashboard at (http:\/\/[^/\s]+)\//.exec(String(c)) && resolve(/dashboard at (http:\/\/[^/\s]+)\//.exec(String(c))[1])));

const meetings = await (await fetch(`${base}/api/meetings?dyad=USA-CHN`)).json();
const twice = meetings.filter((g) => g.sources.length >= 2).at(-1);
const seed = meetings.at(-1)?.sources[0]?.id;
const pages = [
  ['home', '/'],
  ['relationship-usa-chn', '/dyads/USA-CHN?from=2023-01-01&to=2024-12-31'],
  ['document', process.argv[2] ? `/documents/${encodeURIComponent(twice?.sources[0]?.id ?? seed)}` : '/documents/us-call'],
  ['compare', process.argv[2] ? (twice ? `/compare?a=${encodeURIComponent(twice.sources[0].id)}&b=${encodeURIComponent(twice.sources[1].id)}` : null) : '/compare?a=us-call&b=cn-call'],
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
  await page.setViewportSize({ width: 1280, height: name === 'relationship-usa-chn' || name === 'compare' ? 1700 : 900 });
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`${name}.png  ${path}`);
}
await browser.close();
server.kill('SIGTERM');
