import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** A PostgreSQL server of its own for a test file: started in a temporary directory, deleted after. */
export interface PgCluster {
  /** A URL of the server's `postgres` database; `databaseUrl(name)` for another. */
  url: string;
  databaseUrl(name: string): string;
  stop(): void;
}

/**
 * The directory holding initdb and pg_ctl: READOUT_PG_BIN, else on PATH, else Debian's
 * /usr/lib/postgresql/<version>/bin (the newest), which is not on PATH by default.
 */
export function findPgBin(): string | null {
  const has = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  if (process.env.READOUT_PG_BIN) return has(process.env.READOUT_PG_BIN) ? process.env.READOUT_PG_BIN : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && has(dir)) return dir;
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return null;
  const versions = readdirSync(debian)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (has(join(debian, v, 'bin'))) return join(debian, v, 'bin');
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * initdb and pg_ctl start on a free loopback port. PostgreSQL refuses to run as root, so as root
 * (CI, containers) the cluster belongs to the `postgres` user that Debian's package creates.
 * Durability is switched off, as the cluster lives for one test file, unless `durable` (the scale
 * benchmark: figures for a server configured as one would run it); `settings` are further `-c` options.
 */
export async function startPgCluster(bin: string, options: { durable?: boolean; settings?: Record<string, string> } = {}): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (tool: string, args: string[]) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    execFileSync(cmd as string, argv as string[], { stdio: ['ignore', 'pipe', 'pipe'] });
  };
  const stop = () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Not running (it failed to start, or was stopped already): only the files are left to delete.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    const settings = { ...(options.durable ? {} : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }), ...options.settings };
    const flags = [`-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)].join(' ');
    run('pg_ctl', ['-D', data, '-o', flags, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  } catch (e) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    const stderr = (e as { stderr?: Buffer }).stderr?.toString() ?? '';
    stop();
    throw new Error(`cannot start a PostgreSQL cluster with ${bin}: ${(e as Error).message}\n${stderr}\n${log}`);
  }
  const databaseUrl = (name: string) => `postgres://postgres@127.0.0.1:${port}/${name}`;
  return { url: databaseUrl('postgres'), databaseUrl, stop };
}

/** Why PostgreSQL tests cannot run here, or null when they can (a server named by READOUT_TEST_PG_URL, or binaries for a cluster). */
export function pgUnavailable(): string | null {
  if (process.env.READOUT_TEST_PG_URL || findPgBin()) return null;
  return 'no initdb/pg_ctl here (apt-get install postgresql, or set READOUT_PG_BIN or READOUT_TEST_PG_URL)';
}

/** A server for one test file, and new empty databases on it; `stop` drops them (or the whole cluster). */
export interface PgTestServer {
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The server READOUT_TEST_PG_URL names (databases readout_test_* are created on it, and dropped
 * after), else a throwaway cluster.
 */
export async function pgTestServer(): Promise<PgTestServer> {
  const external = process.env.READOUT_TEST_PG_URL;
  const cluster: PgCluster = external
    ? { url: external, databaseUrl: (name) => Object.assign(new URL(external), { pathname: `/${name}` }).toString(), stop: () => {} }
    : await startPgCluster(findPgBin()!);
  const admin = new pg.Client(cluster.url);
  try {
    await admin.connect();
  } catch (e) {
    cluster.stop();
    throw e;
  }
  const created: string[] = [];
  // Test files may share one server (READOUT_TEST_PG_URL), in processes or threads: names must not meet.
  const prefix = `readout_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    async createDatabase() {
      const name = `${prefix}_${created.length}`;
      await admin.query(`CREATE DATABASE ${name}`);
      created.push(name);
      return cluster.databaseUrl(name);
    },
    async stop() {
      if (external) for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      cluster.stop();
    },
  };
}
