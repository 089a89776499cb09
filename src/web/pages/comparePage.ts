import type { Anchor, Comparison, TopicAccount } from '../../crossdoc/Comparison.js';
import type { DocumentRecord } from '../../model/DocumentRecord.js';
import { type Html, href, html } from '../html.js';

function quote(record: DocumentRecord, anchor: Anchor, cues: readonly (Anchor & { text: string })[]): Html {
  const s = record.sentences[anchor.sentence];
  if (!s) return html``;
  const inside = cues.filter((c) => c.sentence === anchor.sentence && c.start >= s.start && c.end <= s.end).sort((x, y) => x.start - y.start);
  const parts: Html[] = [];
  let at = s.start;
  for (const c of inside) {
    if (c.start < at) continue;
    parts.push(html`${record.text.slice(at, c.start)}<mark class="topic">${record.text.slice(c.start, c.end)}</mark>`);
    at = c.end;
  }
  parts.push(html`${record.text.slice(at, s.end)}`);
  return html`<blockquote><a href="${href(`/documents/${encodeURIComponent(record.id)}`)}#s${anchor.sentence}" class="muted">s${anchor.sentence + 1}</a> ${parts}</blockquote>`;
}

function account(record: DocumentRecord, acc: TopicAccount | null): Html {
  if (!acc) return html`<p class="muted">not reported</p>`;
  return html`${acc.raisedBy.length ? html`<p class="muted">raised by ${acc.raisedBy.map((r) => r.party).join(', ')}</p>` : ''}${acc.sentences.map((s) => quote(record, s, acc.cues))}`;
}

function signed(n: number | null): string {
  return n === null ? '–' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`;
}

/**
 * Two accounts of one meeting side by side, aligned by topic: what both report and what only one
 * does, each party's stance in each, who each says raised it (with the sentences), the tone, the
 * people and the commitments that look like one promise.
 */
export function comparePage(cmp: Comparison, a: DocumentRecord, b: DocumentRecord): Html {
  const label = (d: Comparison['a']) => d.publisher ?? d.id;
  const both = cmp.topics.filter((t) => t.reportedBy === 'both').length;
  const onlyA = cmp.topics.filter((t) => t.reportedBy === 'a').length;
  const onlyB = cmp.topics.filter((t) => t.reportedBy === 'b').length;
  return html`
<h1>Two accounts</h1>
<div class="cols">
${[cmp.a, cmp.b].map((d, i) => html`<div><h2>${i ? 'B' : 'A'}: <a href="${href(`/documents/${encodeURIComponent(d.id)}`)}">${d.title ?? d.id}</a></h2><p class="muted">${label(d)}${d.published ? ` · ${d.published}` : ''}${d.meeting ? ` · ${d.meeting.kind}, ${d.meeting.parties.join('–')}${d.meeting.location ? `, ${d.meeting.location.name}` : ''}${d.meeting.start ? `, ${d.meeting.start}` : ''}` : ''}</p></div>`)}
</div>
<p>${cmp.meeting.same ? 'The same meeting' : 'Not recognised as the same meeting'}${cmp.meeting.differences.length ? html`; the accounts differ on ${cmp.meeting.differences.join(', ')}` : ''}. Topics: ${both} in both, ${onlyA} only in A, ${onlyB} only in B.</p>
<h2>Tone</h2>
<table><tr><th></th><th class="num">mean Goldstein</th><th class="num">events</th><th class="num">negated</th><th>verbal coop. / material coop. / verbal conflict / material conflict</th></tr>
${(['a', 'b'] as const).map((k) => {
  const t = cmp.tone[k];
  return html`<tr><td>${k.toUpperCase()} (${label(cmp[k])})</td><td class="num">${signed(t.meanGoldstein)}</td><td class="num">${t.events}</td><td class="num">${t.negated}</td><td>${t.quads.verbalCooperation} / ${t.quads.materialCooperation} / ${t.quads.verbalConflict} / ${t.quads.materialConflict}</td></tr>`;
})}
<tr><td>B − A</td><td class="num">${signed(cmp.tone.difference)}</td><td colspan="3"></td></tr>
</table>
${cmp.tone.byParty.length ? html`<table><tr><th>source party</th><th class="num">A</th><th class="num">B</th><th class="num">B − A</th></tr>${cmp.tone.byParty.map((p) => html`<tr><td>${p.party}</td><td class="num">${signed(p.a)}</td><td class="num">${signed(p.b)}</td><td class="num">${signed(p.difference)}</td></tr>`)}</table>` : ''}
<h2>Topics</h2>
${cmp.topics.map(
  (t) => html`<section aria-label="${t.label}">
<h3>${t.label} <span class="badge">${t.reportedBy === 'both' ? 'both' : t.reportedBy === 'a' ? 'only A' : 'only B'}</span></h3>
${t.stances.length ? html`<p>${t.stances.map((s, i) => html`${i ? ' · ' : ''}${s.party}: ${s.a ?? '–'} in A, ${s.b ?? '–'} in B${s.differs ? html` <strong>(differs)</strong>` : ''}`)}</p>` : ''}
<div class="cols"><div>${account(a, t.a)}</div><div>${account(b, t.b)}</div></div>
</section>`,
)}
<h2>Participants</h2>
<div class="cols">${(['a', 'b'] as const).map((k) => html`<table><tr><th>${k.toUpperCase()}</th><th>role</th></tr>${cmp.participants[k].map((p) => html`<tr><td>${p.name}${p.title ? `, ${p.title}` : ''}${p.inOther ? '' : html` <span class="muted">(only here)</span>`}</td><td>${p.role}</td></tr>`)}</table>`)}</div>
<h2>Commitments</h2>
<div class="cols">${(['a', 'b'] as const).map((k) => html`<table><tr><th>${k.toUpperCase()}</th><th>who</th><th>due</th></tr>${cmp.commitments[k].map((c) => html`<tr><td>${k.toUpperCase()}${c.index + 1}: ${c.action}</td><td>${c.parties.join(' + ')}</td><td>${c.due ?? ''}</td></tr>`)}</table>`)}</div>
${cmp.commitments.matches.length ? html`<p>Look like one promise: ${cmp.commitments.matches.map((m, i) => html`${i ? '; ' : ''}A${m.a + 1} ~ B${m.b + 1} (${[...m.topics, ...m.words].join(', ')})`)}</p>` : ''}`;
}
