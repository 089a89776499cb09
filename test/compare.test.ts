import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../src/index.js';
import { readout } from './cli.js';
import { cn, us } from './fixtures/inventedCall.js';

// Another invented call of the same two, a month later: nobody else reports it.
const april = { ...cn, id: 'cn-april', date: '2024-04-15', text: cn.text.replace('On March 11', 'On April 15') };

const tmp = mkdtempSync(join(tmpdir(), 'readout-compare-'));
const file = (name: string, ...docs: object[]) => {
  const path = join(tmp, name);
  writeFileSync(path, docs.map((d) => JSON.stringify(d)).join('\n'));
  return path;
};

describe('readout compare', () => {
  const usFile = file('us.jsonl', us);
  const cnFile = file('cn.jsonl', cn);
  const db = join(tmp, 'both.db');

  it('compares two files coded on the fly, with no database', () => {
    const r = readout(['compare', usFile, cnFile, '--json', '--db', join(tmp, 'none.db')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(join(tmp, 'none.db'))).toBe(false);
    const c = JSON.parse(r.stdout) as Comparison;
    expect(c.meeting.same).toBe(true);
    const topic = (id: string) => c.topics.find((t) => t.id === id);
    expect(topic('south-china-sea')?.reportedBy).toBe('a');
    expect(topic('taiwan')?.reportedBy).toBe('b');
    expect(topic('taiwan')?.stances).toEqual([{ party: 'CHN', a: null, b: 'concern', differs: true }]);
    expect(topic('counternarcotics')?.reportedBy).toBe('both');
    expect(c.tone.a.meanGoldstein).not.toBe(c.tone.b.meanGoldstein);
    const cue = topic('taiwan')!.b!.cues[0]!;
    expect(cn.text.slice(cue.start, cue.end)).toMatch(/Taiwan/);
  });

  it('proposes the other account from the store when only one is named', () => {
    expect(readout(['ingest', usFile, cnFile, '--db', db]).status).toBe(0);
    const r = readout(['compare', 'us-call', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('readout: comparing with cn-call, which reports the same meeting\n');
    expect(r.stdout).toMatch(/^A {2}us-call {2}U\.S\. Department of State, 2024-03-11\n {3}call, USA–CHN, 2024-03-11\nB {2}cn-call {2}Ministry of Foreign Affairs/);
    expect(r.stdout).toContain('same meeting: yes\n');
    expect(r.stdout).toMatch(/\n {2}South China Sea +A only +concern \| - +A s2\n/);
    expect(r.stdout).toMatch(/\n {2}Taiwan and cross-Strait relations +B only +- \| concern +B s2\n/);
    expect(r.stdout).toMatch(/\n {2}Taiwan and cross-Strait relations +not reported +CHN\n/);
    expect(r.stdout).toMatch(/\n {2}A {2}\+\d\.\d\d +\d+ +\d+\/0\/1\/0 +USA [-+]\d\.\d\d, CHN [-+]\d\.\d\d\n/);
    expect(r.stdout).toMatch(/look the same: A1 ~ B2 \(words: open, communication\)/);
  });

  it('compares a stored document with a file read from stdin', () => {
    const r = readout(['compare', 'cn-call', '-', '--db', db, '--json'], { input: JSON.stringify(us) });
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout) as Comparison;
    expect([c.a.id, c.b.id]).toEqual(['cn-call', 'us-call']);
    expect(c.topics.find((t) => t.id === 'taiwan')?.reportedBy).toBe('a');
  });

  it('says so when the store holds no other account, or no such document', () => {
    const lone = join(tmp, 'lone.db');
    expect(readout(['ingest', usFile, file('april.jsonl', april), '--db', lone]).status).toBe(0);
    const none = readout(['compare', 'us-call', '--db', lone]);
    expect(none.status).toBe(1);
    expect(none.stderr).toBe(`readout: ${lone}: no stored document reports the same call as "us-call"; name the other document\n`);
    expect(none.stdout).toBe('');
    const missing = readout(['compare', 'no-such-doc', 'us-call', '--db', lone]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`readout: ${lone}: no document "no-such-doc" in the database (nor a file of that name)\n`);
  });

  it('refuses a file of several documents', () => {
    const r = readout(['compare', file('both.jsonl', us, cn), cnFile]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/both\.jsonl: holds 2 documents; compare takes one each side\n$/);
  });
});
