import type { Span } from './Span.js';

/** How a side speaks of a topic: raising a concern, offering cooperation, agreeing, or only naming it. */
export type Stance = 'concern' | 'cooperation' | 'agreement' | 'neutral';

/** A topic of data/topics.yaml that the readout raises, where, and each side's stance on it. */
export interface Topic {
  id: string;
  label: string;
  sentences: number[];
  /** The cue words that raised it, with their sentence. */
  cues: { sentence: number; span: Span; text: string }[];
  /** Per party (USA, CHN): the stance of its events in those sentences. */
  stance: Record<string, Stance>;
}
