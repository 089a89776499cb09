import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcess } from './cli.js';
import { ROOT } from './helpers.js';
import { inventedReadouts } from './inventedReadouts.js';
import { type PgTestServer, pgTestServer, pgUnavailable } from './pgCluster.js';

/**
 * The kill test: three `readout worker` processes code one queue; one is killed (SIGKILL: no
 * cleanup, its connections simply drop) while it holds a batch. The batch goes to another worker
 * when its time is up, and the store ends with every document once: none lost, none twice.
 */
const unavailable = pgUnavailable();
if (unavailable) console.warn(`SKIPPED: the kill test of readout worker: ${unavailable}`);

interface Worker {
  child: ChildProcess;
  stderr: string;
  exited: Promise<number | null>;
}

function startWorker(url: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'worker', '--db', url, '--concurrency', '1', '--exit-when-idle', '--verbose'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const worker: Worker = { child, stderr: '', exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
  child.stderr!.on('data', (d: Buffer) => {
    worker.stderr += d.toString();
  });
  return worker;
}

describe.skipIf(unavailable !== null)('readout worker killed mid-batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-queue-kill-'));
  let server: PgTestServer;
  let url = '';
  const workers: Worker[] = [];

  beforeAll(async () => {
    server = await pgTestServer();
    url = await server.createDatabase();
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses no document and codes none twice when one of three workers is killed holding a batch', async () => {
    const lines = inventedReadouts(60, 3);
    const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    // A short timeout, so the dead worker's batch is given out again within seconds; a batch of
    // four takes well under a second to code even on a busy machine.
    const queued = await inProcess(['enqueue', corpus, '--db', url, '--batch-size', '4', '--timeout', '4']);
    expect(queued.stderr).toMatch(/queued 60 documents in 15 batches/);

    workers.push(startWorker(url), startWorker(url), startWorker(url));
    // Whichever worker first says it took a batch is killed at once, the batch in hand.
    const victim = await new Promise<{ worker: Worker; batch: string; at: number }>((resolve, reject) => {
      const timer = setInterval(() => {
        for (const w of workers) {
          const taken = /took batch (\S+)/.exec(w.stderr);
          if (taken) {
            clearInterval(timer);
            w.child.kill('SIGKILL');
            resolve({ worker: w, batch: taken[1]!, at: Date.now() });
            return;
          }
          if (w.child.exitCode !== null) {
            clearInterval(timer);
            reject(new Error(`a worker exited before any took a batch: ${w.stderr}`));
            return;
          }
        }
      }, 5);
    });
    expect(await victim.worker.exited).toBeNull();
    const survivors = workers.filter((w) => w !== victim.worker);
    // Taken again within seconds: its timeout (4 s) and the maintenance interval (2 s), and some slack for a busy machine.
    const retaken = new RegExp(`took batch ${victim.batch} \\(4 documents, try 2\\)`);
    const retakenAfter = await new Promise<number>((resolve) => {
      const timer = setInterval(() => {
        if (survivors.some((w) => retaken.test(w.stderr)) || survivors.every((w) => w.child.exitCode !== null)) {
          clearInterval(timer);
          resolve(Date.now() - victim.at);
        }
      }, 20);
    });
    expect(retakenAfter).toBeLessThan(15_000);
    const codes = await Promise.all(survivors.map((w) => w.exited));
    for (const w of survivors) expect(w.stderr).not.toMatch(/readout: /);
    expect(codes).toEqual([0, 0]);
    // The batch the dead worker held was coded by another, on its second try.
    expect(survivors.map((w) => w.stderr).join('')).toMatch(retaken);

    const db = new pg.Client(url);
    await db.connect();
    try {
      const docs = (await db.query('SELECT id, version, latest FROM documents ORDER BY id')).rows as { id: string; version: number; latest: boolean }[];
      expect(docs.map((d) => d.id)).toEqual([...ids].sort());
      expect(docs.every((d) => d.version === 1 && d.latest)).toBe(true);
      const jobs = (await db.query(`SELECT id::text, state, retry_count FROM readout_queue.job WHERE name = 'code'`)).rows as { id: string; state: string; retry_count: number }[];
      expect(jobs).toHaveLength(15);
      expect(jobs.every((j) => j.state === 'completed')).toBe(true);
      expect(jobs.find((j) => j.id === victim.batch)?.retry_count).toBeGreaterThanOrEqual(1);
      // Events: each document's once, as one coding gives them.
      expect((await db.query('SELECT doc_hash FROM events GROUP BY doc_hash, idx HAVING COUNT(*) > 1')).rows).toEqual([]);
      expect((await db.query('SELECT COUNT(*)::int AS n FROM readout_inbox WHERE coded_at IS NULL OR error IS NOT NULL')).rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
    const status = JSON.parse((await inProcess(['status', '--db', url, '--json'])).stdout);
    expect(status.batches).toEqual({ waiting: 0, active: 0, done: 15, failed: 0 });
    expect(status.coded.total).toBe(60);
  }, 120_000);
});
