import type { Span } from './Span.js';

/** principal: the publisher's lead; counterpart: the other side's lead; accompanying: others present; mentioned: named, not present. */
export type ParticipantRole = 'principal' | 'counterpart' | 'accompanying' | 'mentioned';

/** A person a readout names, once however many ways the text names them ("Secretary Blinken", "the Secretary", "He"). */
export interface Participant {
  name: string;
  /** The fullest title the text gives ("Director of the CCP Central Foreign Affairs Office"). */
  title: string | null;
  country: string | null;
  /** CAMEO actor code (USAGOV, CHNGOV). */
  actor: string;
  role: ParticipantRole;
  /** Every place the text names the person, first first. */
  mentions: { sentence: number; span: Span }[];
  /** For the release's own voice, named only in the attribution line cleaning removed ("The below is attributable to Spokesperson Ned Price:"): that line, since the person has no place in the cleaned text. */
  line?: string;
}
