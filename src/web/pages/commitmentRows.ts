import type { FollowedCommitment } from '../../crossdoc/followCommitments.js';
import { type Html, href, html } from '../html.js';

function ageDays(from: string | null, asOf: string): number | null {
  return from ? Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) : null;
}

/** The commitments tracker's table: status, parties, what, due, age, and the evidence either way. */
export function commitmentRows(commitments: readonly FollowedCommitment[], asOf = new Date().toISOString().slice(0, 10)): Html {
  return html`<table>
<tr><th>status</th><th>made</th><th>who</th><th>what</th><th>due</th><th class="num">age (days)</th><th>evidence</th></tr>
${commitments.map((c) => {
  const made = c.referenceDate ?? c.published;
  return html`<tr><td><span class="badge status-${c.status}">${c.status}</span></td><td>${made ?? ''}</td><td>${c.commitment.parties.join(' + ')}</td><td>${c.commitment.action}</td><td>${c.commitment.due ?? ''}</td><td class="num">${ageDays(made, asOf) ?? ''}</td><td><a href="${href(`/documents/${encodeURIComponent(c.id)}`)}">${c.id}</a>, sentence ${c.commitment.sentence + 1}${c.fulfilledBy ? html`<br>fulfilled by <a href="${href(`/documents/${encodeURIComponent(c.fulfilledBy.id)}`)}">${c.fulfilledBy.title ?? c.fulfilledBy.id}</a> (${c.fulfilledBy.kind}, ${c.fulfilledBy.date ?? 'undated'})` : ''}</td></tr>`;
})}
</table>`;
}
