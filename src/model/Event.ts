import type { CameoCode } from './CameoCode.js';
import type { Span } from './Span.js';

/** An actor as an event carries it: CAMEO code, party (for dyads), name, and where it is named. */
export interface EventActor {
  code: string;
  party: string | null;
  name: string;
  /** The mention's characters in the text; null when the actor is implied (the meeting's counterpart). */
  span: Span | null;
}

/**
 * One CAMEO event: who did what to whom, in which sentence, by which pattern. Goldstein, quad
 * class and PLOVER type come from data/cameo/event-codes.tsv.
 */
export interface CodedEvent extends CameoCode {
  source: EventActor;
  target: EventActor;
  sentence: number;
  /** The words that fired the pattern, from the verb to the pattern's last word. */
  span: Span;
  evidence: string;
  pattern: string;
  /** The sentence's own date when it names one, else the document's reference date. */
  date: string | null;
  negated: boolean;
  modality: 'asserted' | 'future' | 'conditional';
}
