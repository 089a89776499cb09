import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../dictionaries/dataDir.js';
import { loadLanguageData } from '../dictionaries/LanguageData.js';
import { ReadoutError } from '../errors.js';
import type { Doc } from '../model/Doc.js';
import { createPipeline } from './defaultPipeline.js';
import { Pipeline } from './Pipeline.js';
import type { Stage } from './Stage.js';

const stage = (name: string, requires: string[], provides: string[], run: (doc: Doc) => void = () => {}): Stage => ({ name, requires, provides, run });

describe('Pipeline', () => {
  it('refuses stages in an order that cannot work', () => {
    expect(() => new Pipeline([stage('b', ['a-out'], []), stage('a', [], ['a-out'])])).toThrowError('stage "b" requires "a-out", which no earlier stage provides');
    expect(() => new Pipeline([stage('a', [], []), stage('a', [], [])])).toThrowError('stage "a" appears twice');
  });

  it('adds a stage after a named one without touching the others', () => {
    const p = createPipeline().with(stage('count', ['sentences'], ['count']), 'tokens');
    expect(p.names).toEqual(['extract', 'clean', 'metadata', 'tokens', 'count', 'actors', 'events', 'meeting', 'participants', 'topics', 'commitments', 'intents']);
    expect(() => createPipeline().with(stage('x', [], []), 'nope')).toThrowError('no stage named "nope"');
  });

  it('reports a failing stage by name and the document by origin', () => {
    const p = new Pipeline([
      stage('boom', [], [], () => {
        throw new Error('kaput');
      }),
    ]);
    const err = (() => {
      try {
        p.process({ id: null, origin: 'in.txt', format: 'text', body: 'x' });
      } catch (e) {
        return e as ReadoutError;
      }
    })();
    expect(err).toBeInstanceOf(ReadoutError);
    expect(err?.describe()).toBe('in.txt: stage "boom" failed: kaput');
  });

  it('runs two pipelines with different data side by side in one process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-data-'));
    cpSync(defaultDataDir(), dir, { recursive: true });
    const file = join(dir, 'boilerplate.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}  - id: house-style\n    pattern: "Distributed by the Press Pool"\n    action: drop\n    where: any\n`);
    const custom = createPipeline(loadLanguageData(dir));
    const standard = createPipeline();
    const body = 'The ministers met in Oslo.\n\nDistributed by the Press Pool\n\nThey agreed to meet again.';
    expect(custom.processText(body).text).toBe('The ministers met in Oslo.\n\nThey agreed to meet again.');
    expect(standard.processText(body).text).toContain('Distributed by the Press Pool');
    expect(custom.processText(body).text).not.toContain('Distributed');
  });
});
