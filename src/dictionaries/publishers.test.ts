import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './dataDir.js';
import { loadPublishers } from './publishers.js';

describe('publishers', () => {
  const publishers = loadPublishers(defaultDataDir());

  it('know a department named with its office in metadata, but only whole names as lines of text', () => {
    expect(publishers.canonical('U.S. Department of State, Office of the Spokesperson')).toBe('U.S. Department of State');
    expect(publishers.named('U.S. Department of State, Office of the Spokesperson')?.country).toBe('USA');
    expect(publishers.canonical('Ministry of Truth, Office of Records')).toBe('Ministry of Truth, Office of Records');
    expect(publishers.byLine('U.S. Department of State, Office of the Spokesperson')).toBeUndefined();
    expect(publishers.byLine('U.S. Department of State')?.country).toBe('USA');
  });

  it("know GOV.UK's offices joined by \"and\", the first of them named with a comma", () => {
    expect(publishers.named('Foreign, Commonwealth & Development Office and British Embassy Caracas')?.country).toBe('GBR');
    expect(publishers.named('Department of Justice and Equality')).toBeUndefined();
  });
});
