import type { FollowedCommitment } from '../../crossdoc/followCommitments.js';
import type { MeetingGroup } from '../../crossdoc/groupMeetings.js';
import type { DocumentQuery, DyadSummary, EventQuery, Page, StoredDocumentSummary, StoredEvent, StoredPerson } from '../../storage/EventStore.js';
import { type Html, href, html } from '../html.js';
import { commitmentRows } from './commitmentRows.js';
import { meetingRows } from './meetingRows.js';

function pager(path: string, params: Record<string, string | number | undefined>, total: number, limit: number, offset: number): Html {
  const prev = offset > 0 ? html`<a href="${href(path, { ...params, limit, offset: Math.max(0, offset - limit) })}">← previous</a>` : '';
  const next = offset + limit < total ? html`<a href="${href(path, { ...params, limit, offset: offset + limit })}">next →</a>` : '';
  return html`<p class="pager">${total ? `${offset + 1}–${Math.min(total, offset + limit)} of ${total}` : 'nothing found'} ${prev} ${next}</p>`;
}

/** The front page: the relationships in the store and a way into everything else. */
export function homePage(dyads: readonly DyadSummary[], documents: number): Html {
  return html`
<h1>Relationships</h1>
<p class="muted">${documents} documents stored. Choose a pair of parties, or search above.</p>
${dyads.length ? html`<table><tr><th>dyad</th><th class="num">events</th><th class="num">documents</th><th>first</th><th>last</th><th class="num">mean Goldstein</th></tr>${dyads.map((d) => html`<tr><td><a href="${href(`/dyads/${d.dyad}`)}">${d.dyad}</a></td><td class="num">${d.events}</td><td class="num">${d.documents}</td><td>${d.first ?? ''}</td><td>${d.last ?? ''}</td><td class="num">${d.goldstein}</td></tr>`)}</table>` : html`<p>No events yet: run <code>readout ingest</code>.</p>`}`;
}

/** Documents matching a search and filters, and the people whose names match the search. */
export function documentsPage(query: DocumentQuery, page: Page<StoredDocumentSummary>, limit: number, offset: number, people: readonly StoredPerson[] = []): Html {
  const params = { q: query.q, publisher: query.publisher, country: query.country, topic: query.topic, from: query.from, to: query.to };
  const filters = (['publisher', 'country', 'topic', 'from', 'to'] as const).flatMap((k) => (query[k] ? [`${k} ${query[k]}`] : []));
  return html`
<h1>${query.q ? html`Documents matching “${query.q}”` : 'Documents'}</h1>
${filters.length ? html`<p class="muted">Filtered: ${filters.join(', ')}</p>` : ''}
${people.length ? html`<h2>People</h2><table><tr><th>name</th><th>title</th><th>actor</th><th class="num">documents</th><th class="num">present in</th><th>last</th></tr>${people.map((p) => html`<tr><td><a href="${href('/documents', { q: `"${p.name}"` })}">${p.name}</a></td><td>${p.title ?? ''}</td><td>${p.actor}</td><td class="num">${p.documents}</td><td class="num">${p.present}</td><td>${p.last ?? ''}</td></tr>`)}</table><h2>Documents</h2>` : ''}
${pager('/documents', params, page.total, limit, offset)}
<table><tr><th>published</th><th>title</th><th>publisher</th><th class="num">sentences</th></tr>
${page.items.map((d) => html`<tr><td>${d.published ?? ''}</td><td><a href="${href(`/documents/${encodeURIComponent(d.id)}`)}">${d.title ?? d.id}</a></td><td>${d.publisher ?? ''}</td><td class="num">${d.sentences}</td></tr>`)}
</table>`;
}

/** Events matching filters, each with its sentence. */
export function eventsPage(query: EventQuery, page: Page<StoredEvent>, limit: number, offset: number): Html {
  const params = { dyad: query.dyad, country: query.country, root: query.root, quad: query.quad, from: query.from, to: query.to, topic: query.topic, document: query.document };
  const filters = Object.entries(params).filter(([, v]) => v !== undefined && v !== '');
  return html`
<h1>Events</h1>
${filters.length ? html`<p class="muted">Filtered: ${filters.map(([k, v]) => `${k} ${v}`).join(', ')}</p>` : ''}
<p>Download: <a href="${href('/api/events', { ...params, format: 'csv', limit: 100000 })}">CSV</a> · <a href="${href('/api/events', { ...params, format: 'jsonl', limit: 100000 })}">JSON lines</a></p>
${pager('/events', params, page.total, limit, offset)}
<table><tr><th>date</th><th>code</th><th>source → target</th><th class="num">Goldstein</th><th>sentence</th></tr>
${page.items.map((s) => html`<tr><td>${s.event.date ?? ''}</td><td title="${`pattern ${s.event.pattern}`}">${s.event.code} ${s.event.name}${s.event.negated ? ' (negated)' : ''}</td><td>${s.event.source.code} → ${s.event.target.code}</td><td class="num">${s.event.goldstein}</td><td>${s.sentenceText} <a href="${href(`/documents/${encodeURIComponent(s.id)}`)}" class="muted">${s.id}</a></td></tr>`)}
</table>`;
}

/** Meetings, each once with every document that reports it. */
export function meetingsPage(groups: readonly MeetingGroup[], dyad: string | undefined): Html {
  return html`
<h1>Meetings${dyad ? ` ${dyad}` : ''}</h1>
${meetingRows(groups, { parties: true })}`;
}

/** The commitments tracker. */
export function commitmentsPage(commitments: readonly FollowedCommitment[], status: string | undefined, dyad: string | undefined, asOf: string): Html {
  return html`
<h1>Commitments${dyad ? ` ${dyad}` : ''}${status ? `, ${status}` : ''}</h1>
<p class="muted">As of ${asOf}. Show: <a href="${href('/commitments', { dyad })}">all</a> · <a href="${href('/commitments', { dyad, status: 'open' })}">open</a> · <a href="${href('/commitments', { dyad, status: 'fulfilled' })}">fulfilled</a> · <a href="${href('/commitments', { dyad, status: 'overdue' })}">overdue</a></p>
${commitmentRows(commitments, asOf)}`;
}
