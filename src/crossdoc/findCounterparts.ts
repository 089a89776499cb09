import type { DocumentRecord } from '../model/DocumentRecord.js';
import { dyadKey, type EventStore, type StoredMeeting } from '../storage/EventStore.js';
import { groupMeetings, type MeetingGroup } from './groupMeetings.js';

/** A stored document that reports the same meeting as the one asked about. */
export type Counterpart = MeetingGroup['sources'][number] & {
  /** Another publisher than the document's (the other government's account, most likely). */
  otherPublisher: boolean;
};

const publisherKey = (p: string | null) => p?.toLowerCase().trim() ?? null;

/**
 * The stored documents that report the meeting `record` reports, grouped as `readout meetings`
 * groups them (`groupMeetings`): those of another publisher first, then in date order. `record`
 * need not be stored (a file coded on the fly is placed among the stored meetings); a stored
 * document is never its own counterpart, nor is another version of it. Empty when the record
 * reports no meeting or nothing else reports it.
 */
export async function findCounterparts(record: DocumentRecord, store: EventStore): Promise<Counterpart[]> {
  const own = record.meeting;
  if (!own) return [];
  const dyad = own.parties.length >= 2 ? dyadKey(own.parties.slice(0, 2)) : undefined;
  const others = (await store.listMeetings({ dyad })).filter((s) => s.hash !== record.source.hash && s.id !== record.id);
  const self: StoredMeeting = { id: record.id, hash: record.source.hash, title: record.title, publisher: record.publisher, published: record.published, meeting: own };
  // groupMeetings reads meetings in date order, undated last, as the store lists them.
  const at = own.start ? others.findIndex((s) => !s.meeting.start || s.meeting.start > own.start!) : -1;
  const meetings = at < 0 ? [...others, self] : [...others.slice(0, at), self, ...others.slice(at)];
  const group = groupMeetings(meetings).find((g) => g.sources.some((s) => s.id === record.id));
  const mine = publisherKey(record.publisher);
  const found = (group?.sources ?? []).filter((s) => s.id !== record.id).map((s) => ({ ...s, otherPublisher: publisherKey(s.publisher) !== mine }));
  return [...found.filter((s) => s.otherPublisher), ...found.filter((s) => !s.otherPublisher)];
}
