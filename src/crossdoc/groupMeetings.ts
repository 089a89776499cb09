import type { MeetingKind } from '../model/Meeting.js';
import { dyadKey, type StoredMeeting } from '../storage/EventStore.js';

/** One meeting however many documents report it (each government's readout, later news). */
export interface MeetingGroup {
  kind: MeetingKind;
  dyad: string;
  start: string | null;
  end: string | null;
  location: { name: string; country: string | null } | null;
  occasion: string | null;
  sources: { id: string; publisher: string | null; title: string | null; kind: MeetingKind }[];
}

/** Calls, in-person meetings and joint statements are never the same event as each other. */
function mode(kind: MeetingKind): 'call' | 'statement' | 'in-person' {
  return kind === 'call' ? 'call' : kind === 'joint-statement' ? 'statement' : 'in-person';
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** Whether two date ranges overlap, one day of slack allowed (time zones; a readout dated the next day). */
function overlaps(a: { start: string | null; end: string | null }, b: { start: string | null; end: string | null }): boolean {
  if (!a.start || !b.start) return false;
  return dayNumber(a.start) <= dayNumber(b.end ?? b.start) + 1 && dayNumber(b.start) <= dayNumber(a.end ?? a.start) + 1;
}

/**
 * Groups documents' meetings into meetings: the same dyad, the same mode (call or in person), and
 * dates that overlap. Input in date order (as the store lists them); groups come out in date order.
 */
export function groupMeetings(meetings: readonly StoredMeeting[]): MeetingGroup[] {
  const groups: MeetingGroup[] = [];
  for (const s of meetings) {
    const m = s.meeting;
    const dyad = dyadKey(m.parties);
    const group = groups.find((g) => g.dyad === dyad && mode(g.kind) === mode(m.kind) && overlaps(g, m));
    const source = { id: s.id, publisher: s.publisher, title: s.title, kind: m.kind };
    if (group) {
      group.sources.push(source);
      if (m.end && (!group.end || m.end > group.end)) group.end = m.end;
      group.location ??= m.location ? { name: m.location.name, country: m.location.country } : null;
      group.occasion ??= m.occasion;
      continue;
    }
    groups.push({ kind: m.kind, dyad, start: m.start, end: m.end, location: m.location ? { name: m.location.name, country: m.location.country } : null, occasion: m.occasion, sources: [source] });
  }
  return groups;
}
