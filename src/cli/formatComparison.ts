import type { ComparedDocument, Comparison, Tone, TopicAccount, TopicComparison } from '../crossdoc/Comparison.js';

const signed = (x: number | null) => (x === null ? '-' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`);

/** Rows padded to their columns' widths, so long topic labels do not push the columns out of line. */
function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  }
  return rows.map((row) => `${indent}${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd());
}

function documentLines(side: 'A' | 'B', d: ComparedDocument): string[] {
  const m = d.meeting;
  const meeting = m
    ? `${m.kind}, ${m.parties.join('–') || '-'}${m.location ? `, ${m.location.name}` : ''}${m.start ? `, ${m.start}${m.end && m.end !== m.start ? ` to ${m.end}` : ''}` : ''}${m.occasion ? `, on the margins of ${m.occasion}` : ''}`
    : 'no meeting reported';
  return [`${side}  ${d.id}  ${d.publisher ?? 'publisher unknown'}${d.published ? `, ${d.published}` : ''}`, `   ${meeting}`];
}

/** Sentences are numbered from 1, as `readout show` numbers them. */
const at = (side: 'A' | 'B', t: TopicAccount | null) => (t ? `${side} s${t.sentences.map((s) => s.sentence + 1).join(',')}` : '');

function topicRows(c: Comparison): string[][] {
  const parties = [...new Set([...c.parties, ...c.topics.flatMap((t) => t.stances.map((s) => s.party))])];
  const where = { both: 'both', a: 'A only', b: 'B only' };
  return [
    ['topic', 'reported', ...parties.map((p) => `${p} (A | B)`), 'sentences'],
    ...c.topics.map((t) => [
      t.label,
      where[t.reportedBy],
      ...parties.map((p) => {
        const s = t.stances.find((x) => x.party === p);
        return s ? `${s.a ?? '-'} | ${s.b ?? '-'}${s.differs && s.a && s.b ? ' *' : ''}` : '';
      }),
      [at('A', t.a), at('B', t.b)].filter(Boolean).join('; '),
    ]),
  ];
}

function raisedRows(topics: readonly TopicComparison[]): string[][] {
  const who = (side: TopicAccount | null) => (side ? side.raisedBy.map((r) => r.party).join(', ') || 'nobody named' : 'not reported');
  return [['topic', 'A', 'B'], ...topics.map((t) => [t.label, who(t.a), who(t.b)])];
}

function toneRow(side: 'A' | 'B', t: Tone): string[] {
  const q = t.quads;
  return [
    side,
    signed(t.meanGoldstein),
    `${t.events}${t.negated ? ` (+${t.negated} negated)` : ''}`,
    `${q.verbalCooperation}/${q.materialCooperation}/${q.verbalConflict}/${q.materialConflict}`,
    t.byParty.map((p) => `${p.party} ${signed(p.meanGoldstein)}`).join(', '),
  ];
}

/** A comparison as a reader wants it: the two documents, topics with stances, who raised what, tone, participants, commitments. */
export function formatComparison(c: Comparison): string {
  const count = (r: TopicComparison['reportedBy']) => c.topics.filter((t) => t.reportedBy === r).length;
  const lines = [...documentLines('A', c.a), ...documentLines('B', c.b)];
  const differences = c.meeting.differences.join(', ');
  lines.push(
    c.meeting.same ? `same meeting: yes${differences ? ` (the accounts differ in: ${differences})` : ''}` : `same meeting: no${differences ? ` (they differ in: ${differences})` : ''}`,
    '',
    `topics: ${count('both')} both, ${count('a')} only A, ${count('b')} only B (stance of each party in A | in B; * the two differ)`,
    ...table(topicRows(c)),
    '',
    'who raised what (source parties of the events in the topic’s sentences)',
    ...table(raisedRows(c.topics)),
    '',
    `tone: mean Goldstein of the events (negated ones left out), B − A ${signed(c.tone.difference)}; quad classes: verbal/material cooperation, verbal/material conflict`,
    ...table([['', 'Goldstein', 'events', 'quad classes', 'per source party'], toneRow('A', c.tone.a), toneRow('B', c.tone.b)]),
    '',
    'participants (* named in both)',
    ...table(
      (['a', 'b'] as const).flatMap((side) => c.participants[side].map((p) => [side.toUpperCase(), p.role, `${p.name}${p.title ? `, ${p.title}` : ''} (${p.actor})${p.inOther ? ' *' : ''}`])),
    ),
    '',
    'commitments',
    ...table(
      (['a', 'b'] as const).flatMap((side) =>
        c.commitments[side].map((m) => [
          `${side.toUpperCase()}${m.index + 1}`,
          `s${m.anchor.sentence + 1}`,
          m.parties.join('+'),
          `${m.action}${m.object && m.object !== m.action ? ` [${m.object}]` : ''}${m.due ? `  (due: ${m.due})` : ''}`,
        ]),
      ),
    ),
    ...c.commitments.matches.map(
      (m) => `  look the same: A${m.a + 1} ~ B${m.b + 1} (${[m.topics.length ? `topic: ${m.topics.join(', ')}` : '', m.words.length ? `words: ${m.words.join(', ')}` : ''].filter(Boolean).join('; ')})`,
    ),
  );
  return `${lines.join('\n')}\n`;
}
