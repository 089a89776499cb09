import type { FulfilmentRule } from '../dictionaries/commitmentCues.js';
import type { CommitmentStatus } from '../model/Commitment.js';
import type { StoredCommitment, StoredMeeting } from '../storage/EventStore.js';
import { dyadKey } from '../storage/EventStore.js';

/** A commitment with what became of it. */
export interface FollowedCommitment extends StoredCommitment {
  status: CommitmentStatus;
  /** The later document whose meeting fulfilled it, and that meeting's kind and date. */
  fulfilledBy: { id: string; title: string | null; kind: string; date: string | null; rule: string } | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Follows each commitment across later documents: it is `fulfilled` by the first later meeting of
 * its dyad whose kind a fulfilment rule of data/commitments.yaml ties to a word of its action
 * ("schedule a reciprocal visit" → the next visit); `overdue` when it has an exact due date
 * before `asOf` and nothing fulfilled it; else `open`.
 */
export function followCommitments(commitments: readonly StoredCommitment[], meetings: readonly StoredMeeting[], rules: readonly FulfilmentRule[], asOf: string): FollowedCommitment[] {
  const compiled = rules.map((r) => ({ kinds: new Set<string>(r.kinds), words: r.words.map((w) => new RegExp(`\\b${w.replace(/[-]/g, '\\-')}\\b`, 'i')), label: r.words[0]! }));
  return commitments.map((c): FollowedCommitment => {
    const made = c.referenceDate ?? c.published;
    const action = `${c.commitment.action} ${c.commitment.object ?? ''}`;
    // A promise not to act ("would not return to ...") is kept by no later meeting.
    const applicable = c.commitment.cue === 'refrain' ? [] : compiled.filter((r) => r.words.some((w) => w.test(action)));
    const parties = c.dyad.split('-');
    let fulfilledBy: FollowedCommitment['fulfilledBy'] = null;
    if (made && applicable.length) {
      for (const s of meetings) {
        const m = s.meeting;
        if (s.hash === c.hash || !m.start || m.start <= made) continue;
        const dyad = dyadKey(m.parties).split('-');
        if (!parties.every((p) => dyad.includes(p))) continue;
        const rule = applicable.find((r) => r.kinds.has(m.kind));
        if (!rule) continue;
        fulfilledBy = { id: s.id, title: s.title, kind: m.kind, date: m.start, rule: `${rule.label} → ${m.kind}` };
        break;
      }
    }
    const due = c.commitment.due;
    const status: CommitmentStatus = fulfilledBy ? 'fulfilled' : due && ISO_DATE.test(due) && due < asOf ? 'overdue' : 'open';
    return { ...c, status, fulfilledBy };
  });
}
