import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { type Html, trusted } from '../html.js';

/**
 * Observable Plot rendered on the server into SVG markup (a linkedom document stands in for the
 * browser's), so pages and mailed reports carry their charts inline and need no script. Plot
 * escapes text and quotes but passes an `href` channel through as given: every chart builds its
 * links with `href()` from fixed paths and parameters, never from a document's text.
 */
export function renderPlot(options: Plot.PlotOptions): Html {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document: document as unknown as Plot.PlotOptions['document'] });
  return trusted((node as unknown as { outerHTML: string }).outerHTML);
}
