import { ReadoutError } from '../errors.js';
import type { SourceDocument } from '../model/SourceDocument.js';

const KNOWN = new Set(['id', 'date', 'title', 'publisher', 'url', 'text', 'html', 'markdown']);

function optionalString(o: Record<string, unknown>, key: string, where: string): string | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new ReadoutError('E_FIELD', `field "${key}" must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}`, where);
  return v;
}

/**
 * One JSONL line: `{id?, date?, title?, publisher?, url?, text | html | markdown}`. Other keys
 * are allowed (corpora carry their own) and ignored.
 */
export function parseJsonlLine(line: string, where: string): SourceDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new ReadoutError('E_JSON', `not valid JSON (${(e as Error).message})`, where);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ReadoutError('E_JSON', 'each line must be a JSON object', where);
  }
  const o = value as Record<string, unknown>;
  const rawId = o.id;
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    throw new ReadoutError('E_FIELD', 'field "id" must be a string or a number', where);
  }
  const text = optionalString(o, 'text', where);
  const html = optionalString(o, 'html', where);
  const markdown = optionalString(o, 'markdown', where);
  const body = text ?? html ?? markdown;
  if (body === null) {
    const keys = Object.keys(o).filter((k) => KNOWN.has(k));
    throw new ReadoutError('E_FIELD', `no "text", "html" or "markdown" field (has: ${keys.join(', ') || 'none of the known fields'})`, where);
  }
  if (!body.trim()) throw new ReadoutError('E_EMPTY', 'document text is empty', where);
  return {
    id: rawId === undefined || rawId === null || rawId === '' ? null : String(rawId),
    origin: where,
    format: text !== null ? 'text' : html !== null ? 'html' : 'markdown',
    body,
    title: optionalString(o, 'title', where),
    date: optionalString(o, 'date', where),
    publisher: optionalString(o, 'publisher', where),
    url: optionalString(o, 'url', where),
  };
}
