import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../src/index.js';
import { ROOT } from './helpers.js';

/**
 * Every bad input gets one line on stderr, `readout: <file>: <problem>`, a non-zero exit code,
 * no stack trace, and leaves nothing half-written: no records on stdout for it, no document in
 * the database, no partial export file.
 */

// Readable by everyone, so the CLI can run as `nobody` where permissions are tested as root.
const tmp = mkdtempSync(join(tmpdir(), 'readout-bad-'));
chmodSync(tmp, 0o755);
// Where the CLI may write databases when it runs as `nobody`.
const dbDir = join(tmp, 'db');
mkdirSync(dbDir);
chmodSync(dbDir, 0o777);

const locked: string[] = [];
afterAll(() => {
  for (const p of locked) chmodSync(p, 0o755);
  try {
    rmSync(tmp, { recursive: true, force: true });
  } catch (e) {
    throw new Error(`${(e as Error).message}; left: ${readdirSync(dbDir).join(', ')}`);
  }
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];

/** Runs the CLI from source in a child process; async, so tests can run side by side. */
function cli(args: readonly string[], options: { asNobody?: boolean } = {}): Promise<Run> {
  const command = [...(options.asNobody ? NOBODY : []), process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Writes a file in the tmp dir (readable by all) and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content, { mode: 0o644 });
  return path;
}

let dbs = 0;
function freshDb(): string {
  return join(dbDir, `x${++dbs}.db`);
}

/** Documents in a database file, read directly; 0 when the file does not exist. */
function storedDocuments(db: string): number {
  if (!existsSync(db)) return 0;
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    return (conn.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

/** A problem as it must appear: `readout: <where>: <matching text>`, on one line. */
type Problem = [where: string, what: RegExp];

/**
 * Checks stderr holds exactly one line per problem and nothing else (bar ingest's summary
 * line, which must count the same failures), and no stack trace.
 */
function expectProblems(r: Run, problems: readonly Problem[], command: 'code' | 'ingest'): void {
  expect(r.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
  expect(r.stderr, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/);
  let lines = r.stderr.split('\n');
  expect(lines.pop(), 'stderr ends with a newline').toBe('');
  if (command === 'ingest') {
    const summary = lines.pop() ?? '';
    expect(summary).toMatch(new RegExp(`^ingested \\d+ documents? into .*, ${problems.length} failed; `));
  }
  lines = lines.filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(problems.length);
  for (const [where, what] of problems) {
    const prefix = `readout: ${where}: `;
    const matching = lines.filter((l) => l.startsWith(prefix) && what.test(l.slice(prefix.length)));
    expect(matching, `one line "${prefix}${what.source}" in:\n${r.stderr}`).toHaveLength(1);
  }
}

type Command = 'code' | 'ingest';
const COMMANDS: readonly Command[] = ['code', 'ingest'];

interface Outcome extends Run {
  db: string | null;
}

/** Runs `readout code` or `readout ingest --db <fresh>` on the paths. */
async function runOn(command: Command, paths: readonly string[], extra: readonly string[] = [], options: { asNobody?: boolean } = {}): Promise<Outcome> {
  if (command === 'code') return { ...(await cli(['code', ...paths, ...extra], options)), db: null };
  const db = freshDb();
  return { ...(await cli(['ingest', ...paths, '--db', db, '--no-progress', ...extra], options)), db };
}

/** The input fails as a whole: exit 1, the problems on stderr, no record printed, nothing stored. */
async function expectRefused(
  command: Command,
  paths: readonly string[],
  problems: readonly Problem[],
  options: { asNobody?: boolean; extra?: string[] } = {},
): Promise<Outcome> {
  const r = await runOn(command, paths, options.extra ?? [], options);
  expect(r.status, r.stderr).toBe(1);
  expectProblems(r, problems, command);
  expect(r.stdout, 'no record printed for a refused input').toBe('');
  if (r.db) expect(storedDocuments(r.db), 'nothing stored for a refused input').toBe(0);
  return r;
}

const GOOD_TEXT = 'The Secretary met the Foreign Minister of Veridia on Monday. They discussed maritime security and trade.';
const good = file('good.txt', `${GOOD_TEXT}\n`);

/** seeded bytes (mulberry32), so the "random" binary file is the same on every run. */
function randomBytes(n: number, seed: number): Uint8Array {
  let a = seed >>> 0;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Can permissions be tested here? Root reads anything, so as root the CLI runs as `nobody`.

function canRunAsNobody(): boolean {
  const r = spawnSync(NOBODY[0]!, [...NOBODY.slice(1), process.execPath, '-e', `require('fs').readdirSync(${JSON.stringify(tmp)})`], { encoding: 'utf8' });
  return r.status === 0;
}

function permissionMode(): { mode: 'nobody' | 'direct' | null; why: string } {
  const probe = join(tmp, 'probe-locked');
  mkdirSync(probe);
  chmodSync(probe, 0o000);
  let blocked = false;
  try {
    readdirSync(probe);
  } catch {
    blocked = true;
  }
  chmodSync(probe, 0o755);
  rmSync(probe, { recursive: true });
  if (blocked) return { mode: 'direct', why: '' };
  if (process.getuid?.() === 0) {
    if (canRunAsNobody()) return { mode: 'nobody', why: '' };
    return { mode: null, why: 'running as root (chmod 000 does not stop root) and cannot run the CLI as nobody with setpriv' };
  }
  return { mode: null, why: 'chmod 000 does not stop this user from reading (a privileged or unusual file system)' };
}

const permissions = permissionMode();
if (!permissions.mode) console.warn(`SKIPPED: unreadable-file tests: ${permissions.why}`);
const asNobody = permissions.mode === 'nobody';

/** A directory the CLI cannot list, and one it can list but whose .txt files it cannot read. */
const lockedDir = join(tmp, 'locked-dir');
const unreadableFilesDir = join(tmp, 'unreadable-files');
if (permissions.mode) {
  file('locked-dir/a.txt', GOOD_TEXT);
  chmodSync(lockedDir, 0o000);
  locked.push(lockedDir);
  for (const name of ['a.txt', 'b.txt']) {
    const p = file(`unreadable-files/${name}`, GOOD_TEXT);
    chmodSync(p, 0o000);
    locked.push(p);
  }
}

// ---------------------------------------------------------------------------------------------

describe.concurrent.each(COMMANDS)('readout %s: bad inputs', (command) => {
  it('a missing file', async () => {
    const missing = join(tmp, 'no-such-file.txt');
    await expectRefused(command, [missing], [[missing, /^no such file or directory$/]]);
  });

  it('a directory that does not exist', async () => {
    const missing = join(tmp, 'no-such-dir');
    await expectRefused(command, [missing], [[missing, /^no such file or directory$/]]);
  });

  it('a directory with no files readout reads', async () => {
    const dir = join(tmp, `${command}-no-text-files`);
    file(`${command}-no-text-files/scan.pdf`, '%PDF-1.4');
    file(`${command}-no-text-files/photo.png`, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    file(`${command}-no-text-files/.hidden.txt`, GOOD_TEXT);
    await expectRefused(command, [dir], [[dir, /^directory holds no \.txt, \.md, \.html, \.jsonl or \.xml files$/]]);
  });

  it.skipIf(!permissions.mode)('an unreadable directory', async () => {
    await expectRefused(command, [lockedDir], [[lockedDir, /^cannot read directory: permission denied$/]], { asNobody });
  });

  it.skipIf(!permissions.mode)('a directory whose files cannot be read', async () => {
    await expectRefused(
      command,
      [unreadableFilesDir],
      [
        [join(unreadableFilesDir, 'a.txt'), /^permission denied$/],
        [join(unreadableFilesDir, 'b.txt'), /^permission denied$/],
      ],
      { asNobody },
    );
  });

  it('an empty (0-byte) file and a file of only white space', async () => {
    const empty = file(`${command}-empty.txt`, '');
    const blank = file(`${command}-blank.txt`, '  \n\t\n \r\n\u00a0\n');
    const emptyJsonl = file(`${command}-empty.jsonl`, '');
    const blankMd = file(`${command}-blank.md`, '\n\n   \n');
    await expectRefused(
      command,
      [empty, blank, emptyJsonl, blankMd],
      [
        [empty, /^file is empty$/],
        [blank, /^file is empty|^document is empty|no article body/],
        [emptyJsonl, /^file is empty$/],
        [blankMd, /^file is empty/],
      ],
    );
  });

  it('binary files: a PNG, and random bytes with NULs', async () => {
    const png = file(`${command}-image.txt`, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...randomBytes(200, 1)]));
    const bytes = randomBytes(4096, 7);
    bytes[0] = 0x41; // not a known magic number, so the NUL byte is what gives it away
    bytes[100] = 0;
    bytes[1000] = 0;
    const noise = file(`${command}-noise.html`, bytes);
    await expectRefused(
      command,
      [png, noise],
      [
        [png, /^binary file \(a PNG image\); readout reads text, Markdown, HTML and JSONL$/],
        [noise, /^binary file \(NUL byte at offset \d+\)/],
      ],
    );
  });

  it('a 50 MB file is refused with the size limit and --max-size, without reading it all', async () => {
    const big = join(tmp, `${command}-big.txt`);
    if (!existsSync(big)) writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'The minister met the envoy. '));
    await expectRefused(command, [big], [[big, /^file is 50\.0 MB, over the 10\.0 MB limit for one document \(--max-size\)$/]]);
  });

  it('a 50 MB JSONL line is refused by line, and the lines around it are read', async () => {
    const line = JSON.stringify({ id: 'huge', text: 'The minister met the envoy. '.repeat((50 * 1024 * 1024) / 28) });
    const jsonl = file(`${command}-big.jsonl`, `${JSON.stringify({ id: 'small-1', text: GOOD_TEXT })}\n${line}\n${JSON.stringify({ id: 'small-2', text: `${GOOD_TEXT} Again.` })}\n`);
    const r = await runOn(command, [jsonl], command === 'code' ? ['--jsonl'] : []);
    expect(r.status, r.stderr).toBe(1);
    expectProblems(r, [[`${jsonl}:2`, /^line is 50\.0 MB, over the 10\.0 MB limit for one document \(--max-size\)$/]], command);
    if (r.db) expect(storedDocuments(r.db)).toBe(2);
    else expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as DocumentRecord).id)).toEqual(['small-1', 'small-2']);
  });

  it('an invalid JSONL line names file:line; the good lines around it are still processed', async () => {
    const jsonl = file(
      `mixed-${command}.jsonl`,
      [
        JSON.stringify({ id: 'first', text: GOOD_TEXT }),
        '{"id": "second", "text": "unterminated',
        JSON.stringify({ id: 'third', text: 'The envoy arrived in Marovia on Tuesday. Talks on fisheries continued for two days.' }),
      ].join('\n'),
    );
    const r = await runOn(command, [jsonl], command === 'code' ? ['--jsonl'] : []);
    expect(r.status, r.stderr).toBe(1);
    expectProblems(r, [[`${jsonl}:2`, /^not valid JSON/]], command);
    if (command === 'code') {
      expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as DocumentRecord).id)).toEqual(['first', 'third']);
    } else {
      const list = await cli(['list', '--db', r.db!, '--json']);
      expect(list.status, list.stderr).toBe(0);
      const ids = list.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
      expect(ids.sort()).toEqual(['first', 'third']);
    }
  });

  it('JSONL lines without text, with an empty text, with a wrong type, and a non-object', async () => {
    const jsonl = file(
      `${command}-fields.jsonl`,
      [
        JSON.stringify({ id: 'a', title: 'Readout', date: '2024-01-02' }),
        JSON.stringify({ id: 'b', text: '   ' }),
        JSON.stringify({ id: 'c', text: 42 }),
        '[1, 2, 3]',
        '',
      ].join('\n'),
    );
    await expectRefused(
      command,
      [jsonl],
      [
        [`${jsonl}:1`, /^no "text", "html" or "markdown" field \(has: id, title, date\)$/],
        [`${jsonl}:2`, /^document text is empty$/],
        [`${jsonl}:3`, /^field "text" must be a string, not number$/],
        [`${jsonl}:4`, /^each line must be a JSON object$/],
      ],
    );
  });

  it('HTML with no article body (only navigation, header and footer links)', async () => {
    const html = file(
      `${command}-chrome-only.html`,
      `<!DOCTYPE html><html><head><title>Ministry of Foreign Affairs</title></head><body>
        <header><a href="/">Home</a> <a href="/about">About the Ministry</a></header>
        <nav><ul><li><a href="/news">News</a></li><li><a href="/press">Press releases</a></li><li><a href="/contact">Contact</a></li></ul></nav>
        <footer><a href="/privacy">Privacy</a> | <a href="/terms">Terms of use</a> | <a href="/sitemap">Sitemap</a></footer>
      </body></html>`,
    );
    await expectRefused(command, [html], [[html, /^no article body found in the HTML/]]);
  });

  it('--date that does not parse is a usage error (exit 2) naming the value, before anything is read or written', async () => {
    const r = await runOn(command, [good], ['--date', '2023-13-45']);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
    expect(r.stderr).toContain('2023-13-45');
    expect(r.stderr).toMatch(/not a date/);
    expect(r.stdout).toBe('');
    if (r.db) expect(existsSync(r.db), 'no database created for a usage error').toBe(false);
  });

  it('a JSONL date that does not parse names file:line; the other lines are read', async () => {
    const jsonl = file(
      `${command}-dates.jsonl`,
      [JSON.stringify({ id: 'ok', date: '2024-03-18', text: GOOD_TEXT }), JSON.stringify({ id: 'bad', date: 'not a date', text: GOOD_TEXT })].join('\n'),
    );
    const r = await runOn(command, [jsonl], command === 'code' ? ['--jsonl'] : []);
    expect(r.status, r.stderr).toBe(1);
    expectProblems(r, [[`${jsonl}:2`, /^date "not a date" does not parse \(use YYYY-MM-DD\)$/]], command);
    if (r.db) expect(storedDocuments(r.db)).toBe(1);
    else expect((JSON.parse(r.stdout) as DocumentRecord).published).toBe('2024-03-18');
  });

  it('text in another encoding (Latin-1) is refused as not UTF-8, in a file and in a JSONL line', async () => {
    const latin1 = file(`${command}-latin1.txt`, Buffer.from('Le ministre a rencontr\xe9 son homologue \xe0 Paris. Les deux parties ont discut\xe9.', 'latin1'));
    const jsonl = file(`${command}-latin1.jsonl`, Buffer.concat([Buffer.from('{"id":"x","text":"caf'), Buffer.from([0xe9]), Buffer.from(' talks. The minister spoke."}\n')]));
    await expectRefused(
      command,
      [latin1, jsonl],
      [
        [latin1, /^not valid UTF-8 \(byte offset \d+\); convert it first, e\.g\. iconv -f windows-1252 -t utf-8$/],
        [`${jsonl}:1`, /^line is not valid UTF-8/],
      ],
    );
  });

  it('several bad inputs at once: one line each, good inputs still go through', async () => {
    const missing = join(tmp, 'gone.txt');
    const empty = file(`${command}-empty2.txt`, '');
    const png = file(`${command}-pic.md`, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]));
    const r = await runOn(command, [missing, good, empty, png]);
    expect(r.status).toBe(1);
    expectProblems(
      r,
      [
        [missing, /^no such file or directory$/],
        [empty, /^file is empty$/],
        [png, /^binary file \(a PNG image\)/],
      ],
      command,
    );
    if (r.db) expect(storedDocuments(r.db)).toBe(1);
    else expect((JSON.parse(r.stdout) as DocumentRecord).text).toBe(GOOD_TEXT);
  });
});

describe.concurrent.each(COMMANDS)('readout %s: encodings that must work', (command) => {
  const text = 'The Secretary met the Foreign Minister of Caledon in Geneva. They agreed to resume talks on energy — and on visas.';
  const cases: [string, Uint8Array][] = [
    ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['utf16le-bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['utf16le-nobom', Buffer.from(text, 'utf16le')],
    ['utf16be-bom', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ];
  it.each(cases)('%s', async (name, bytes) => {
    const path = file(`enc-${command}-${name}.txt`, bytes);
    const r = await runOn(command, [path]);
    expect(r.status, r.stderr).toBe(0);
    if (command === 'code') {
      expect(r.stderr).toBe('');
      const record = JSON.parse(r.stdout) as DocumentRecord;
      expect(record.text).toBe(text);
      expect(record.sentences.map((s) => s.text)).toEqual([
        'The Secretary met the Foreign Minister of Caledon in Geneva.',
        'They agreed to resume talks on energy — and on visas.',
      ]);
    } else {
      expect(r.stderr).toMatch(/^ingested 1 document into .*: 1 new, 0 new versions, 0 unchanged, 0 failed;/);
      const conn = new Database(r.db!, { readonly: true });
      try {
        expect(conn.prepare('SELECT id, text FROM documents').all()).toEqual([{ id: `enc-${command}-${name}`, text }]);
      } finally {
        conn.close();
      }
    }
  });
});

describe.concurrent('readout export: nothing half-written', () => {
  it('a --db that is not a SQLite database: one line, non-zero exit, no output file, the file untouched', async () => {
    const notDb = file('not-a-database.db', 'This is a text file, not a database. '.repeat(200));
    const before = readFileSync(notDb);
    const out = join(tmp, 'export-1', 'out.jsonl');
    mkdirSync(join(out, '..'), { recursive: true });
    const r = await cli(['export', '--db', notDb, '--out', out]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).toMatch(new RegExp(`^readout: ${notDb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot open the database: file is not a database\n$`));
    expect(readdirSync(join(out, '..')), 'no output file, partial or whole').toEqual([]);
    expect(readFileSync(notDb).equals(before), 'the file given as --db is unchanged').toBe(true);
  });

  it('an --out in a directory that does not exist: one line, no stack trace, nothing left behind', async () => {
    const db = freshDb();
    expect((await cli(['ingest', good, '--db', db, '-q'])).status).toBe(0);
    const out = join(tmp, 'no-such-dir', 'out.jsonl');
    const r = await cli(['export', '--db', db, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
    expect(r.stderr).toMatch(/^readout: .*out\.jsonl: cannot write the output file: no such directory\n$/);
    expect(existsSync(join(tmp, 'no-such-dir'))).toBe(false);
    // Two CLI runs that each load the pipeline: on a loaded machine they outlast the default timeout.
  }, 180_000);

  it('a successful export leaves only the output file (no .partial beside it)', async () => {
    const db = freshDb();
    expect((await cli(['ingest', good, '--db', db, '-q'])).status).toBe(0);
    const dir = join(tmp, 'export-ok');
    mkdirSync(dir);
    const r = await cli(['export', '--db', db, '--out', join(dir, 'records.jsonl')]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['records.jsonl']);
    expect((JSON.parse(readFileSync(join(dir, 'records.jsonl'), 'utf8')) as DocumentRecord).text).toBe(GOOD_TEXT);
  });
});
