import type { DocumentRecord } from '../model/DocumentRecord.js';
import type { CodedEvent } from '../model/Event.js';
import type { Meeting } from '../model/Meeting.js';
import type { Span } from '../model/Span.js';
import type { Stance } from '../model/Topic.js';

/**
 * Small hand-made records for the cross-document tests. The texts are INVENTED: no real readout,
 * no real call; the people (Secretary Dana Quist, Foreign Minister Li Wenhai) do not exist.
 * Spans are found in the sentences as written, so a test can check them against the text.
 */
export interface Draft {
  id: string;
  publisher: string;
  meeting: Pick<Meeting, 'kind' | 'parties' | 'start'> | null;
  sentences: string[];
  /** [sentence, words, code, goldstein, quad, source party, target party, negated?] */
  events?: [number, string, string, number, number, string, string, boolean?][];
  /** [id, sentence, cue words, stance per party] */
  topics?: [string, number, string, Record<string, Stance>][];
  /** [sentence, words of the action, parties] */
  commitments?: [number, string, string[]][];
  /** [name, role, actor, sentence] */
  participants?: [string, 'principal' | 'counterpart', string, number][];
}

export function record(d: Draft): DocumentRecord {
  const starts: number[] = [];
  let text = '';
  for (const s of d.sentences) {
    if (text) text += ' ';
    starts.push(text.length);
    text += s;
  }
  const span = (sentence: number, words: string): Span => {
    const at = d.sentences[sentence]!.indexOf(words);
    if (at < 0) throw new Error(`"${words}" is not in sentence ${sentence} of ${d.id}`);
    return { start: starts[sentence]! + at, end: starts[sentence]! + at + words.length };
  };
  const events = (d.events ?? []).map(
    ([sentence, words, code, goldstein, quad, source, target, negated]): CodedEvent => ({
      code,
      root: code.slice(0, 2),
      name: `event ${code}`,
      quad,
      goldstein,
      plover: null,
      source: { code: `${source}GOV`, party: source, name: source, span: null },
      target: { code: `${target}GOV`, party: target, name: target, span: null },
      sentence,
      span: span(sentence, words),
      evidence: words,
      pattern: 'invented',
      date: d.meeting?.start ?? null,
      negated: negated ?? false,
      modality: 'asserted',
    }),
  );
  const meeting: Meeting | null = d.meeting ? { ...d.meeting, end: d.meeting.start, location: null, occasion: null, evidence: { kind: { sentence: 0, span: null, rule: 'invented' }, location: null, dates: null } } : null;
  return {
    id: d.id,
    title: d.id,
    publisher: d.publisher,
    speaker: null,
    speakerTitle: null,
    published: d.meeting?.start ?? null,
    referenceDate: d.meeting?.start ?? null,
    url: null,
    text,
    sentences: d.sentences.map((s, index) => ({ index, start: starts[index]!, end: starts[index]! + s.length, text: s })),
    meeting,
    participants: (d.participants ?? []).map(([name, role, actor, sentence]) => ({ name, title: null, country: actor.slice(0, 3), actor, role, mentions: [{ sentence, span: span(sentence, name) }] })),
    events,
    topics: (d.topics ?? []).map(([id, sentence, cue, stance]) => ({ id, label: id, sentences: [sentence], cues: [{ sentence, span: span(sentence, cue), text: cue }], stance })),
    commitments: (d.commitments ?? []).map(([sentence, action, parties]) => ({ sentence, parties, cue: 'agree', action, object: null, due: null, status: 'open', span: span(sentence, action) })),
    source: { origin: d.id, format: 'text', hash: `${d.id}`.padEnd(64, '0') },
    provenance: { title: null, publisher: null, speaker: null, published: null, referenceDate: null },
    removed: [],
    warnings: [],
  };
}

/** An invented US account of an invented call. */
export const US_CALL: Draft = {
  id: 'us-call',
  publisher: 'U.S. Department of State',
  meeting: { kind: 'call', parties: ['USA', 'CHN'], start: '2024-03-11' },
  sentences: [
    'Secretary Dana Quist spoke today with Foreign Minister Li Wenhai.',
    'The Secretary raised concerns about the situation in the South China Sea.',
    'The two sides discussed counternarcotics cooperation.',
    'They agreed to maintain open lines of communication.',
  ],
  events: [
    [0, 'spoke today with', '041', 1, 1, 'USA', 'CHN'],
    [0, 'spoke today with', '041', 1, 1, 'CHN', 'USA'],
    [1, 'raised concerns', '110', -2, 3, 'USA', 'CHN'],
    [2, 'discussed', '040', 1, 1, 'USA', 'CHN'],
    [2, 'discussed', '040', 1, 1, 'CHN', 'USA'],
    [3, 'agreed to maintain', '036', 4, 1, 'USA', 'CHN'],
  ],
  topics: [
    ['south-china-sea', 1, 'South China Sea', { USA: 'concern' }],
    ['counternarcotics', 2, 'counternarcotics', { USA: 'cooperation', CHN: 'cooperation' }],
  ],
  commitments: [[3, 'maintain open lines of communication', ['USA', 'CHN']]],
  participants: [
    ['Dana Quist', 'principal', 'USAGOV', 0],
    ['Li Wenhai', 'counterpart', 'CHNGOV', 0],
  ],
};

/** An invented Chinese foreign-ministry account of the same invented call. */
export const CN_CALL: Draft = {
  id: 'cn-call',
  publisher: 'Ministry of Foreign Affairs of the PRC',
  meeting: { kind: 'call', parties: ['CHN', 'USA'], start: '2024-03-11' },
  sentences: [
    'Foreign Minister Li Wenhai held a phone call with Secretary Dana Quist.',
    'Li Wenhai said that the Chinese side is firmly opposed to interference on the Taiwan question.',
    'The two sides agreed to deepen counternarcotics cooperation.',
    'The US side did not reject the proposal.',
    'Both sides agreed to keep communication channels open.',
  ],
  events: [
    [0, 'held a phone call with', '041', 1, 1, 'CHN', 'USA'],
    [0, 'held a phone call with', '041', 1, 1, 'USA', 'CHN'],
    [1, 'opposed', '120', -4, 3, 'CHN', 'USA'],
    [2, 'agreed to deepen', '030', 4, 1, 'CHN', 'USA'],
    [2, 'agreed to deepen', '030', 4, 1, 'USA', 'CHN'],
    [3, 'reject', '120', -4, 3, 'USA', 'CHN', true],
    [4, 'agreed to keep', '036', 4, 1, 'CHN', 'USA'],
  ],
  topics: [
    ['taiwan', 1, 'Taiwan question', { CHN: 'concern' }],
    ['counternarcotics', 2, 'counternarcotics', { CHN: 'agreement', USA: 'agreement' }],
  ],
  commitments: [
    [2, 'deepen counternarcotics cooperation', ['CHN', 'USA']],
    [4, 'keep communication channels open', ['CHN', 'USA']],
  ],
  participants: [
    ['Li Wenhai', 'principal', 'CHNGOV', 0],
    ['Dana Quist', 'counterpart', 'USAGOV', 0],
  ],
};
