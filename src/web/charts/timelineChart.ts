import * as Plot from '@observablehq/plot';
import type { MeetingGroup } from '../../crossdoc/groupMeetings.js';
import type { DyadMonth } from '../../storage/EventStore.js';
import { type Html, href } from '../html.js';
import { monthEnd } from './months.js';
import { QUADS } from './quads.js';
import { renderPlot } from './renderPlot.js';

/**
 * Events per month stacked by quad class; each bar segment links to the events behind it. Below,
 * on the same month axis, mean Goldstein per month and the meetings (one dot per meeting).
 */
export function timelineChart(dyad: string, axis: readonly string[], timeline: readonly DyadMonth[], meetings: readonly MeetingGroup[], width = 900): Html[] {
  const bars = timeline.flatMap((m) =>
    QUADS.map((q) => ({ month: m.month, quad: q.label, n: m.quads[q.quad - 1]!, link: href('/events', { dyad, quad: q.quad, from: `${m.month}-01`, to: monthEnd(m.month) }) })).filter((b) => b.n > 0),
  );
  const color = { domain: QUADS.map((q) => q.label), range: QUADS.map((q) => q.color) };
  const x = { type: 'band' as const, domain: [...axis], label: null, tickFormat: (m: string, i: number) => (axis.length > 18 && i % 3 ? '' : m) };
  const events = renderPlot({
    width,
    height: 260,
    marginLeft: 48,
    ariaLabel: `Events between ${dyad} per month, by quad class`,
    ariaDescription: `${timeline.length} months with events. Each bar segment links to its events.`,
    x,
    y: { label: 'events', grid: true },
    color,
    marks: [
      Plot.barY(bars, { x: 'month', y: 'n', fill: 'quad', title: (b: (typeof bars)[number]) => `${b.month}: ${b.n} ${b.quad.toLowerCase()}`, href: 'link', ariaLabel: (b: (typeof bars)[number]) => `${b.month}, ${b.quad}: ${b.n} events` }),
      Plot.ruleY([0]),
    ],
  });
  const meetingDots = meetings.filter((g) => g.start).map((g) => ({ month: g.start!.slice(0, 7), kind: g.kind, label: `${g.start} ${g.kind}${g.location ? ` in ${g.location.name}` : ''}`, link: href(`/documents/${encodeURIComponent(g.sources[0]!.id)}`) }));
  const tone = renderPlot({
    width,
    height: 170,
    marginLeft: 48,
    ariaLabel: `Mean Goldstein score per month and meetings, ${dyad}`,
    ariaDescription: `Goldstein runs from -10 (most conflictual) to +10 (most cooperative). ${meetingDots.length} dated meetings.`,
    x,
    y: { label: 'mean Goldstein', domain: [-10, 10], grid: true },
    symbol: { legend: true },
    marks: [
      Plot.ruleY([0], { stroke: '#8c959f' }),
      Plot.lineY(timeline, { x: 'month', y: 'goldstein', stroke: '#1b1f24', curve: 'linear' }),
      Plot.dot(timeline, { x: 'month', y: 'goldstein', fill: '#1b1f24', r: 2.5, title: (m: DyadMonth) => `${m.month}: mean Goldstein ${m.goldstein} over ${m.events} events` }),
      Plot.dot(meetingDots, Plot.dodgeY({ x: 'month', anchor: 'bottom', r: 5, fill: '#7a4fb5', symbol: 'kind', title: 'label', href: 'link', ariaLabel: 'label' })),
    ],
  });
  return [events, tone];
}
