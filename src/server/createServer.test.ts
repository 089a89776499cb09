import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DocumentRecord } from '../model/DocumentRecord.js';
import { event, record } from '../storage/EventStore.case.js';
import type { EventStore } from '../storage/EventStore.js';
import { SqliteStore } from '../storage/sqlite/SqliteStore.js';
import { createServer, type TextCoder } from './createServer.js';

// Invented records: no real readout text in the repository.
const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const meeting = (start: string, parties: string[]): DocumentRecord['meeting'] => ({
  kind: 'visit',
  location: { name: 'Beijing', country: 'CHN', span: { start: 0, end: 3 } },
  start,
  end: start,
  parties,
  occasion: null,
  evidence: { kind: { sentence: 0, span: null, rule: 'traveled to' }, location: null, dates: null },
});

const coder: TextCoder = {
  processText: (text, options) => record(options?.id ?? 'upload', text, { title: options?.title ?? null, referenceDate: options?.date ?? null, events: [event('040', 1, 1, 'USA', 'FRA', 0, '2024-03-01')] }),
};

describe('HTTP API and dashboard', () => {
  let store: EventStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = new SqliteStore(':memory:');
    const text = 'The Secretary traveled to Beijing. He raised concerns about fentanyl. Both sides agreed to hold talks.';
    const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
    await store.putDocument(
      record('visit-jan', text, {
        referenceDate: '2024-01-10',
        publisher: 'U.S. Department of State',
        meeting: meeting('2024-01-09', ['USA', 'CHN']),
        events: [event('042', 1, 1.9, 'USA', 'CHN', 0, '2024-01-09'), { ...event('112', 3, -2, 'USA', 'CHN', 1, '2024-01-10'), span: at('raised concerns about') }],
        topics: [{ id: 'counternarcotics', label: 'Counternarcotics', sentences: [1], cues: [{ sentence: 1, span: at('fentanyl'), text: 'fentanyl' }], stance: { USA: 'concern' } }],
        participants: [{ name: 'Jane Example', title: 'Secretary of State', country: 'USA', actor: 'USAGOV', role: 'principal', mentions: [{ sentence: 0, span: at('Secretary') }] }],
        commitments: [{ sentence: 2, parties: ['USA', 'CHN'], cue: 'agree', action: 'hold talks', object: null, due: null, status: 'open', span: at('agreed to hold talks') }],
      }),
    );
    await store.putDocument(
      record('hostile', `A title ${XSS}. Text with ${XSS} inside.`, {
        title: `Evil ${XSS}`,
        url: 'javascript:alert(3)',
        referenceDate: '2024-02-02',
        events: [{ ...event('111', 3, -2, 'USA', 'CHN', 0, '2024-02-02'), pattern: XSS, name: XSS }],
        participants: [{ name: XSS, title: XSS, country: 'CHN', actor: 'CHNGOV', role: 'counterpart', mentions: [{ sentence: 0, span: { start: 2, end: 7 } }] }],
      }),
    );
    app = await createServer({ store, rules: [{ kinds: ['talks', 'meeting', 'visit'], words: ['talks'] }], token: 'sesame', coder, today: () => '2024-06-01' });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('searches and filters documents, with totals and pages', async () => {
    const r = await get('/api/documents?q=fentanyl');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ total: 1, limit: 50, offset: 0, items: [{ id: 'visit-jan' }] });
    expect((await get('/api/documents?country=CHN&limit=1&offset=1')).json()).toMatchObject({ total: 2, items: [{ id: 'hostile' }] });
    expect((await get('/api/documents?topic=counternarcotics')).json().items.map((d: { id: string }) => d.id)).toEqual(['visit-jan']);
  });

  it('answers a bad request with 400 and the field at fault', async () => {
    for (const [url, field] of [
      ['/api/documents?limit=0', 'limit'],
      ['/api/documents?from=yesterday', 'from'],
      ['/api/events?dyad=USA', 'dyad'],
      ['/api/events?quad=9', 'quad'],
      ['/api/events?limit=1000', 'limit'],
      ['/api/documents?colour=red', 'colour'],
    ] as const) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.json(), url).toMatchObject({ error: 'bad_request', field });
    }
    expect((await get('/api/documents/nope')).statusCode).toBe(404);
    expect((await get('/api/nothing')).json()).toMatchObject({ error: 'not_found' });
  });

  it('lists events by dyad and downloads them as CSV and JSON lines', async () => {
    const r = (await get('/api/events?dyad=CHN-USA&quad=3')).json();
    expect(r.total).toBe(2);
    expect(r.items[0]).toMatchObject({ id: 'visit-jan', sentenceText: 'He raised concerns about fentanyl.', event: { code: '112' } });
    const csv = await get('/api/events?dyad=USA-CHN&format=csv&limit=1000');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toMatch(/^document,date,code,root,quad,goldstein/);
    expect(lines).toHaveLength(4);
    const jsonl = (await get('/api/events?document=visit-jan&format=jsonl')).body.trim().split('\n');
    expect(jsonl.map((l) => JSON.parse(l).event.code)).toEqual(['042', '112']);
  });

  it('gives a dyad its monthly timeline, meetings, topics and commitments', async () => {
    const r = (await get('/api/dyads/USA-CHN')).json();
    expect(r.timeline).toEqual([
      { month: '2024-01', quads: [1, 0, 1, 0], events: 2, goldstein: -0.05 },
      { month: '2024-02', quads: [0, 0, 1, 0], events: 1, goldstein: -2 },
    ]);
    expect(r.meetings).toHaveLength(1);
    expect(r.topics[0]).toMatchObject({ topic: 'counternarcotics', documents: 1 });
    expect(r.commitments[0]).toMatchObject({ status: 'open', commitment: { action: 'hold talks' } });
    expect((await get('/api/dyads')).json()[0]).toMatchObject({ dyad: 'CHN-USA', events: 3 });
  });

  it('answers every other route, and its errors', async () => {
    const doc = await get('/api/documents/visit-jan');
    expect(doc.statusCode).toBe(200);
    expect(doc.json()).toMatchObject({ id: 'visit-jan', events: [{ code: '042' }, { code: '112' }], counterparts: [] });
    const meetings = (await get('/api/meetings?dyad=CHN-USA&from=2024-01-01')).json();
    expect(meetings).toMatchObject([{ kind: 'visit', dyad: 'CHN-USA', start: '2024-01-09', sources: [{ id: 'visit-jan' }] }]);
    expect((await get('/api/meetings?from=2024-02-01')).json()).toEqual([]);
    const open = (await get('/api/commitments?status=open&dyad=USA-CHN')).json();
    expect(open).toMatchObject({ asOf: '2024-06-01', commitments: [{ id: 'visit-jan', status: 'open' }] });
    expect((await get('/api/commitments?status=fulfilled')).json().commitments).toEqual([]);
    for (const [url, field] of [
      ['/api/dyads/USA', 'dyad'],
      ['/api/dyads/USA-CHN?from=2024', 'from'],
      ['/api/meetings?dyad=usa-chn', 'dyad'],
      ['/api/commitments?status=late', 'status'],
      ['/api/commitments?asOf=soon', 'asOf'],
      ['/api/events?root=21', 'root'],
      ['/api/events?format=xml', 'format'],
      [`/api/documents?q=${'x'.repeat(501)}`, 'q'],
      ['/api/compare?a=visit-jan&c=1', 'c'],
      ['/api/people', 'q'],
    ] as const) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.json(), url).toMatchObject({ error: 'bad_request', field });
    }
    expect((await get('/api/compare?a=nope')).statusCode).toBe(404);
    expect((await get('/documents/nope')).statusCode).toBe(404);
    expect((await get('/dyads/USA')).statusCode).toBe(400);
  });

  it('describes itself in OpenAPI', async () => {
    const doc = (await get('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/documents', '/api/documents/{id}', '/api/people', '/api/compare', '/api/events', '/api/dyads/{dyad}', '/api/meetings', '/api/commitments']));
    expect(Object.keys(doc.paths)).not.toContain('/dyads/{dyad}');
  });

  it('renders pages with charts, highlights and a JSON twin', async () => {
    const home = await get('/');
    expect(home.headers['content-type']).toMatch(/text\/html/);
    expect(home.body).toContain('href="/dyads/CHN-USA"');
    const rel = (await get('/dyads/USA-CHN')).body;
    expect(rel).toMatch(/<svg[^>]*aria-label="Events between CHN-USA per month, by quad class"/);
    expect(rel).toContain('href="/events?dyad=CHN-USA&quad=3&from=2024-01-01&to=2024-01-31"');
    expect(rel).toContain('href="/api/dyads/USA-CHN"');
    const doc = (await get('/documents/visit-jan')).body;
    expect(doc).toContain('<mark class="q3" title="112 code 112: USAGOV → CHNGOV; Goldstein -2; pattern p1">raised concerns about</mark>');
    expect(doc).toContain('<mark class="commitment" title="commitment (USA + CHN): hold talks">agreed to hold talks</mark>');
    expect(doc).toContain('<mark class="actor" title="Jane Example, Secretary of State (USAGOV, principal)">');
    expect(doc).toContain('<mark class="topic" title="topic: Counternarcotics">fentanyl</mark>');
    expect(doc).toContain('href="/api/documents/visit-jan"');
    expect((await get('/events?dyad=USA-CHN')).body).toContain('He raised concerns about fentanyl.');
    expect((await get('/commitments?status=open')).body).toContain('hold talks');
    expect((await get('/meetings')).body).toContain('Beijing (CHN)');
    expect((await get('/search?q=fentanyl')).headers.location).toBe('/documents?q=fentanyl');
    expect((await get('/documents?q=fentanyl')).body).toContain('href="/documents/visit-jan"');
    const people = (await get('/documents?q=jane')).body;
    expect(people).toContain('<h2>People</h2>');
    expect(people).toContain('href="/documents?q=%22Jane+Example%22"');
    expect((await get('/api/people?q=example')).json()).toMatchObject([{ name: 'Jane Example', title: 'Secretary of State', documents: 1, present: 1 }]);
  });

  it('never lets document text reach a page as markup, and forbids scripts', async () => {
    for (const url of ['/documents/hostile', '/documents?q=script', '/events?document=hostile', '/dyads/USA-CHN', '/']) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(200);
      expect(r.body, url).not.toMatch(/<script|<img|javascript:/i);
      expect(r.headers['content-security-policy'], url).toMatch(/default-src 'none'/);
    }
    expect((await get('/documents/hostile')).body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect((await get('/documents/%3Cscript%3E')).body).not.toMatch(/<script/i);
  });

  it('compares two accounts, and proposes the counterpart only when the store has one', async () => {
    const r = await get('/api/compare?a=visit-jan&b=hostile');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ a: { id: 'visit-jan' }, b: { id: 'hostile' }, topics: [{ id: 'counternarcotics', reportedBy: 'a' }] });
    expect(r.json().tone.difference).toBeCloseTo(-2 - (1.9 - 2) / 2, 5);
    expect((await get('/api/compare?a=visit-jan')).json()).toMatchObject({ error: 'not_found' });
    expect((await get('/api/compare')).json()).toMatchObject({ error: 'bad_request', field: 'a' });
    const page = (await get('/compare?a=visit-jan&b=hostile')).body;
    expect(page).toContain('<mark class="topic">fentanyl</mark>');
    expect(page).toContain('only A');
  });

  it('stores uploads only with the token', async () => {
    const body = { text: 'The Secretary met the French foreign minister.', id: 'up-1', date: '2024-03-01' };
    expect((await app.inject({ method: 'POST', url: '/api/documents', payload: body })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/documents', payload: body, headers: { authorization: 'Bearer wrong!' } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/documents', payload: { id: 'x' }, headers: { authorization: 'Bearer sesame' } })).json()).toMatchObject({ field: 'text' });
    const ok = await app.inject({ method: 'POST', url: '/api/documents', payload: body, headers: { authorization: 'Bearer sesame' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'inserted', id: 'up-1', events: 1 });
    expect((await get('/api/dyads')).json().map((d: { dyad: string }) => d.dyad)).toContain('FRA-USA');
    const big = await app.inject({ method: 'POST', url: '/api/documents', payload: { text: 'x'.repeat(3 * 1024 * 1024) }, headers: { authorization: 'Bearer sesame' } });
    expect(big.statusCode).toBe(413);
  });

  it('is read-only without a token', async () => {
    const readOnly = await createServer({ store, rules: [] });
    const r = await readOnly.inject({ method: 'POST', url: '/api/documents', payload: { text: 'x' }, headers: { authorization: 'Bearer sesame' } });
    expect(r.statusCode).toBe(403);
    await readOnly.close();
  });
});
