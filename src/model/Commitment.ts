import type { Span } from './Span.js';

export type CommitmentStatus = 'open' | 'fulfilled' | 'overdue';

/**
 * A promise of future action a readout records ("agreed to schedule a reciprocal visit"):
 * who made it, what, by when. Status is `open` in a document; the store marks it fulfilled
 * when a later document reports it done.
 */
export interface Commitment {
  sentence: number;
  /** Who committed: one party, or both sides. */
  parties: string[];
  /**
   * The cue that makes it a commitment (data/commitments.yaml): agree, commit, pledge, invite,
   * intend, plan, future; `refrain` for a future refused ("will never allow"), whose action starts "not".
   */
  cue: string;
  /** The action in short normal form, verb first ("schedule a reciprocal visit"). */
  action: string;
  /** What the action is about, when the cue takes one ("follow-on senior engagements"). */
  object: string | null;
  /** The deadline or horizon as written ("at a mutually suitable time"), or YYYY-MM-DD when exact. */
  due: string | null;
  status: CommitmentStatus;
  /** From the cue to the end of the action. */
  span: Span;
}
