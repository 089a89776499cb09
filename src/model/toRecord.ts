import type { Doc } from './Doc.js';
import type { DocumentRecord } from './DocumentRecord.js';
import { documentId } from './documentId.js';
import { sourceHash } from './sourceHash.js';

export function toRecord(doc: Doc): DocumentRecord {
  const hash = sourceHash(doc.source, doc.defaultDate);
  const m = doc.meta;
  return {
    id: documentId(doc.source, hash),
    title: m.title?.value ?? null,
    publisher: m.publisher?.value ?? null,
    speaker: m.speaker?.value ?? null,
    speakerTitle: m.speakerTitle?.value ?? null,
    published: m.published?.value ?? null,
    referenceDate: m.referenceDate?.value ?? null,
    url: m.url,
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text })),
    meeting: doc.meeting,
    participants: doc.participants,
    events: doc.events,
    topics: doc.topics,
    commitments: doc.commitments,
    source: { origin: doc.source.origin, format: doc.source.format, hash },
    provenance: {
      title: m.title,
      publisher: m.publisher,
      speaker: m.speaker,
      published: m.published,
      referenceDate: m.referenceDate,
    },
    removed: doc.removed.map((r) => ({ rule: r.rule, text: r.text })),
    warnings: doc.warnings,
  };
}
