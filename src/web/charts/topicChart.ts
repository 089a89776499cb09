import * as Plot from '@observablehq/plot';
import type { DyadTopic } from '../../storage/EventStore.js';
import { type Html, href } from '../html.js';
import { monthEnd } from './months.js';
import { renderPlot } from './renderPlot.js';

/** Topic salience: for the most raised topics, how many of the dyad's documents raise each, month by month; a cell links to that month's documents on the topic. */
export function topicChart(dyad: string, axis: readonly string[], topics: readonly DyadTopic[], top = 12, width = 900): Html {
  const shown = topics.slice(0, top);
  const cells = shown.flatMap((t) => t.months.map((m) => ({ topic: t.label, month: m.month, n: m.documents, link: href('/documents', { topic: t.topic, country: dyad.split('-')[0], from: `${m.month}-01`, to: monthEnd(m.month) }) })));
  return renderPlot({
    width,
    height: 40 + shown.length * 22,
    marginLeft: 230,
    ariaLabel: `Topics raised in ${dyad} documents per month`,
    ariaDescription: `The ${shown.length} most raised topics; darker cells mean more documents.`,
    x: { type: 'band', domain: [...axis], label: null, axis: 'top', tickFormat: (m: string, i: number) => (axis.length > 18 && i % 3 ? '' : m) },
    y: { domain: shown.map((t) => t.label), label: null, tickFormat: (label: string) => (label.length > 38 ? `${label.slice(0, 37)}…` : label) },
    color: { scheme: 'purples', type: 'sqrt' },
    marks: [Plot.cell(cells, { x: 'month', y: 'topic', fill: 'n', inset: 0.5, title: (c: (typeof cells)[number]) => `${c.topic}, ${c.month}: ${c.n} document${c.n === 1 ? '' : 's'}`, href: 'link' })],
  });
}
