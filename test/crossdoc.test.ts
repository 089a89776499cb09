import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readout } from './cli.js';

// Invented readouts: a US–Nigeria visit that promises a call and a return visit, the Nigerian
// account of the same visit, and, months later, the return visit.
const docs = [
  {
    id: 'us-visit',
    publisher: 'U.S. Department of State',
    date: '2024-03-12',
    text: 'Secretary of State Dana Quist traveled to Abuja, Nigeria on March 11 for meetings with Foreign Minister Tunde Okafor. The two sides discussed trade and regional security. The Secretary invited Foreign Minister Okafor to Washington, and they agreed to schedule a reciprocal visit in the coming months.',
  },
  {
    id: 'ng-visit',
    publisher: 'Ministry of Foreign Affairs of Nigeria',
    date: '2024-03-11',
    text: 'Foreign Minister Tunde Okafor met with U.S. Secretary of State Dana Quist in Abuja today. The two ministers exchanged views on trade and security in West Africa.',
  },
  {
    id: 'us-return',
    publisher: 'U.S. Department of State',
    date: '2024-07-02',
    text: 'Secretary Quist met with Foreign Minister Tunde Okafor of Nigeria in Washington today. They reviewed progress since the Secretary’s trip to Abuja.',
  },
];

describe('readout meetings and readout commitments', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'readout-crossdoc-')), 'x.db');
  const input = docs.map((d) => JSON.stringify(d)).join('\n');

  it('list one meeting reported twice once, and a promised visit fulfilled by the later one', () => {
    expect(readout(['ingest', '-', '--db', db], { input }).status).toBe(0);
    const meetings = readout(['meetings', '--db', db, '--dyad', 'USA-NGA', '--json']);
    expect(meetings.status).toBe(0);
    const groups = meetings.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; start: string; sources: { id: string }[] });
    expect(groups.map((g) => [g.kind, g.start, g.sources.map((s) => s.id).sort()])).toEqual([
      ['visit', '2024-03-11', ['ng-visit', 'us-visit']],
      ['visit', '2024-07-02', ['us-return']],
    ]);
    const fulfilled = readout(['commitments', '--db', db, '--status', 'fulfilled', '--as-of', '2024-12-31']);
    expect(fulfilled.status).toBe(0);
    expect(fulfilled.stdout).toMatch(/fulfilled\s+NGA-USA\s+USA\+NGA: schedule a reciprocal visit \(due: in the coming months\)/);
    expect(fulfilled.stdout).toContain('fulfilled by us-return (visit, 2024-07-02');
    expect(readout(['commitments', '--db', db, '--dyad', 'USA-CHN']).stdout).toBe('0 commitments\n');
  });

  it('refuse a dyad that is not two codes', () => {
    const r = readout(['meetings', '--db', db, '--dyad', 'USA']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a dyad');
  });
});
