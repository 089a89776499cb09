/**
 * `npm run bench:web`: the server under load. Ingests the corpus in ../shared (or the invented
 * examples when it is absent) into a fresh SQLite file, starts `readout serve` in a child process,
 * and drives it with autocannon on loopback: 200 concurrent connections over a mix of API calls
 * and dashboard pages, then checks the server still answers. Prints figures; asserts nothing.
 * BENCH_WEB_SECONDS sets each run's length (default 10).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin/readout.js');
const corpus = join(root, '../shared/corpus/us-readouts/readouts.jsonl');
const seconds = Number(process.env.BENCH_WEB_SECONDS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'readout-web-'));
const db = join(dir, 'web.db');

const input = existsSync(corpus) ? corpus : join(root, 'examples');
const t0 = performance.now();
execFileSync(process.execPath, [cli, 'ingest', input, '--db', db, '--workers', '0', '--no-progress'], { stdio: ['ignore', 'ignore', 'inherit'] });
console.log(`store: ${input} ingested in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const server = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    const m = /dashboard at (http:\/\/[^/\s]+)\//.exec(String(chunk));
    if (m) resolve(m[1]);
  });
  server.once('exit', (code) => reject(new Error(`readout serve exited with ${code}`)));
});

const first = await (await fetch(`${base}/api/documents?limit=1`)).json();
const dyads = await (await fetch(`${base}/api/dyads`)).json();
const id = encodeURIComponent(first.items[0]?.id ?? 'none');
const dyad = dyads[0]?.dyad ?? 'CHN-USA';

const mixes = {
  'API mix (documents search, events page, dyad timeline, one document)': [
    { path: '/api/documents?q=climate&limit=20' },
    { path: `/api/events?dyad=${dyad}&limit=50` },
    { path: `/api/dyads/${dyad}` },
    { path: `/api/documents/${id}` },
  ],
  'dashboard pages (relationship with charts, document with highlights, events)': [
    { path: `/dyads/${dyad}` },
    { path: `/documents/${id}` },
    { path: `/events?dyad=${dyad}` },
  ],
};

for (const [name, requests] of Object.entries(mixes)) {
  const r = await autocannon({ url: base, connections: 200, duration: seconds, requests });
  console.log(
    `${name}: ${Math.round(r.requests.average).toLocaleString('en-US')} req/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.total.toLocaleString('en-US')} requests, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts (200 connections, ${seconds} s)`,
  );
}
const after = await fetch(`${base}/api/dyads`);
console.log(`after the load: GET /api/dyads → ${after.status}; server ${server.exitCode === null ? 'still running' : `exited with ${server.exitCode}`}`);
server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
