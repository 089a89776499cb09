import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readout } from './cli.js';
import { inventedSet } from './fixtures/inventedDictionarySet.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'readout-petr-cli-'));
}

describe('PETRARCH dictionaries and input on the command line', () => {
  it('readout code FILE.jsonl --jsonl --dictionaries SET.json prints one record per line with its id', () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(
      input,
      `${[
        { id: 'R-1', date: '2012-05-01', text: 'Valdoria is about to restore full diplomatic ties with Kestria.' },
        { id: 'R-2', date: '2016-05-01', text: 'Talwyn condemned Valdoria.' },
        { id: 'R-3', date: '2016-05-01', text: 'Nothing happened.' },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n')}\n`,
    );
    const run = readout(['code', input, '--jsonl', '--dictionaries', inventedSet()]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; events: { source: { code: string }; target: { code: string }; code: string; evidence: string }[] });
    expect(records.map((r) => [r.id, r.events.map((e) => `${e.source.code}>${e.target.code}:${e.code}`)])).toEqual([
      ['R-1', ['VAL>KES:064']],
      ['R-2', ['TAL>VAL:122']],
      ['R-3', []],
    ]);
    expect(records[0]!.events[0]!.evidence).toBe('restore full diplomatic ties');
  });

  it("reads PETRARCH's XML input and writes its event lines", () => {
    const dir = tempDir();
    const xml = join(dir, 'in.xml');
    writeFileSync(
      xml,
      `<?xml version="1.0" encoding="UTF-8"?>
<Sentences>
<Sentence date="20120501" id="STORY1-1" source="WIRE" sentence="True">
<Text>
Valdoria and Kestria condemned Orvane.
</Text>
<Parse>(ROOT (S ...))</Parse>
</Sentence>
<Sentence date="20120501" id="STORY1-2" source="WIRE" sentence="false"><Text>Valdoria condemned Kestria.</Text></Sentence>
</Sentences>
`,
    );
    const run = readout(['code', xml, '--petrarch', '--dictionaries', inventedSet()]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('20120501\tVAL\tORV\t122\t\tSTORY1-1\tWIRE\n20120501\tKES\tORV\t122\t\tSTORY1-1\tWIRE\n');
  });

  it('names the file, line and problem of a bad set, dictionary or XML, and exits non-zero', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.xml'), '<Sentences><Sentence id="a" date="20120501"><Text>x</Sentence></Sentences>');
    const xml = readout(['code', join(dir, 'broken.xml'), '--petrarch']);
    expect(xml.status).not.toBe(0);
    expect(xml.stderr).toMatch(/broken\.xml: not well-formed XML at line 1, column \d+/);
    const set = inventedSet({ verbs: 'missing-verbs.txt' });
    const missing = readout(['code', '-', '--dictionaries', set], { input: 'Valdoria condemned Kestria.' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/missing-verbs\.txt: cannot read the verbs file named in .*set\.json \(ENOENT\)/);
    expect(missing.stdout).toBe('');
  });

  it('ingests with a set, in worker threads too, storing the dictionary events', () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'W-1', date: '2012-05-01', text: 'Valdoria condemned Kestria.' })}\n${JSON.stringify({ id: 'W-2', date: '2012-05-01', text: 'Kestria condemned Orvane.' })}\n`);
    const db = join(dir, 'r.db');
    const ingest = readout(['ingest', input, '--db', db, '--workers', '2', '--dictionaries', inventedSet(), '-q', '--no-progress']);
    expect(ingest.stderr).toBe('');
    expect(ingest.status).toBe(0);
    const show = readout(['export', '--db', db, '--format', 'jsonl']);
    const events = show.stdout
      .trim()
      .split('\n')
      .flatMap((l) => (JSON.parse(l) as { events: { source: { code: string }; target: { code: string }; code: string }[] }).events.map((e) => `${e.source.code}>${e.target.code}:${e.code}`));
    expect(events.sort()).toEqual(['KES>ORV:122', 'VAL>KES:122']);
  });
});
