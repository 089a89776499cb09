import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommitmentCues } from '../src/dictionaries/commitmentCues.js';
import { defaultDataDir } from '../src/dictionaries/dataDir.js';
import { createServer } from '../src/server/createServer.js';
import { displayDb, openStore } from '../src/storage/openStore.js';
import type { EventStore } from '../src/storage/EventStore.js';
import { inProcess, readout } from './cli.js';
import { EXAMPLES, hasShared, RAW } from './helpers.js';
import { type PgTestServer, pgTestServer, pgUnavailable } from './pgCluster.js';

/**
 * `--db postgres://...` end to end: the same readouts ingested into SQLite and into PostgreSQL
 * give the same output from every command that reads a store, and the same API answers and pages.
 */
const unavailable = pgUnavailable();
if (unavailable) console.warn(`SKIPPED: readout with --db postgres://: ${unavailable}`);

describe.skipIf(unavailable !== null)('readout with --db postgres://', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-pg-cli-'));
  const sqlite = join(dir, 'same.db');
  const inputs = [EXAMPLES, ...(hasShared(RAW) ? [RAW] : [])];
  let server: PgTestServer;
  let url = '';
  let password = '';

  beforeAll(async () => {
    server = await pgTestServer();
    // A throwaway cluster trusts every local connection, so a password is there only to be hidden.
    const u = new URL(await server.createDatabase());
    if (!u.password) u.password = 's3cret';
    url = u.toString();
    password = decodeURIComponent(u.password);
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests, shows the URL without its password, and stores the same content once', () => {
    expect(readout(['ingest', ...inputs, '--db', sqlite, '--no-progress']).status).toBe(0);
    const first = readout(['ingest', ...inputs, '--db', url, '--no-progress']);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/^ingested \d+ documents into .*: \d+ new, 0 new versions/);
    expect(first.stderr).toContain(` into ${displayDb(url)}: `);
    expect(first.stderr).not.toContain(password);
    expect(readout(['ingest', EXAMPLES, '--db', url, '--no-progress']).stderr).toMatch(/: 0 new, 0 new versions, 6 unchanged, 0 failed/);
  });

  it('prints what it prints for SQLite from every command that reads a store', async () => {
    // Messages name the store, each its own (a URL without its password).
    const run = async (args: string[], db: string) => {
      const r = await inProcess([...args, '--db', db]);
      return { ...r, stderr: r.stderr.replaceAll(displayDb(db), '<db>') };
    };
    const both = async (args: string[]) => [await run(args, sqlite), await run(args, url)];
    const withoutIngestTime = (jsonl: string) => jsonl.replace(/"ingestedAt":"[^"]+"/g, '');
    const [listSqlite, listPg] = await both(['list', '--json']);
    expect(withoutIngestTime(listPg!.stdout)).toBe(withoutIngestTime(listSqlite!.stdout));
    const ids = listSqlite!.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    const commands = [['list'], ['list', '--all-versions'], ['export', '--format', 'jsonl'], ['export', '--format', 'csv'], ['meetings'], ['meetings', '--dyad', 'USA-CHN'], ['commitments'], ...ids.flatMap((id) => [['show', id], ['show', id, '--json']]), ['show', 'no-such-document']];
    for (const args of commands) {
      const [a, b] = await both(args);
      expect({ args, ...b }).toEqual({ args, ...a });
    }
  });

  it('refuses a server it cannot reach, naming it without the password, and serves nothing', () => {
    for (const args of [['list'], ['serve', '--port', '0']]) {
      const run = readout([...args, '--db', 'postgres://reader:s3cret@127.0.0.1:1/readout'], { timeout: 30_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^readout: postgres:\/\/reader@127\.0\.0\.1:1\/readout: cannot connect to PostgreSQL: .*ECONNREFUSED/);
      expect(run.stderr).not.toContain('s3cret');
    }
  });

  describe('the server over either store', () => {
    const stores: EventStore[] = [];
    const apps: FastifyInstance[] = [];
    beforeAll(async () => {
      const rules = loadCommitmentCues(defaultDataDir()).fulfilment;
      for (const spec of [sqlite, url]) {
        const store = openStore(spec, { create: false });
        stores.push(store);
        apps.push(await createServer({ store, rules, today: () => '2025-06-01' }));
      }
    });
    afterAll(async () => {
      for (const app of apps) await app.close();
      for (const store of stores) await store.close();
    });

    it('answers the API and serves the pages alike', async () => {
      const dyads = (await stores[0]!.listDyads()).slice(0, 3).map((d) => d.dyad);
      const first = (await stores[0]!.listDocuments({ limit: 1 }))[0]!.id;
      const urls = [
        '/api/dyads',
        '/api/events?limit=500',
        '/api/events?quad=3',
        '/api/meetings',
        '/api/commitments',
        '/api/people?q=secretary',
        '/api/documents?topic=trade',
        '/api/documents?country=USA&limit=5&offset=2',
        `/api/documents/${first}`,
        ...dyads.flatMap((d) => [`/api/dyads/${d}`, `/api/dyads/${d}?from=2024-03-10&to=2024-05-20`, `/api/dyads/${d}?from=2022-03-10&to=2023-05-20`, `/dyads/${d}`]),
        '/',
        '/events',
        '/meetings',
        '/commitments',
        '/documents',
      ];
      // Each store took the documents at its own moment.
      const body = (text: string) => text.replace(/"ingestedAt":"[^"]*"/g, '');
      for (const path of urls) {
        const [a, b] = await Promise.all(apps.map((app) => app.inject({ method: 'GET', url: path })));
        expect({ path, status: b!.statusCode, body: body(b!.body) }).toEqual({ path, status: a!.statusCode, body: body(a!.body) });
      }
    });

    it('finds the same documents by search (ranked by its own measure)', async () => {
      for (const q of ['secretary', 'cooperation', '"foreign minister"', 'secur*', 'U.S.', 'nothing-like-this']) {
        const [a, b] = await Promise.all(stores.map((s) => s.searchDocuments({ q })));
        expect({ q, total: b!.total, ids: b!.items.map((d) => d.id).sort() }).toEqual({ q, total: a!.total, ids: a!.items.map((d) => d.id).sort() });
      }
    });
  });
});
