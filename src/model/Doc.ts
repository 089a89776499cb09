import type { Actor, Mention } from './Actor.js';
import type { Block, RemovedBlock } from './Block.js';
import type { Commitment } from './Commitment.js';
import type { CodedEvent } from './Event.js';
import type { Field } from './Field.js';
import type { Meeting } from './Meeting.js';
import type { Participant } from './Participant.js';
import type { SentenceDate } from '../stages/dates/sentenceDate.js';
import type { Sentence } from './Sentence.js';
import type { SourceDocument } from './SourceDocument.js';
import type { Span } from './Span.js';
import { Tokens } from './Tokens.js';
import type { Topic } from './Topic.js';

/** Metadata found by the extract and metadata stages; a null field was not found. */
export interface DocumentMeta {
  title: Field<string> | null;
  publisher: Field<string> | null;
  speaker: Field<string> | null;
  speakerTitle: Field<string> | null;
  /** Publication date, YYYY-MM-DD. */
  published: Field<string> | null;
  /** The date partial dates in the text are resolved against (YYYY-MM-DD). */
  referenceDate: Field<string> | null;
  url: string | null;
}

/** Hints a format extractor found outside the body (HTML <title>, meta tags, front matter). */
export interface ExtractHints {
  title?: string | null;
  publisher?: string | null;
  byline?: string | null;
  date?: string | null;
  url?: string | null;
  from: 'html-meta' | 'front-matter';
}

/**
 * The one container every stage reads and writes (spaCy's Doc). Stages fill it in the order the
 * pipeline checked when it was built.
 */
export class Doc {
  blocks: Block[] = [];
  hints: ExtractHints | null = null;
  /** Cleaned text: body paragraphs joined by a blank line. All offsets point into it. */
  text = '';
  paragraphs: Span[] = [];
  removed: RemovedBlock[] = [];
  sentences: Sentence[] = [];
  tokens: Tokens = Tokens.empty();
  /** Actor mentions in reading order (places included, flagged). */
  mentions: Mention[] = [];
  /** The states or organisations the document is between: the publisher's first, then its counterpart. */
  parties: string[] = [];
  /** The publisher's own state, when the publisher is a government the data knows; else null. */
  publisherParty: string | null = null;
  /** Who stands for each party when the text implies it (the meeting's counterpart): its first-named person. */
  readonly principals = new Map<string, Actor>();
  events: CodedEvent[] = [];
  /** The meeting the readout reports; null for a statement that reports none. */
  meeting: Meeting | null = null;
  participants: Participant[] = [];
  topics: Topic[] = [];
  commitments: Commitment[] = [];
  /** Each sentence's first date once parsed (see stages/dates/sentenceDate.ts); absent: not parsed yet. */
  readonly sentenceDates = new Map<number, SentenceDate | null>();
  /** Problems worth telling the reader that did not stop processing. */
  warnings: string[] = [];
  meta: DocumentMeta = {
    title: null,
    publisher: null,
    speaker: null,
    speakerTitle: null,
    published: null,
    referenceDate: null,
    url: null,
  };

  constructor(
    readonly source: SourceDocument,
    /** Date given by the caller (`--date`), used when the document names none. */
    readonly defaultDate: string | null = null,
  ) {}

  /** The actor that stands for `party` where the text implies it; its government when none was named. */
  principalOf(party: string): Actor {
    return this.principals.get(party) ?? { code: `${party}GOV`, party, name: party, kind: 'state', role: 'GOV', title: null };
  }
}
