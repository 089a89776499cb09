import type { DocumentRecord } from '../../model/DocumentRecord.js';
import { QUADS } from '../charts/quads.js';
import { type Html, href, html, safeUrl } from '../html.js';
import { highlightsOf, highlightText } from './highlightText.js';

/** One readout: the cleaned text with its evidence marked, and what readout read from it beside. */
export function documentPage(record: DocumentRecord, counterparts: readonly { id: string; publisher: string | null }[] = []): Html {
  const m = record.meeting;
  const dyad = m && m.parties.length >= 2 ? `${m.parties[0]}-${m.parties[1]}` : null;
  return html`
<h1>${record.title ?? record.id}</h1>
<p class="muted">${record.publisher ?? 'Unknown publisher'}${record.published ? html` · ${record.published}` : ''}${record.speaker ? html` · ${record.speaker}` : ''}${safeUrl(record.url) ? html` · <a href="${safeUrl(record.url)}" rel="noopener noreferrer nofollow">source</a>` : ''}</p>
${m ? html`<p><strong>${m.kind}</strong>${m.parties.length ? html` · ${dyad ? html`<a href="${href(`/dyads/${dyad}`)}">${m.parties.join('–')}</a>` : m.parties.join('–')}` : ''}${m.location ? html` · ${m.location.name}${m.location.country ? ` (${m.location.country})` : ''}` : ''}${m.start ? html` · ${m.start}${m.end && m.end !== m.start ? ` to ${m.end}` : ''}` : ''}${m.occasion ? html` · on the margins of ${m.occasion}` : ''}</p>` : ''}
${counterparts.length ? html`<p>Other accounts of this meeting: ${counterparts.map((c, i) => html`${i ? ', ' : ''}<a href="${href(`/documents/${encodeURIComponent(c.id)}`)}">${c.publisher ?? c.id}</a> (<a href="${href('/compare', { a: record.id, b: c.id })}">compare</a>)`)}</p>` : ''}
<p class="legend" aria-hidden="true">${QUADS.map((q) => html`<span><mark class="q${q.quad}">event</mark> ${q.label.toLowerCase()}</span>`)}<span><mark class="actor">person</mark></span><span><mark class="topic">topic</mark></span><span><mark class="commitment">commitment</mark></span></p>
<div class="cols">
<article class="readout" aria-label="The readout, with what readout found marked">${highlightText(record.text, highlightsOf(record), record.sentences.map((x) => x.start))}</article>
<aside>
<h2>Participants</h2>
${record.participants.length ? html`<table><tr><th>name</th><th>title</th><th>actor</th><th>role</th></tr>${record.participants.map((p) => html`<tr><td>${p.name}</td><td>${p.title ?? ''}</td><td>${p.actor}</td><td>${p.role}</td></tr>`)}</table>` : html`<p class="muted">none found</p>`}
<h2>Topics</h2>
${record.topics.length ? html`<table><tr><th>topic</th><th>stance</th><th>sentences</th></tr>${record.topics.map((t) => html`<tr><td><a href="${href('/documents', { topic: t.id })}">${t.label}</a></td><td>${Object.entries(t.stance).map(([p, s]) => `${p} ${s}`).join(', ')}</td><td>${t.sentences.map((s) => s + 1).join(', ')}</td></tr>`)}</table>` : html`<p class="muted">none found</p>`}
<h2>Commitments</h2>
${record.commitments.length ? html`<table><tr><th>who</th><th>what</th><th>due</th></tr>${record.commitments.map((c) => html`<tr><td>${c.parties.join(' + ')}</td><td>${c.action}</td><td>${c.due ?? ''}</td></tr>`)}</table>` : html`<p class="muted">none found</p>`}
<h2>Events</h2>
${record.events.length ? html`<table><tr><th>#</th><th>code</th><th>source → target</th><th class="num">Goldstein</th></tr>${record.events.map((e) => html`<tr><td>${e.sentence + 1}</td><td title="${`pattern ${e.pattern}`}">${e.code} ${e.name}${e.negated ? ' (negated)' : ''}${e.modality !== 'asserted' ? ` (${e.modality})` : ''}</td><td>${e.source.code} → ${e.target.code}</td><td class="num">${e.goldstein}</td></tr>`)}</table>` : html`<p class="muted">none found</p>`}
</aside>
</div>`;
}
