import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../src/index.js';
import { parseJsonlLine } from '../src/input/parseJsonlLine.js';
import { loadCommitmentCues } from '../src/dictionaries/commitmentCues.js';
import { defaultDataDir } from '../src/dictionaries/dataDir.js';
import type { Relationship } from '../src/explore/relationship.js';
import { createServer } from '../src/server/createServer.js';
import { SqliteStore } from '../src/storage/sqlite/SqliteStore.js';
import { hasShared, SHARED } from './helpers.js';

const CORPUS = join(SHARED, 'corpus', 'us-readouts', 'readouts.jsonl');

/**
 * The USA–CHN relationship page on the real corpus: every number its charts draw (bars, tone
 * dots, meeting marks, topic cells) is the number the API's JSON gives for the same query. The
 * readouts that name China are ingested, so every USA–CHN event and meeting is in the store.
 */
describe.skipIf(!hasShared(CORPUS))('relationship page on the US corpus', () => {
  let app: FastifyInstance;
  let store: SqliteStore;
  beforeAll(async () => {
    const pipeline = createPipeline();
    store = new SqliteStore(':memory:');
    const lines = readFileSync(CORPUS, 'utf8').split('\n');
    for (const [i, line] of lines.entries()) {
      if (!line || !/China|Chinese|PRC|Beijing/.test(line)) continue;
      await store.putDocument(pipeline.process(parseJsonlLine(line, `${CORPUS}:${i + 1}`)));
    }
    app = await createServer({ store, rules: loadCommitmentCues(defaultDataDir()).fulfilment, today: () => '2025-12-31' });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('draws exactly the numbers of /api/dyads/USA-CHN', async () => {
    for (const query of ['', '?from=2023-01-01&to=2023-12-31']) {
      const api = (await app.inject({ method: 'GET', url: `/api/dyads/USA-CHN${query}` })).json() as Relationship;
      const { document } = parseHTML((await app.inject({ method: 'GET', url: `/dyads/USA-CHN${query}` })).body);
      expect(api.timeline.length, query).toBeGreaterThan(query ? 3 : 12);

      const bars = new Map<string, number>();
      for (const rect of document.querySelectorAll('svg[aria-label^="Events between"] rect[aria-label]')) {
        const m = /^(\d{4}-\d{2}), (.+): (\d+) events$/.exec(rect.getAttribute('aria-label') ?? '');
        if (m) bars.set(`${m[1]} ${m[2]}`, Number(m[3]));
      }
      const labels = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];
      const expected = new Map(api.timeline.flatMap((m) => m.quads.flatMap((n, q) => (n ? [[`${m.month} ${labels[q]}`, n] as const] : []))));
      expect(bars, query).toEqual(expected);

      const tone = [...document.querySelectorAll('svg[aria-label^="Mean Goldstein"] circle title')].map((t) => t.textContent);
      expect(tone, query).toEqual(api.timeline.map((m) => `${m.month}: mean Goldstein ${m.goldstein} over ${m.events} events`));
      const marks = document.querySelectorAll('svg[aria-label^="Mean Goldstein"] a path[aria-label]').length;
      expect(marks, query).toBe(api.meetings.filter((g) => g.start).length);

      const cells = [...document.querySelectorAll('svg[aria-label^="Topics raised"] rect title')].map((t) => t.textContent).sort();
      const topCells = api.topics.slice(0, 12).flatMap((t) => t.months.map((m) => `${t.label}, ${m.month}: ${m.documents} document${m.documents === 1 ? '' : 's'}`));
      expect(cells, query).toEqual(topCells.sort());

      const summary = [...document.querySelectorAll('main p')].map((p) => p.textContent ?? '').find((t) => t.includes('mean Goldstein')) ?? '';
      expect(summary, query).toContain(`${api.events} events, mean Goldstein ${api.goldstein}`);
      expect(summary, query).toContain(`${api.meetings.length} meeting`);
    }
  }, 60_000);
});
