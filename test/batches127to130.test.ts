import { describe, expect, it } from 'vitest';
import { read, seats } from './readText.js';

// Invented sentences in the shape held-out batches 127–130 showed the coder misreading; no real text.
describe('participants', () => {
  it('give an unmarked title listed right after the other side’s official that side’s state, and its later mentions too', () => {
    const doc = read(
      'Secretary of State Antony J. Blinken met today in Mexico City with Mexican Foreign Secretary Alicia Bárcena, Security Secretary Rosa Icela Rodríguez and other members of the Mexican cabinet. Secretary Rodríguez set out her plan against arms trafficking.',
      'U.S. Department of State',
      '2023-10-05',
    );
    expect(seats(doc)).toEqual(['principal: Antony J. Blinken USA', 'counterpart: Alicia Bárcena MEX', 'accompanying: Rosa Icela Rodríguez MEX']);
  });
});
