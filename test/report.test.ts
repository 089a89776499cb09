import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readout } from './cli.js';
import { EXAMPLES } from './helpers.js';

describe('readout report', () => {
  it('writes one self-contained HTML file of a relationship: charts inline, no script, links to a server only when told', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'readout-report-'));
    const db = join(tmp, 'r.db');
    expect(readout(['ingest', EXAMPLES, '--db', db, '--no-progress']).status).toBe(0);
    const out = join(tmp, 'usa-jpn.html');
    const r = readout(['report', '--db', db, '--dyad', 'JPN-USA', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^readout: wrote .*usa-jpn\.html \(\d+ events, 1 meeting/);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/<svg[^>]*aria-label="Events between JPN-USA per month, by quad class"/);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
    expect(page).not.toMatch(/<script|<link|<img|<base/i);
    const based = readout(['report', '--db', db, '--dyad', 'USA-JPN', '--base-url', 'https://readout.example.org/']);
    expect(based.stdout).toContain('<base href="https://readout.example.org/">');
    expect(readout(['report', '--db', db, '--dyad', 'USA']).status).toBe(2);
  });
});
