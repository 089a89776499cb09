/** JSON Schemas of the API's requests and responses: Fastify validates requests with them, and @fastify/swagger turns them into /openapi.json. */

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' } as const;
const party = { type: 'string', pattern: '^[A-Z]{2,8}$', maxLength: 8, description: 'a party code (USA, CHN, IGOUNO)' } as const;
const dyad = { type: 'string', pattern: '^[A-Z]{2,8}-[A-Z]{2,8}$', maxLength: 17, description: 'two party codes joined by "-" (USA-CHN), in either order' } as const;
const topic = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$', description: 'a topic id of data/topics.yaml' } as const;
const offset = { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 } as const;

/** The most rows one JSON page gives; downloads (CSV, JSON lines) may ask for more. */
export const MAX_PAGE = 500;
export const MAX_DOWNLOAD = 100_000;

export const documentsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 500, description: 'words that must all appear (title, text, people); "quoted phrases"; a trailing * for a prefix' },
    publisher: { type: 'string', maxLength: 200 },
    country: party,
    topic,
    from: date,
    to: date,
    limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 50 },
    offset,
  },
} as const;

export const eventsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    dyad,
    country: party,
    root: { type: 'string', pattern: '^(0[1-9]|1[0-9]|20)$', description: 'CAMEO root code, 01 to 20' },
    quad: { type: 'integer', minimum: 1, maximum: 4, description: '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict' },
    from: date,
    to: date,
    topic,
    document: { type: 'string', maxLength: 300 },
    format: { type: 'string', enum: ['json', 'csv', 'jsonl'], default: 'json' },
    limit: { type: 'integer', minimum: 1, maximum: MAX_DOWNLOAD, default: 50, description: `at most ${MAX_PAGE} for json, ${MAX_DOWNLOAD} for csv and jsonl` },
    offset,
  },
} as const;

export const peopleQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['q'],
  properties: { q: { type: 'string', minLength: 1, maxLength: 200, description: 'words of the name' }, limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
} as const;

export const rangeQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { from: date, to: date },
} as const;

export const meetingsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { dyad, from: date, to: date },
} as const;

export const commitmentsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { dyad, status: { type: 'string', enum: ['open', 'fulfilled', 'overdue'] }, asOf: date },
} as const;

export const compareQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['a'],
  properties: { a: { type: 'string', minLength: 1, maxLength: 300, description: 'a stored document id or hash' }, b: { type: 'string', minLength: 1, maxLength: 300, description: 'the other account; omitted, the stored document reporting the same meeting' } },
} as const;

export const dyadParams = { type: 'object', required: ['dyad'], properties: { dyad } } as const;
export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 300 } } } as const;

export const uploadBody = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    text: { type: 'string', minLength: 1, description: 'the readout: plain text, Markdown or HTML' },
    format: { type: 'string', enum: ['text', 'markdown', 'html'], default: 'text' },
    id: { type: 'string', minLength: 1, maxLength: 300 },
    title: { type: 'string', maxLength: 1000 },
    publisher: { type: 'string', maxLength: 300 },
    url: { type: 'string', maxLength: 2000 },
    date: date,
  },
} as const;

const anyObject = { type: 'object', additionalProperties: true } as const;
const page = (description: string) => ({ type: 'object', required: ['total', 'limit', 'offset', 'items'], properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: anyObject, description } } }) as const;

export const errorResponse = {
  type: 'object',
  required: ['error', 'message'],
  properties: { error: { type: 'string' }, message: { type: 'string' }, field: { type: 'string', description: 'the request field at fault' } },
} as const;

export const responses = {
  documents: page('document summaries: id, version, hash, title, publisher, published, sentences, ingestedAt'),
  events: page('events: id and hash of the document, index, publisher, sentenceText, event (code, root, quad, goldstein, plover, source, target, sentence, span, pattern, date, negated, modality)'),
  record: { ...anyObject, description: 'a document record (schema/document-record.schema.json)' },
  list: { type: 'array', items: anyObject },
  object: anyObject,
} as const;
