import { timingSafeEqual } from 'node:crypto';
import swagger from '@fastify/swagger';
import { stringify } from 'csv-stringify/sync';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { FulfilmentRule } from '../dictionaries/commitmentCues.js';
import { isReadoutError } from '../errors.js';
import { compareRecords } from '../crossdoc/compareRecords.js';
import { findCounterparts } from '../crossdoc/findCounterparts.js';
import { followCommitments } from '../crossdoc/followCommitments.js';
import { groupMeetings } from '../crossdoc/groupMeetings.js';
import { relationship } from '../explore/relationship.js';
import type { DocumentRecord } from '../model/DocumentRecord.js';
import type { SourceFormat } from '../model/SourceDocument.js';
import type { TextOptions } from '../pipeline/Pipeline.js';
import { type DocumentQuery, dyadKey, type EventQuery, type EventStore } from '../storage/EventStore.js';
import { type Html, html } from '../web/html.js';
import { layout } from '../web/layout.js';
import { ViewCache } from './ViewCache.js';
import { documentPage } from '../web/pages/documentPage.js';
import { comparePage } from '../web/pages/comparePage.js';
import { commitmentsPage, documentsPage, eventsPage, homePage, meetingsPage } from '../web/pages/listPages.js';
import { relationshipPage } from '../web/pages/relationshipPage.js';
import {
  commitmentsQuery,
  compareQuery,
  documentsQuery,
  dyadParams,
  errorResponse,
  eventsQuery,
  idParams,
  MAX_PAGE,
  meetingsQuery,
  peopleQuery,
  rangeQuery,
  responses,
  uploadBody,
} from './schemas.js';

/** What codes an uploaded text: the pipeline, or anything with its `processText`. */
export interface TextCoder {
  processText(text: string, options?: TextOptions): DocumentRecord;
}

export interface ServerOptions {
  store: EventStore;
  /** Fulfilment rules of data/commitments.yaml, for commitment status. */
  rules: readonly FulfilmentRule[];
  /** When set, POST /api/documents accepts uploads that present it as a bearer token; otherwise the server is read-only. */
  token?: string | null;
  /** Codes uploads; needed only with a token. */
  coder?: TextCoder | null;
  /** Today (YYYY-MM-DD), for overdue commitments; a function so a long-running server moves on. */
  today?: () => string;
  /** Largest request body in bytes. */
  bodyLimit?: number;
  /** Told of every error answered with a 500, so the shell can log it; the library prints nothing. */
  onError?: (error: Error, request: { method: string; url: string }) => void;
}

type Query = Record<string, string | number | undefined>;

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
} as const;

const EVENT_COLUMNS = ['document', 'date', 'code', 'root', 'quad', 'goldstein', 'plover', 'source', 'source_party', 'target', 'target_party', 'negated', 'modality', 'sentence', 'start', 'end', 'pattern', 'sentence_text'] as const;

function tokenMatches(expected: string, header: string | undefined): boolean {
  const given = header?.startsWith('Bearer ') ? header.slice(7) : '';
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isApi(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url.startsWith('/openapi.json');
}

function sendPage(reply: FastifyReply, title: string, body: Html, twin: string | null, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(layout(title, body, twin).value);
}

/** The query string of a request as the path of its JSON twin. */
function twinOf(request: FastifyRequest, path: string): string {
  const q = request.url.indexOf('?');
  return q >= 0 ? path + request.url.slice(q) : path;
}

/**
 * The HTTP API and the dashboard over one store, as a Fastify instance (not yet listening).
 * Every page has a JSON twin under /api that returns the very object the page renders; requests
 * are validated by JSON Schema and described at /openapi.json. Read-only unless a token is set.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store, rules } = options;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const app = Fastify({ logger: false, bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024, routerOptions: { maxParamLength: 300 }, ajv: { customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true, allErrors: false } } });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'readout', description: 'Diplomatic readouts as documents, CAMEO/PLOVER events, meetings, topics and commitments.', version: '0.1.0' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });

  app.setErrorHandler((error: Error & { validation?: { instancePath?: string; params?: Record<string, unknown> }[]; validationContext?: string; statusCode?: number }, request, reply) => {
    let status = 500;
    let body: { error: string; message: string; field?: string } = { error: 'internal', message: 'internal error' };
    if (error.validation) {
      const v = error.validation[0];
      const field = (v?.instancePath?.replace(/^\//, '') || (v?.params?.missingProperty as string | undefined) || (v?.params?.additionalProperty as string | undefined) || '').replace(/\//g, '.');
      status = 400;
      body = { error: 'bad_request', message: `${error.validationContext ?? 'request'}${field ? `.${field}` : ''}: ${error.message.replace(/^[a-z]+(\/\S*)? /, '')}`, ...(field ? { field } : {}) };
    } else if (isReadoutError(error)) {
      status = error.code === 'E_QUERY' || error.code === 'E_FIELD' || error.code === 'E_EMPTY' || error.code === 'E_BINARY' || error.code === 'E_DATE' || error.code === 'E_NO_BODY' ? 400 : error.code === 'E_NOT_STORED' ? 404 : 500;
      body = { error: status === 400 ? 'bad_request' : status === 404 ? 'not_found' : 'internal', message: error.message };
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
      body = { error: status === 404 ? 'not_found' : status === 413 ? 'too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request', message: error.message };
    }
    if (status >= 500) options.onError?.(error, { method: request.method, url: request.url });
    if (isApi(request)) return reply.code(status).send(body);
    return sendPage(reply, 'Error', html`<h1>${status === 400 ? 'Bad request' : status === 404 ? 'Not found' : 'Error'}</h1><p>${body.message}</p>`, null, status);
  });

  app.setNotFoundHandler((request, reply) => {
    if (isApi(request)) return reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
    return sendPage(reply, 'Not found', html`<h1>Not found</h1><p>Nothing at ${request.url.split('?')[0]}.</p>`, null, 404);
  });

  // Aggregate views are cached where they are served, once each: as the JSON string an API route
  // sends, or as the HTML a page sends. The key holds the day, for commitments that fall overdue.
  const cache = new ViewCache(() => store.revision());
  const dyadOf = (q: Query) => (q.dyad ? dyadKey(String(q.dyad).split('-')) : undefined);
  const notFound = (what: string) => Object.assign(new Error(`no ${what}`), { statusCode: 404 });

  // The objects every page renders and its twin returns.
  const data = {
    documents: async (q: Query) => {
      const query: DocumentQuery = { q: q.q as string, publisher: q.publisher as string, country: q.country as string, topic: q.topic as string, from: q.from as string, to: q.to as string, limit: q.limit as number, offset: q.offset as number };
      return { query, page: await store.searchDocuments(query) };
    },
    document: async (id: string) => {
      const record = await store.getDocument(id);
      if (!record) throw notFound(`document ${id}`);
      return record;
    },
    events: async (q: Query) => {
      const query: EventQuery = { dyad: q.dyad as string, country: q.country as string, root: q.root as string, quad: q.quad as number, from: q.from as string, to: q.to as string, topic: q.topic as string, document: q.document as string, limit: q.limit as number, offset: q.offset as number };
      return { query, page: await store.listEvents(query) };
    },
    dyads: () => store.listDyads(),
    meetings: async (q: Query) => {
      const dyad = dyadOf(q);
      return groupMeetings(await store.listMeetings({ dyad, from: q.from as string, to: q.to as string })).filter((g) => !dyad || g.dyad === dyad);
    },
    commitments: async (q: Query) => {
      const asOf = (q.asOf as string) ?? today();
      const dyad = dyadOf(q);
      const followed = followCommitments(await store.listCommitments({ dyad }), await store.listMeetings({ dyad }), rules, asOf);
      return { asOf, commitments: followed.filter((c) => (!dyad || c.dyad === dyad) && (!q.status || c.status === q.status)) };
    },
    relationship: (dyad: string, q: Query) => relationship(store, dyad, { from: q.from as string, to: q.to as string, asOf: today(), rules }),
    /** Other stored documents reporting the same meeting as this one, another publisher's first. */
    counterparts: async (record: DocumentRecord) => (await findCounterparts(record, store)).map((c) => ({ id: c.id, publisher: c.publisher })),
    /** Two stored accounts; without `b`, the proposed counterpart of `a`. */
    compare: async (q: Query) => {
      const a = await data.document(String(q.a));
      let bId = q.b as string | undefined;
      if (!bId) {
        bId = (await data.counterparts(a))[0]?.id;
        if (!bId) throw Object.assign(new Error(`no stored document reports the same meeting as ${a.id}; give b`), { statusCode: 404 });
      }
      const b = await data.document(bId);
      return { a, b, comparison: compareRecords(a, b) };
    },
  };

  /** An aggregate view as JSON, serialised once per store revision and day. */
  const cachedJson = async (request: FastifyRequest, reply: FastifyReply, compute: () => Promise<unknown>) => {
    const json = await cache.get(`json ${request.url} ${today()}`, async () => JSON.stringify(await compute()));
    return reply.type('application/json; charset=utf-8').send(json);
  };

  /** An aggregate page as HTML, rendered once per store revision and day. */
  const cachedPage = async (request: FastifyRequest, reply: FastifyReply, render: () => Promise<{ title: string; body: Html; twin: string | null }>) => {
    const page = await cache.get(`page ${request.url} ${today()}`, async () => {
      const { title, body, twin } = await render();
      return layout(title, body, twin).value;
    });
    return reply.type('text/html; charset=utf-8').send(page);
  };

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/api/documents', { schema: { summary: 'Search and filter documents', tags: ['documents'], querystring: documentsQuery, response: { 200: responses.documents, 400: errorResponse } } }, async (request) => {
    const q = request.query as Query;
    const { page } = await data.documents(q);
    return { total: page.total, limit: q.limit, offset: q.offset, items: page.items };
  });

  app.get('/api/documents/:id', { schema: { summary: 'One document with its whole record', tags: ['documents'], params: idParams, response: { 200: responses.record, 404: errorResponse } } }, async (request) => {
    const record = await data.document((request.params as { id: string }).id);
    return { ...record, counterparts: await data.counterparts(record) };
  });

  app.get('/api/people', { schema: { summary: 'People whose name has these words, with how many documents name them', tags: ['documents'], querystring: peopleQuery, response: { 200: responses.list, 400: errorResponse } } }, async (request) => {
    const q = request.query as Query;
    return store.searchPeople(String(q.q), q.limit as number);
  });

  app.get('/api/events', { schema: { summary: 'Events, filtered and paginated; CSV or JSON lines with format', tags: ['events'], querystring: eventsQuery, response: { 200: responses.events, 400: errorResponse } } }, async (request, reply) => {
    const q = request.query as Query;
    if (q.format === 'json' && (q.limit as number) > MAX_PAGE) {
      return reply.code(400).send({ error: 'bad_request', message: `querystring.limit: must be <= ${MAX_PAGE} for format json (use csv or jsonl for more)`, field: 'limit' });
    }
    const { page } = await data.events(q);
    if (q.format === 'jsonl') {
      return reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', 'attachment; filename="events.jsonl"').send(page.items.map((s) => `${JSON.stringify(s)}\n`).join(''));
    }
    if (q.format === 'csv') {
      const rows = page.items.map((s) => {
        const e = s.event;
        return [s.id, e.date, e.code, e.root, e.quad, e.goldstein, e.plover, e.source.code, e.source.party, e.target.code, e.target.party, e.negated, e.modality, e.sentence, e.span.start, e.span.end, e.pattern, s.sentenceText];
      });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="events.csv"').send(stringify([[...EVENT_COLUMNS], ...rows]));
    }
    return { total: page.total, limit: q.limit, offset: q.offset, items: page.items };
  });

  app.get('/api/dyads', { schema: { summary: 'Dyads with events, most events first', tags: ['dyads'], response: { 200: responses.list } } }, async (request, reply) => cachedJson(request, reply, () => data.dyads()));

  app.get('/api/dyads/:dyad', { schema: { summary: 'A dyad: monthly events by quad class with mean Goldstein, meetings, topics, commitments', tags: ['dyads'], params: dyadParams, querystring: rangeQuery, response: { 200: responses.object, 400: errorResponse } } }, async (request, reply) =>
    cachedJson(request, reply, () => data.relationship((request.params as { dyad: string }).dyad, request.query as Query)),
  );

  app.get('/api/meetings', { schema: { summary: 'Meetings, each once with the documents reporting it', tags: ['meetings'], querystring: meetingsQuery, response: { 200: responses.list, 400: errorResponse } } }, async (request, reply) => cachedJson(request, reply, () => data.meetings(request.query as Query)));

  app.get('/api/commitments', { schema: { summary: 'Commitments with their status (open, fulfilled, overdue)', tags: ['commitments'], querystring: commitmentsQuery, response: { 200: responses.object, 400: errorResponse } } }, async (request, reply) => cachedJson(request, reply, () => data.commitments(request.query as Query)));

  app.get('/api/compare', { schema: { summary: 'Two accounts of one meeting side by side, aligned by topic (b defaults to the stored counterpart of a)', tags: ['compare'], querystring: compareQuery, response: { 200: responses.object, 400: errorResponse, 404: errorResponse } } }, async (request) =>
    (await data.compare(request.query as Query)).comparison,
  );

  app.post(
    '/api/documents',
    { schema: { summary: 'Code and store a readout (needs the server token)', tags: ['documents'], body: uploadBody, security: [{ bearer: [] }], response: { 201: responses.object, 400: errorResponse, 401: errorResponse, 403: errorResponse } } },
    async (request, reply) => {
      if (!options.token || !options.coder) return reply.code(403).send({ error: 'read_only', message: 'this server is read-only; start it with --token to accept uploads' });
      if (!tokenMatches(options.token, request.headers.authorization)) return reply.code(401).send({ error: 'unauthorized', message: 'present the server token as "Authorization: Bearer <token>"' });
      const b = request.body as { text: string; format: SourceFormat; id?: string; title?: string; publisher?: string; url?: string; date?: string };
      const record = options.coder.processText(b.text, { format: b.format, id: b.id ?? null, title: b.title ?? null, publisher: b.publisher ?? null, url: b.url ?? null, date: b.date ?? null });
      const put = await store.putDocument(record);
      return reply.code(201).send({ ...put, events: record.events.length });
    },
  );

  // The dashboard: each page renders one of the objects above.
  const pageOpts = (querystring?: object, params?: object) => ({ schema: { hide: true, ...(querystring ? { querystring } : {}), ...(params ? { params } : {}) } });

  app.get('/', pageOpts(), async (request, reply) =>
    cachedPage(request, reply, async () => ({ title: 'Relationships', body: homePage(await data.dyads(), await store.countDocuments()), twin: '/api/dyads' })),
  );

  app.get('/search', pageOpts(documentsQuery), async (request, reply) => reply.redirect(twinOf(request, '/documents'), 303));

  app.get('/documents', pageOpts(documentsQuery), async (request, reply) => {
    const q = request.query as Query;
    const { query, page } = await data.documents(q);
    const people = q.q ? await store.searchPeople(String(q.q), 10) : [];
    return sendPage(reply, 'Documents', documentsPage(query, page, q.limit as number, q.offset as number, people), twinOf(request, '/api/documents'));
  });

  app.get('/documents/:id', pageOpts(undefined, idParams), async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const record = await data.document(id);
    return sendPage(reply, record.title ?? record.id, documentPage(record, await data.counterparts(record)), `/api/documents/${encodeURIComponent(id)}`);
  });

  app.get('/events', pageOpts({ ...eventsQuery, properties: { ...eventsQuery.properties, limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 50 } } }), async (request, reply) => {
    const q = request.query as Query;
    const { query, page } = await data.events(q);
    return sendPage(reply, 'Events', eventsPage(query, page, q.limit as number, q.offset as number), twinOf(request, '/api/events'));
  });

  app.get('/dyads/:dyad', pageOpts(rangeQuery, dyadParams), async (request, reply) => {
    const dyad = (request.params as { dyad: string }).dyad;
    return cachedPage(request, reply, async () => {
      const rel = await data.relationship(dyad, request.query as Query);
      return { title: rel.dyad, body: relationshipPage(rel), twin: twinOf(request, `/api/dyads/${dyad}`) };
    });
  });

  app.get('/compare', pageOpts(compareQuery), async (request, reply) => {
    const { a, b, comparison } = await data.compare(request.query as Query);
    return sendPage(reply, `${a.id} and ${b.id}`, comparePage(comparison, a, b), twinOf(request, '/api/compare'));
  });

  app.get('/meetings', pageOpts(meetingsQuery), async (request, reply) => {
    const q = request.query as Query;
    return cachedPage(request, reply, async () => ({ title: 'Meetings', body: meetingsPage(await data.meetings(q), q.dyad as string | undefined), twin: twinOf(request, '/api/meetings') }));
  });

  app.get('/commitments', pageOpts(commitmentsQuery), async (request, reply) => {
    const q = request.query as Query;
    return cachedPage(request, reply, async () => {
      const { asOf, commitments } = await data.commitments(q);
      return { title: 'Commitments', body: commitmentsPage(commitments, q.status as string | undefined, q.dyad as string | undefined, asOf), twin: twinOf(request, '/api/commitments') };
    });
  });

  return app;
}
