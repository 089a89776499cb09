import { type Html, html } from './html.js';

const STYLE = `
:root { --fg: #1b1f24; --muted: #59636e; --line: #d1d9e0; --accent: #0b5cad; --bg: #fff; --mark: #fff3b0;
  --q1: #2f6fb3; --q2: #2e8b57; --q3: #d9822b; --q4: #c23b3b; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; gap: 1.5rem; align-items: center; padding: .6rem 1.5rem; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
header a { color: var(--fg); text-decoration: none; }
header .brand { font-weight: 700; }
header form { margin-left: auto; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
a { color: var(--accent); }
h1 { font-size: 1.5rem; margin: .6rem 0; } h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); }
.muted { color: var(--muted); } .num { text-align: right; font-variant-numeric: tabular-nums; }
.twin { margin-top: 2.5rem; font-size: .85rem; color: var(--muted); }
.badge { display: inline-block; padding: 0 .4rem; border-radius: .6rem; font-size: .8rem; border: 1px solid var(--line); }
.status-fulfilled { background: #e3f4e8; } .status-overdue { background: #fde2e1; } .status-open { background: #eef2f6; }
.readout p { max-width: 46rem; }
mark { background: var(--mark); border-bottom: 2px solid transparent; padding: 0 1px; }
mark.q1 { border-color: var(--q1); } mark.q2 { border-color: var(--q2); } mark.q3 { border-color: var(--q3); } mark.q4 { border-color: var(--q4); }
mark.actor { background: #e8f0fb; } mark.topic { background: #f1ebfa; } mark.commitment { background: #e3f4e8; }
.legend span { margin-right: 1rem; font-size: .85rem; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; } @media (max-width: 50rem) { .cols { grid-template-columns: 1fr; } }
figure { margin: .5rem 0 1rem; } figcaption { font-size: .85rem; color: var(--muted); }
input[type=search] { padding: .3rem .5rem; min-width: 16rem; }
.pager a { margin-right: 1rem; }
`;

/**
 * Every page's frame. No script: charts are server-rendered SVG, points are links and hovers are
 * titles, so the Content-Security-Policy can forbid scripts outright.
 */
export function layout(title: string, body: Html, twin: string | null, options: { nav?: boolean; standalone?: { base: string | null } } = {}): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${
  options.standalone
    ? html`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">${options.standalone.base ? html`
<base href="${options.standalone.base}">` : ''}`
    : ''
}
<title>${title} · readout</title>
<style>${STYLE}</style>
</head>
<body>
${
  options.nav === false
    ? ''
    : html`<header>
<a class="brand" href="/">readout</a>
<nav aria-label="Sections"><a href="/meetings">Meetings</a> · <a href="/commitments">Commitments</a> · <a href="/events">Events</a> · <a href="/documents">Documents</a></nav>
<form action="/search" method="get" role="search"><label for="q" class="muted">Search</label> <input type="search" id="q" name="q" placeholder="documents, people"></form>
</header>`
}
<main>
${body}
${twin ? html`<p class="twin">This page as JSON: <a href="${twin}">${twin}</a> · API description: <a href="/openapi.json">/openapi.json</a></p>` : ''}
</main>
</body>
</html>`;
}
