import { describe, expect, it } from 'vitest';
import { inflect } from './inflect.js';

const irregular = { verbs: new Map<string, [string, string]>([['meet', ['met', 'met']], ['hold', ['held', 'held']], ['speak', ['spoke', 'spoken']]]), doubling: new Set(['commit', 'expel']) };

describe('inflect', () => {
  it('makes the regular and irregular forms', () => {
    expect(inflect('discuss', irregular).sort()).toEqual(['discuss', 'discussed', 'discusses', 'discussing']);
    expect(inflect('agree', irregular).sort()).toEqual(['agree', 'agreed', 'agreeing', 'agrees']);
    expect(inflect('emphasize', irregular).sort()).toEqual(['emphasize', 'emphasized', 'emphasizes', 'emphasizing']);
    expect(inflect('apply', irregular).sort()).toEqual(['applied', 'applies', 'apply', 'applying']);
    expect(inflect('meet', irregular).sort()).toEqual(['meet', 'meeting', 'meets', 'met']);
    expect(inflect('speak', irregular).sort()).toEqual(['speak', 'speaking', 'speaks', 'spoke', 'spoken']);
    expect(inflect('plan', irregular)).toContain('planned');
    expect(inflect('commit', irregular)).toEqual(expect.arrayContaining(['committed', 'committing', 'commits']));
    expect(inflect('visit', irregular)).toEqual(expect.arrayContaining(['visited', 'visiting']));
  });
});
