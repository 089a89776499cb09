import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problem } from '../../test/helpers.js';
import { defaultDataDir } from './dataDir.js';
import { loadLanguageData } from './LanguageData.js';


function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-data-'));
  cpSync(defaultDataDir(), dir, { recursive: true });
  return dir;
}

describe('data/ files', () => {
  it('load, match their schemas and compile', () => {
    const data = loadLanguageData();
    expect(data.boilerplate.length).toBeGreaterThan(10);
    expect(new Set(data.boilerplate.map((r) => r.id)).size).toBe(data.boilerplate.length);
    expect(data.publishers.byLine('U.S. Department of State')?.country).toBe('USA');
    expect(data.publishers.byLine('the white house')?.name).toBe('The White House');
    expect(data.publishers.byUrl('https://www.state.gov/secretary-blinkens-call/')?.name).toBe('U.S. Department of State');
    expect(data.publishers.byUrl('https://bidenwhitehouse.archives.gov/briefing-room/x')?.name).toBe('The White House');
    expect(data.publishers.byUrl('not a url')).toBeUndefined();
    expect(data.abbreviations.titles.has('amb')).toBe(true);
    expect(new Set(data.topics.topics.map((t) => t.id)).size).toBe(data.topics.topics.length);
    for (const t of data.topics.topics) if (t.parent) expect(data.topics.topics.some((p) => p.id === t.parent)).toBe(true);
    expect(data.meetings.kinds.map((k) => k.kind)).toContain('call');
    expect(data.commitments.cues.some((c) => c.cue === 'agreed to')).toBe(true);
  });

  it('name the file and the entry when a rule has an unknown key', () => {
    const dir = copyOfData();
    const file = join(dir, 'boilerplate.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    action: drop\n', '    acton: drop\n'));
    expect(problem(() => loadLanguageData(dir))).toMatch(/boilerplate\.yaml:19: does not match boilerplate\.schema\.json: \/rules\/0 .*\/rules\/0 has unknown key "acton"/);
  });

  it('name the rule whose pattern is not a regular expression', () => {
    const dir = copyOfData();
    const file = join(dir, 'boilerplate.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('pattern: "Official websites use \\\\.gov"', 'pattern: "Official (websites"'));
    expect(problem(() => loadLanguageData(dir))).toMatch(/^boilerplate\.yaml: rule gov-banner-official-gov: bad pattern/);
  });

  it('report YAML that does not parse', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, 'publishers.yaml'), 'version: 1\npublishers: [\n');
    expect(problem(() => loadLanguageData(dir))).toMatch(/publishers\.yaml: not valid YAML/);
  });

  it('name the file, the line and the problem for a bad verb pattern, and load nothing', () => {
    const dir = copyOfData();
    const file = join(dir, 'events/patterns.yaml');
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^\s+- \{?id:/.test(l));
    lines[at] = lines[at]!.replace(/match: "[^"]*"/, 'match: "meet [with TARGET"');
    writeFileSync(file, lines.join('\n'));
    expect(problem(() => loadLanguageData(dir))).toMatch(new RegExp(`patterns\\.yaml:${at + 1}: `));
  });

  it('refuse a pattern whose code is not a CAMEO code', () => {
    const dir = copyOfData();
    const file = join(dir, 'events/patterns.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => /^\s+- \{?id:/.test(l));
    lines[at] = lines[at]!.replace(/code: "\d+"/, 'code: "999"');
    writeFileSync(file, lines.join('\n'));
    expect(problem(() => loadLanguageData(dir))).toMatch(new RegExp(`patterns\\.yaml:${at + 1}: pattern [a-z0-9.-]+: "999" is not a CAMEO code`));
  });

  it('refuse a coding convention that points at a code CAMEO does not have', () => {
    const dir = copyOfData();
    const file = join(dir, 'grammar.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"04": "036"', '"04": "999"'));
    expect(problem(() => loadLanguageData(dir))).toMatch(/grammar\.yaml:\d+: intentCodes: 04 → "999" is not a CAMEO code/);
  });
});
