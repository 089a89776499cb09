import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ReadoutError } from '../errors.js';
import type { SourceDocument } from '../model/SourceDocument.js';

type Item = { ok: true; source: SourceDocument } | { ok: false; error: ReadoutError };

interface XmlSentence {
  id?: string;
  date?: string;
  source?: string;
  sentence?: string;
  Text?: unknown;
}

/** Every `<Sentence>` element, wherever it sits (`<Sentences>`, or a validation file's `<Validation><Sentences>`). */
function sentences(node: unknown, out: XmlSentence[]): XmlSentence[] {
  if (Array.isArray(node)) for (const n of node) sentences(n, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'Sentence') out.push(...(value as XmlSentence[]));
      else sentences(value, out);
    }
  }
  return out;
}

/** PETRARCH dates are YYYYMMDD; readout's are YYYY-MM-DD. */
function isoDate(d: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(d.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * PETRARCH's XML input: one document per `<Sentence date="YYYYMMDD" id="...">` with its `<Text>`.
 * A `<Parse>` is ignored (readout needs none); `sentence="false"` marks a record not to code.
 */
export function readPetrarchXml(text: string, origin: string): Item[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return [{ ok: false, error: new ReadoutError('E_FORMAT', `not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`, origin) }];
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, isArray: (name) => name === 'Sentence', trimValues: true });
  const all = sentences(parser.parse(text), []);
  if (all.length === 0) return [{ ok: false, error: new ReadoutError('E_FORMAT', 'no <Sentence> elements: PETRARCH input holds <Sentence date="YYYYMMDD" id="..."><Text>...</Text></Sentence>', origin) }];
  const items: Item[] = [];
  all.forEach((s, i) => {
    const where = `${origin}: <Sentence> ${i + 1}${s.id ? ` (id ${s.id})` : ''}`;
    if (String(s.sentence ?? '').toLowerCase() === 'false') return;
    const body = typeof s.Text === 'string' ? s.Text : typeof s.Text === 'object' && s.Text !== null && '#text' in s.Text ? String((s.Text as { '#text': unknown })['#text']) : '';
    if (!s.id) items.push({ ok: false, error: new ReadoutError('E_FIELD', 'has no id attribute', where) });
    else if (!body.trim()) items.push({ ok: false, error: new ReadoutError('E_FIELD', 'has no <Text>', where) });
    else if (s.date !== undefined && !isoDate(String(s.date))) items.push({ ok: false, error: new ReadoutError('E_DATE', `date "${s.date}" is not YYYYMMDD`, where) });
    else items.push({ ok: true, source: { id: s.id, origin: where, format: 'text', body: body.replace(/\s+/g, ' ').trim(), date: s.date ? isoDate(String(s.date)) : null, publisher: s.source ?? null } });
  });
  return items;
}
