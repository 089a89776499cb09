import type { Relationship } from '../../explore/relationship.js';
import { months } from '../charts/months.js';
import { QUADS } from '../charts/quads.js';
import { timelineChart } from '../charts/timelineChart.js';
import { topicChart } from '../charts/topicChart.js';
import { type Html, href, html } from '../html.js';
import { commitmentRows } from './commitmentRows.js';
import { meetingRows } from './meetingRows.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A pair of parties over time: events by quad class, tone, meetings, topics, commitments. A
 * `standalone` page (the mailed report) has no date form and says when it was made.
 */
export function relationshipPage(rel: Relationship, standalone: { generated: string } | null = null): Html {
  const axis = months([...rel.timeline.map((m) => m.month), ...rel.meetings.flatMap((g) => (g.start ? [g.start.slice(0, 7)] : [])), ...rel.topics.flatMap((t) => t.months.map((m) => m.month))]);
  const [events, tone] = timelineChart(rel.dyad, axis, rel.timeline, rel.meetings);
  const counts = { open: 0, fulfilled: 0, overdue: 0 };
  for (const c of rel.commitments) counts[c.status]++;
  return html`
<h1>${rel.dyad.replace('-', ' – ')}</h1>
${standalone ? html`<p class="muted">Report generated ${standalone.generated}${rel.from || rel.to ? ` for ${rel.from ?? 'the start'} to ${rel.to ?? 'the end'}` : ''} by readout.</p>` : html`<form method="get" class="muted">From <input type="date" name="from" value="${rel.from ?? ''}" aria-label="from"> to <input type="date" name="to" value="${rel.to ?? ''}" aria-label="to"> <button>Show</button></form>`}
<p>${plural(rel.events, 'event')}${rel.goldstein !== null ? html`, mean Goldstein ${rel.goldstein}` : ''} · ${plural(rel.meetings.length, 'meeting')} · ${plural(rel.commitments.length, 'commitment')} (${counts.open} open, ${counts.fulfilled} fulfilled, ${counts.overdue} overdue) · <a href="${href('/events', { dyad: rel.dyad, from: rel.from, to: rel.to })}">all events</a></p>
<h2>Events per month</h2>
<p class="legend">${QUADS.map((q) => html`<span><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="${q.color}"/></svg> ${q.label}</span>`)}</p>
${axis.length ? html`<figure>${events}<figcaption>Click a bar to list its events.</figcaption></figure><figure>${tone}<figcaption>Mean Goldstein per month (line) and meetings (purple marks; click one to open its readout).</figcaption></figure>` : html`<p class="muted">No dated events or meetings between these parties.</p>`}
<h2>Topics over time</h2>
${rel.topics.length ? html`<figure>${topicChart(rel.dyad, axis, rel.topics)}</figure>` : html`<p class="muted">No topics.</p>`}
<h2>Meetings</h2>
${rel.meetings.length ? meetingRows(rel.meetings, { parties: false }) : html`<p class="muted">No meetings.</p>`}
<h2>Commitments</h2>
${rel.commitments.length ? commitmentRows(rel.commitments) : html`<p class="muted">No commitments.</p>`}`;
}
