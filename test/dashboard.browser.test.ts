/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../src/index.js';
import { loadCommitmentCues } from '../src/dictionaries/commitmentCues.js';
import { defaultDataDir } from '../src/dictionaries/dataDir.js';
import { createServer } from '../src/server/createServer.js';
import { SqliteStore } from '../src/storage/sqlite/SqliteStore.js';
import { cn, us } from './fixtures/inventedCall.js';

/**
 * The dashboard in a real browser: hostile readouts are uploaded through the API (the way an
 * untrusted text arrives) and every page that shows them is loaded in Chromium, which must run no
 * script of theirs. Needs Chromium (`apt-get install chromium`; CI installs it) or skips, saying so.
 */
const CHROMIUM = process.env.READOUT_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`SKIPPED: browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set READOUT_CHROMIUM)`);

// Invented readouts carrying the payloads; no real readout text in the repository.
const PAYLOADS = [
  '<script>window.__xss = 1; alert(1)</script>',
  '<img src=x onerror="window.__xss = 2">',
  '"><svg onload="window.__xss = 3">',
  "'><iframe src=javascript:window.__xss=4>",
];
const HOSTILE = `The Secretary met Foreign Minister Wang Yi in Beijing ${PAYLOADS[0]} on June 18. The Secretary raised concerns about ${PAYLOADS[1]} fentanyl. Both sides agreed to hold talks ${PAYLOADS[2]}. China criticised the sanctions ${PAYLOADS[3]}.`;

describe.skipIf(!available)('dashboard in Chromium', () => {
  let app: FastifyInstance;
  let store: SqliteStore;
  let base = '';
  let browser: import('playwright-core').Browser;
  let pipeline: Pipeline;

  beforeAll(async () => {
    pipeline = createPipeline();
    store = new SqliteStore(':memory:');
    app = await createServer({ store, rules: loadCommitmentCues(defaultDataDir()).fulfilment, token: 't0ken', coder: pipeline });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    for (const [i, title] of [`Secretary's Meeting ${PAYLOADS[0]}`, `Wang Yi ${PAYLOADS[1]}`].entries()) {
      const r = await fetch(`${base}/api/documents`, {
        method: 'POST',
        headers: { authorization: 'Bearer t0ken', 'content-type': 'application/json' },
        body: JSON.stringify({ id: `hostile-${i}<b>`, text: HOSTILE, title, publisher: i ? `U.S. Department of State ${PAYLOADS[3]}` : 'U.S. Department of State', url: 'javascript:window.__xss=5', date: `2023-06-1${8 + i}` }),
      });
      expect(r.status).toBe(201);
    }
    for (const d of [us, cn]) {
      const r = await fetch(`${base}/api/documents`, { method: 'POST', headers: { authorization: 'Bearer t0ken', 'content-type': 'application/json' }, body: JSON.stringify(d) });
      expect(r.status).toBe(201);
    }
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('runs no script from a readout on any page that shows it', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const urls = ['/', `/documents/${encodeURIComponent('hostile-0<b>')}`, '/documents?q=fentanyl', '/events?dyad=USA-CHN', '/dyads/USA-CHN', '/meetings', '/commitments', `/compare?a=${encodeURIComponent('hostile-0<b>')}&b=${encodeURIComponent('hostile-1<b>')}`];
    for (const url of urls) {
      const response = await page.goto(base + url);
      expect(response?.status(), url).toBe(200);
      const found = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: number }).__xss ?? null,
        scripts: document.querySelectorAll('script').length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        frames: document.querySelectorAll('iframe, img[src="x"]').length,
        jsLinks: [...document.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:')).length,
        text: document.body.textContent ?? "",
      }));
      expect({ url, xss: found.xss, scripts: found.scripts, handlers: found.handlers, frames: found.frames, jsLinks: found.jsLinks }).toEqual({ url, xss: null, scripts: 0, handlers: 0, frames: 0, jsLinks: 0 });
      if (url.startsWith('/documents/')) expect(found.text).toContain('<script>window.__xss = 1; alert(1)</script>');
    }
    expect(dialogs).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows the relationship chart as accessible SVG whose bars lead to their events', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/dyads/USA-CHN`);
    const chart = page.getByRole('img', { name: /Events between CHN-USA per month/ }).or(page.locator('svg[aria-label^="Events between CHN-USA per month"]'));
    await expect(chart.first().isVisible()).resolves.toBe(true);
    const bar = page.locator('svg[aria-label^="Events between"] a').first();
    await bar.click();
    await page.waitForURL(/\/events\?dyad=CHN-USA/);
    expect(await page.locator('table tr').count()).toBeGreaterThan(1);
    await page.close();
  }, 60_000);

  it('proposes the other account of a meeting and compares the two by topic', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/documents/us-call`);
    await page.getByRole('link', { name: 'compare' }).first().click();
    await page.waitForURL(/\/compare\?a=us-call&b=cn-call/);
    const topic = (label: RegExp) => page.getByRole('region', { name: label });
    await expect(topic(/Taiwan/).getByText('only B').count()).resolves.toBe(1);
    await expect(topic(/South China Sea/).getByText('only A').count()).resolves.toBe(1);
    const shared = await topic(/Counternarcotics/).textContent();
    expect(shared).toContain('both');
    expect(shared).toMatch(/USA: cooperation in A, agreement in B \(differs\)/);
    expect(shared).toMatch(/CHN: neutral in A, agreement in B \(differs\)/);
    await expect(page.getByText('The same meeting').count()).resolves.toBe(1);
    await page.close();
  }, 60_000);
});
