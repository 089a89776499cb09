import type { Commitment } from './Commitment.js';
import type { CodedEvent } from './Event.js';
import type { Field } from './Field.js';
import type { Meeting } from './Meeting.js';
import type { Participant } from './Participant.js';
import type { SourceFormat } from './SourceDocument.js';
import type { Topic } from './Topic.js';

/**
 * The document record: the stable, documented output contract of readout
 * (`schema/document-record.schema.json`). Fields that later stages fill are present from the
 * start, as null or empty arrays, so consumers never test for their existence.
 */
export interface DocumentRecord {
  id: string;
  title: string | null;
  publisher: string | null;
  speaker: string | null;
  speakerTitle: string | null;
  published: string | null;
  referenceDate: string | null;
  url: string | null;
  text: string;
  sentences: RecordSentence[];
  meeting: Meeting | null;
  participants: Participant[];
  events: CodedEvent[];
  topics: Topic[];
  commitments: Commitment[];
  source: { origin: string; format: SourceFormat; hash: string };
  provenance: {
    title: Field<string> | null;
    publisher: Field<string> | null;
    speaker: Field<string> | null;
    published: Field<string> | null;
    referenceDate: Field<string> | null;
  };
  removed: { rule: string; text: string }[];
  warnings: string[];
}

export interface RecordSentence {
  index: number;
  start: number;
  end: number;
  text: string;
}
