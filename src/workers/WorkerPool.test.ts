import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../dictionaries/dataDir.js';
import type { SourceDocument } from '../model/SourceDocument.js';
import { createPipeline } from '../pipeline/defaultPipeline.js';
import { WorkerPool } from './WorkerPool.js';

// Invented texts in the styles of several governments.
const texts = [
  'Secretary of State Antony J. Blinken met with Chinese Foreign Minister Wang Yi in Beijing on June 19, 2023. The Secretary raised concerns about the PRC’s human rights record. The two sides agreed to continue discussions.',
  'Wang Yi said that China firmly opposes the sanctions imposed by the United States. The Chinese side expressed its serious concern over the situation in the Taiwan Strait.',
  'The Prime Minister underlined the United Kingdom’s support for Ukraine. The ministers exchanged views on the war and agreed to meet again in the autumn.',
];
const sources: SourceDocument[] = texts.map((body, i) => ({ id: `t${i}`, origin: `t${i}.txt`, format: 'text', body, date: '2024-05-01' }));

describe('WorkerPool', () => {
  let pool: WorkerPool;
  beforeAll(async () => {
    pool = await WorkerPool.start({ size: 2 });
  }, 60_000);
  afterAll(async () => {
    await pool.close();
  });

  it('gives each document the record the pipeline in this thread gives', async () => {
    const pipeline = createPipeline();
    const records = await Promise.all(sources.map((s) => pool.process(s)));
    expect(records.map((r) => r.id)).toEqual(['t0', 't1', 't2']);
    expect(records).toEqual(sources.map((s) => pipeline.process(s)));
    expect(records[0]!.events.length).toBeGreaterThan(0);
  });

  it('rejects a bad document with its error and file, and goes on with the next', async () => {
    const bad = pool.process({ id: 'e', origin: 'empty.txt', format: 'text', body: '   ' });
    await expect(bad).rejects.toMatchObject({ code: 'E_EMPTY', where: 'empty.txt' });
    await expect(pool.process(sources[0]!)).resolves.toMatchObject({ id: 't0' });
  });

  it('passes the default date on', async () => {
    const record = await pool.process({ id: 'd', origin: 'd.txt', format: 'text', body: 'The Secretary met the Foreign Minister of India.' }, { date: '2022-02-03' });
    expect(record.referenceDate).toBe('2022-02-03');
  });
});

describe('WorkerPool.start', () => {
  it('runs only the stages up to the one named', async () => {
    const pool = await WorkerPool.start({ size: 1, upTo: 'events' });
    try {
      const record = await pool.process(sources[0]!);
      expect(record.events.length).toBeGreaterThan(0);
      expect(record.meeting).toBeNull();
      expect(record.topics).toEqual([]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('rejects with the data error naming the file when a dictionary is malformed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-pool-'));
    try {
      cpSync(defaultDataDir(), dir, { recursive: true });
      writeFileSync(join(dir, 'publishers.yaml'), 'version: 1\npublishers: [\n');
      const started = WorkerPool.start({ size: 2, dataDir: dir });
      await expect(started).rejects.toMatchObject({ code: 'E_DATA' });
      await expect(started).rejects.toThrow(/publishers\.yaml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
