import type { DocumentRecord } from '../model/DocumentRecord.js';

/** A stored document as a reader wants it: metadata, meeting, participants, topics, commitments, sentences, events. */
export function formatRecord(record: DocumentRecord): string {
  const n = (i: number) => String(i + 1).padStart(3);
  const m = record.meeting;
  const lines = [
    `id:        ${record.id}`,
    `title:     ${record.title ?? '-'}`,
    `publisher: ${record.publisher ?? '-'}`,
    `speaker:   ${record.speaker ?? '-'}${record.speakerTitle ? ` (${record.speakerTitle})` : ''}`,
    `published: ${record.published ?? '-'}`,
    `url:       ${record.url ?? '-'}`,
    `hash:      ${record.source.hash}`,
    '',
    m
      ? `meeting:   ${m.kind}, ${m.parties.join('–') || '-'}${m.location ? `, ${m.location.name}${m.location.country ? ` (${m.location.country})` : ''}` : ''}${m.start ? `, ${m.start}${m.end && m.end !== m.start ? ` to ${m.end}` : ''}` : ''}${m.occasion ? `, on the margins of ${m.occasion}` : ''}`
      : 'meeting:   none reported',
    '',
    `participants: ${record.participants.length}`,
    ...record.participants.map((p) => `  ${p.role.padEnd(13)} ${p.name}${p.title ? `, ${p.title}` : ''} (${p.country ?? '?'}, ${p.actor})`),
    '',
    `topics: ${record.topics.length}`,
    ...record.topics.map(
      (t) =>
        `  ${t.label.padEnd(34)} sentences ${t.sentences.map((s) => s + 1).join(', ')}${
          Object.keys(t.stance).length
            ? `; ${Object.entries(t.stance)
                .map(([party, stance]) => `${party} ${stance}`)
                .join(', ')}`
            : ''
        }`,
    ),
    '',
    `commitments: ${record.commitments.length}`,
    ...record.commitments.map((c) => `${n(c.sentence)}  ${c.parties.join('+')}  ${c.action}${c.object && c.object !== c.action ? ` [${c.object}]` : ''}${c.due ? `  (due: ${c.due})` : ''}  ${c.status}`),
    '',
    ...record.sentences.map((s) => `${n(s.index)}  ${s.text}`),
    '',
    `events: ${record.events.length}`,
    ...record.events.map((e) => `${n(e.sentence)}  ${e.code.padEnd(4)} ${e.source.code} → ${e.target.code}  ${e.name}  "${e.evidence}"${e.negated ? ' [negated]' : ''}${e.modality !== 'asserted' ? ` [${e.modality}]` : ''}`),
  ];
  return `${lines.join('\n')}\n`;
}
