import type { Span } from './Span.js';

/** What kind of encounter a readout reports. */
export type MeetingKind = 'visit' | 'meeting' | 'call' | 'summit' | 'talks' | 'dialogue' | 'joint-statement';

/** Where a meeting value was read: the sentence, the characters, and the cue or rule that found it. */
export interface Evidence {
  sentence: number | null;
  span: Span | null;
  /** The cue phrase of data/meetings.yaml, or the rule ("title", "reference date", "document kind"). */
  rule: string;
}

/**
 * The meeting a readout reports. Null fields were not said: a call has no location, a joint
 * statement may have no date. Dates are YYYY-MM-DD, resolved against the document's reference date.
 */
export interface Meeting {
  kind: MeetingKind;
  location: { name: string; country: string | null; span: Span } | null;
  start: string | null;
  end: string | null;
  /** The states or organisations at the table, the publisher's first. */
  parties: string[];
  /** What it was held on the margins of ("the G20 Leaders’ Summit"). */
  occasion: string | null;
  evidence: { kind: Evidence; location: Evidence | null; dates: Evidence | null };
}
