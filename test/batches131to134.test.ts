import { describe, expect, it } from 'vitest';
import { read, seats } from './readText.js';

// Invented sentences in the shapes held-out batches 131–134 showed the coder misreading; no real text.

describe('meetings and participants', () => {
  it('seat those "with the President" for a call, read "held an extended meeting in Rome" and a JETCO, a senator set off after an office, and a treasurer', () => {
    const wh = read(
      'Today, President Donald J. Trump spoke by telephone with President Vladimir Putin of the Russian Federation. Vice President JD Vance and Secretary of State Marco Rubio were with the President in the Oval Office for the call.',
      'The White House',
      '2025-03-18',
    );
    expect(seats(wh)).toEqual(expect.arrayContaining(['accompanying: JD Vance USA', 'accompanying: Marco Rubio USA']));
    const rome = read(
      'National Security Advisor Jake Sullivan and Yang Jiechi, Director of the Office of the Central Foreign Affairs Commission, held an extended meeting in Rome today. The meeting built on the virtual meeting that President Biden and President Xi Jinping held in November.',
      'The White House',
      '2022-03-14',
    );
    expect(rome.meeting).toMatchObject({ kind: 'meeting', location: { name: 'Rome', country: 'ITA' } });
    expect(seats(rome)).toEqual(expect.arrayContaining(['counterpart: Yang Jiechi CHN', 'mentioned: Xi Jinping CHN']));
    const jetco = read('The Minister for Trade Policy co-chaired the UK-Thailand JETCO in Bangkok today.', 'Department for Business and Trade', '2024-03-14', 'Trade Minister co-chairs UK-Thailand JETCO in Bangkok');
    expect(jetco.meeting?.kind).toBe('dialogue');
    const dbt = read("Minister for Trade Policy Greg Hands held a video call with Eswatini's Minister of Commerce, Industry and Trade, Senator Manqoba Khumalo, on 20 March 2024.", 'Department for Business and Trade', '2024-03-20');
    expect(seats(dbt)).toContain('counterpart: Manqoba Khumalo SWZ');
    const treasury = read('Secretary of the Treasury Janet L. Yellen met today in Washington with Australian Treasurer Jim Chalmers.', 'U.S. Department of the Treasury', '2024-04-17');
    expect(seats(treasury)).toContain('counterpart: Jim Chalmers AUS');
  });
});
