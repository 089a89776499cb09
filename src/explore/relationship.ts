import type { FulfilmentRule } from '../dictionaries/commitmentCues.js';
import { type FollowedCommitment, followCommitments } from '../crossdoc/followCommitments.js';
import { groupMeetings, type MeetingGroup } from '../crossdoc/groupMeetings.js';
import { type DyadMonth, type DyadTopic, dyadKey, type EventStore } from '../storage/EventStore.js';

export interface RelationshipOptions {
  from?: string;
  to?: string;
  /** The day "overdue" is judged on (YYYY-MM-DD). */
  asOf: string;
  rules: readonly FulfilmentRule[];
}

/** Everything the relationship page shows for a pair of parties; the page and its JSON twin are this object. */
export interface Relationship {
  dyad: string;
  from: string | null;
  to: string | null;
  events: number;
  goldstein: number | null;
  timeline: DyadMonth[];
  meetings: MeetingGroup[];
  topics: DyadTopic[];
  commitments: FollowedCommitment[];
}

/** A dyad's timeline, meetings, topics and commitments, over one date range. */
export async function relationship(store: EventStore, dyad: string, options: RelationshipOptions): Promise<Relationship> {
  const range = { from: options.from, to: options.to };
  const timeline = await store.dyadTimeline(dyad, range);
  const key = dyadKey(dyad.split('-'));
  const meetings = groupMeetings(await store.listMeetings({ dyad: key, ...range })).filter((g) => g.dyad === key);
  const topics = await store.dyadTopics(dyad, range);
  const allMeetings = await store.listMeetings({ dyad: key });
  const commitments = followCommitments(await store.listCommitments({ dyad: key }), allMeetings, options.rules, options.asOf).filter((c) => {
    const made = c.referenceDate ?? c.published;
    return c.dyad === key && (!options.from || !made || made >= options.from) && (!options.to || !made || made <= options.to);
  });
  const events = timeline.reduce((n, m) => n + m.events, 0);
  const goldstein = events ? Math.round((timeline.reduce((s, m) => s + m.goldstein * m.events, 0) / events) * 100) / 100 : null;
  return { dyad: key, from: options.from ?? null, to: options.to ?? null, events, goldstein, timeline, meetings, topics, commitments };
}
