import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problem } from '../../../test/helpers.js';
import { loadActorFiles } from '../actors.js';
import { defaultDataDir } from '../dataDir.js';
import { DataDir } from '../loadDataFile.js';
import { compileDictionarySet, readDictionarySet } from './DictionarySet.js';


function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'readout-set-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const tokenize = (phrase: string) => phrase.split(/\s+/).filter(Boolean);

describe('dictionary sets', () => {
  it('resolve paths against the set file and default to readout’s own actors and agents', () => {
    const dir = dirWith({ 'set.json': '{"verbs": "v/verbs.txt", "discards": "d.txt"}' });
    const set = readDictionarySet(join(dir, 'set.json'));
    expect(set).toEqual({ file: join(dir, 'set.json'), verbs: join(dir, 'v/verbs.txt'), actors: 'builtin', agents: 'builtin', discards: join(dir, 'd.txt') });
  });

  it('name the set file and the problem', () => {
    const dir = dirWith({ 'bad.json': '{"verbs": ', 'extra.json': '{"verbs": "v.txt", "issues": "x.txt"}', 'own.json': '{"verbs": "builtin"}', 'list.json': '[1]' });
    expect(problem(() => readDictionarySet(join(dir, 'bad.json')))).toMatch(/bad\.json: not valid JSON/);
    expect(problem(() => readDictionarySet(join(dir, 'extra.json')))).toMatch(/extra\.json: unknown key "issues"/);
    expect(problem(() => readDictionarySet(join(dir, 'own.json')))).toMatch(/own\.json: "verbs" must name a PETRARCH verbs file/);
    expect(problem(() => readDictionarySet(join(dir, 'list.json')))).toMatch(/list\.json: a dictionary set is a JSON object/);
    expect(problem(() => readDictionarySet(join(dir, 'none.json')))).toMatch(/none\.json: cannot read the dictionary set file/);
  });

  it('name the dictionary file and line of each line they skip, and of a missing file', () => {
    const actors = loadActorFiles(new DataDir(defaultDataDir()));
    const dir = dirWith({ 'set.json': '{"verbs": "verbs.txt", "actors": ["a.txt"], "agents": "g.txt"}', 'verbs.txt': '--- SAY [010] ---\nSAY\n- * &NOWHERE [011]\n- * BACK [01 1]\n~ a (a b ATTACK) SAY = a b 015\n', 'a.txt': 'X [X]\n', 'g.txt': 'OFFICIAL [~GOV]\nPOLICE [COP]\n' });
    const dict = compileDictionarySet(readDictionarySet(join(dir, 'set.json')), tokenize, actors);
    expect(dict.warnings).toEqual([
      `${join(dir, 'g.txt')}:2: the agent code "[COP]" needs a "~" before it (suffix) or after it (prefix); the line is skipped`,
      `${join(dir, 'verbs.txt')}:4: cannot read the event code "[01 1]" (expected [CODE] or [CODE:CODE]); the line is skipped`,
      `${join(dir, 'verbs.txt')}:5: PETRARCH-2 transformation: readout codes each verb on its own`,
      `${join(dir, 'verbs.txt')}:3: the synset "&NOWHERE" is used but never defined; the pattern "* &NOWHERE" never matches`,
    ]);
    expect(dict.counts).toMatchObject({ actors: 1, agents: 1, patterns: 0 });
    writeFileSync(join(dir, 'set.json'), '{"verbs": "verbs.txt", "actors": ["missing.txt"]}');
    expect(problem(() => compileDictionarySet(readDictionarySet(join(dir, 'set.json')), tokenize, actors))).toBe(`${join(dir, 'missing.txt')}: cannot read the actors file named in ${join(dir, 'set.json')} (ENOENT)`);
  });
});
