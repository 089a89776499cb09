import { ReadoutError } from '../errors.js';
import type { CodedEvent } from '../model/Event.js';
import { dyadKey } from './EventStore.js';

/** The two parties of an event as a stored dyad, or '' when it is not between two different parties. */
export function eventDyad(e: CodedEvent): string {
  const a = e.source.party;
  const b = e.target.party;
  return a && b && a !== b ? dyadKey([a, b]) : '';
}

/** A dyad argument as stored, refusing what is not two party codes. */
export function dyadArg(dyad: string): string {
  const parts = dyad.split('-').filter(Boolean);
  if (parts.length !== 2 || parts[0] === parts[1]) throw new ReadoutError('E_QUERY', `a dyad is two different party codes joined by "-" ("USA-CHN"), not "${dyad}"`);
  return dyadKey(parts);
}
