/**
 * `npm run bench:web`: the server under load. Ingests the corpus in ../shared (or the invented
 * examples when it is absent) into a fresh SQLite file, starts `readout serve` in a child process,
 * and drives it with autocannon on loopback: 200 concurrent connections over a mix of API calls
 * and dashboard pages (and the relationship page's API calls at 10), then checks the server still
 * answers. Prints figures; asserts nothing.
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

const runs = [
  // The calls a relationship page makes (its JSON, the events behind a clicked bar), at a dashboard's concurrency.
  ['relationship page API calls, 10 connections', 10, [{ path: `/api/dyads/${dyad}` }, { path: `/api/events?dyad=${dyad}&limit=50` }]],
  ['API mix (search, events page, dyad timeline, one document), 200 connections', 200, [{ path: '/api/documents?q=climate&limit=20' }, { path: `/api/events?dyad=${dyad}&limit=50` }, { path: `/api/dyads/${dyad}` }, { path: `/api/documents/${id}` }]],
  ['dashboard pages (relationship with charts, document with highlights, events), 200 connections', 200, [{ path: `/dyads/${dyad}` }, { path: `/documents/${id}` }, { path: `/events?dyad=${dyad}` }]],
];

/** One autocannon run, with the exact 95th percentile from every response's own time. */
function load(connections, requests) {
  const times = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: base, connections, duration: seconds, requests, timeout: 30 }, (err, result) => (err ? reject(err) : resolve({ result, times })));
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);
for (const [name, connections, requests] of runs) {
  const { result: r, times } = await load(connections, requests);
  times.sort((a, b) => a - b);
  const ms = (p) => percentile(times, p).toFixed(1);
  console.log(
    `${name}: ${Math.round(r.requests.average).toLocaleString('en-US')} req/s, latency p50 ${ms(50)} ms, p95 ${ms(95)} ms, p99 ${ms(99)} ms, max ${ms(100)} ms; ${r.requests.total.toLocaleString('en-US')} requests, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts (${seconds} s)`,
  );
}
const after = await fetch(`${base}/api/dyads`);
console.log(`after the load: GET /api/dyads → ${after.status}; server ${server.exitCode === null ? 'still running' : `exited with ${server.exitCode}`}`);
server.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
