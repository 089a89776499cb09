import { describe, expect, it } from 'vitest';
import { readout } from './cli.js';

describe('readout explain', () => {
  it('shows tokens, actors, the pattern that fired and the event', () => {
    const run = readout(['explain', 'Secretary Blinken met Chinese Foreign Minister Qin Gang in Beijing.', '--date', '2023-06-19']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('tokens:  Secretary/PROPN Blinken/PROPN met/VERB');
    expect(run.stdout).toMatch(/actor: {3}"Secretary Blinken" → USAGOV \(Antony J\. Blinken\)/);
    expect(run.stdout).toMatch(/actor: {3}"Chinese Foreign Minister Qin Gang" → CHNGOV \(Qin Gang\)/);
    expect(run.stdout).toMatch(/event: {3}04\d .* \| USAGOV → CHNGOV \| pattern \S+ on "met/);
  });

  it('prints the same as JSON', () => {
    const run = readout(['explain', 'Russia condemned the sanctions imposed by Japan.', '--json']);
    const out = JSON.parse(run.stdout) as { mentions: { text: string }[]; events: { source: { party: string }; target: { party: string } }[] };
    expect(out.mentions.map((m) => m.text)).toEqual(['Russia', 'Japan']);
    expect(out.events.some((e) => e.source.party === 'RUS' && e.target.party === 'JPN')).toBe(true);
  });
});
