import type { MeetingGroup } from '../../crossdoc/groupMeetings.js';
import { type Html, href, html } from '../html.js';

/** Meetings as a table, each once with the documents that report it and, for two accounts, a link comparing them. */
export function meetingRows(groups: readonly MeetingGroup[], options: { parties: boolean }): Html {
  return html`<table><tr><th>when</th><th>kind</th>${options.parties ? html`<th>parties</th>` : ''}<th>where</th><th>reported by</th></tr>
${groups.map(
  (g) =>
    html`<tr><td>${g.start ?? 'undated'}${g.end && g.end !== g.start ? ` to ${g.end}` : ''}</td><td>${g.kind}</td>${options.parties ? html`<td>${g.dyad.includes('-') ? html`<a href="${href(`/dyads/${g.dyad}`)}">${g.dyad}</a>` : g.dyad}</td>` : ''}<td>${g.location ? `${g.location.name}${g.location.country ? ` (${g.location.country})` : ''}` : ''}${g.occasion ? `, margins of ${g.occasion}` : ''}</td><td>${g.sources.map((s, i) => html`${i ? ', ' : ''}<a href="${href(`/documents/${encodeURIComponent(s.id)}`)}">${s.publisher ?? s.id}</a>`)}${g.sources.length === 2 ? html` · <a href="${href('/compare', { a: g.sources[0]!.id, b: g.sources[1]!.id })}">compare</a>` : ''}</td></tr>`,
)}
</table>`;
}
