import { describe, expect, it } from 'vitest';
import { problem } from '../../../test/helpers.js';
import type { ReadoutError } from '../../errors.js';
import { dictionaryLines } from './dictionaryLines.js';
import { readActors } from './readActors.js';
import { readAgents } from './readAgents.js';
import { readDiscards } from './readDiscards.js';
import { readVerbs } from './readVerbs.js';


describe('dictionaryLines', () => {
  it('drops # comments, comment-only lines and <!-- --> blocks over several lines, but not # inside a code', () => {
    const lines = dictionaryLines('A [X] # note\n<!-- one\ntwo -->\n# only a comment\n\n- * B [###]\n', 'f.txt');
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'A [X]'],
      [5, ''],
      [6, '- * B [###]'],
      [7, ''],
    ]);
  });
});

describe('readActors', () => {
  it('reads synonyms and dated codes in both date styles, the undated code last', () => {
    const actors = readActors(
      ['ARNOR_  [ARN]', '+ARNORIAN', 'GOLLUM  # comment', '+SMEAGOL', '\t[HOBREB > 990816]', '\t[HOB < 950601]', '\t[HOBGOV 19950601 - 19990815]', 'ZIMBABWE', '\t[RHO <790606]', '\t[ZBW]', 'LORIEN [ELR/GAL]'].join('\n'),
      'actors.txt',
    );
    expect(actors.map((a) => a.phrases)).toEqual([['ARNOR_', 'ARNORIAN'], ['GOLLUM', 'SMEAGOL'], ['ZIMBABWE'], ['LORIEN']]);
    expect(actors[1]!.codes).toEqual([
      { code: 'HOBREB', from: '1999-08-16', to: null },
      { code: 'HOB', from: null, to: '1995-05-31' },
      { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' },
    ]);
    expect(actors[2]!.codes.at(-1)).toEqual({ code: 'ZBW', from: null, to: null });
    expect(actors[3]!.codes).toEqual([{ code: 'ELR/GAL', from: null, to: null }]);
  });

  it('gives phrases in a row before a code that code, and skips bad lines into a list when given one', () => {
    const problems: ReadoutError[] = [];
    const actors = readActors('LEONID_BREZHNEV_\nSECRETARY_BREZHNEV\n\t[RUSGOV 641014-821110]\nGONDOR [GON 9008223-911221]\n\t[GON]\n', 'a.txt', problems);
    expect(actors.map((a) => [a.phrases, a.codes.map((c) => c.code)])).toEqual([
      [['LEONID_BREZHNEV_', 'SECRETARY_BREZHNEV'], ['RUSGOV']],
      [['GONDOR'], ['GON']],
    ]);
    expect(problems.map((p) => p.describe())).toEqual(['a.txt:4: "9008223" is not a date (YYMMDD or YYYYMMDD)']);
  });

  it('names the file and line of an unreadable code or an actor without one', () => {
    expect(problem(() => readActors('GONDOR [GON <9501]\n', 'a.txt'))).toBe('a.txt:1: "9501" is not a date (YYMMDD or YYYYMMDD)');
    expect(problem(() => readActors('GONDOR [GON]\nMORDOR\n', 'a.txt'))).toBe('a.txt:2: actor "MORDOR" has no code');
    expect(problem(() => readActors('+ORPHAN\n', 'a.txt'))).toBe('a.txt:1: synonym "+ORPHAN" comes before any actor');
  });
});

describe('readAgents', () => {
  it('adds regular plurals unless {} lists them, expands !SETS! and reads the placement', () => {
    const agents = readAgents(['!PERSON! = MAN, WOMAN', 'SOLDIER [~MIL]', 'POLICE {} [ ~COP]', 'ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]', 'CONGRESS!PERSON! [~LEG]', 'MSF {} [NGO~]', 'ARMY [~MIL]'].join('\n'), 'agents.txt');
    expect(agents.map((a) => [a.phrases, a.code, a.placement])).toEqual([
      [['SOLDIER', 'SOLDIERS'], 'MIL', 'suffix'],
      [['POLICE'], 'COP', 'suffix'],
      [['ATTORNEY_GENERAL', 'ATTORNEYS_GENERAL'], 'GOV', 'suffix'],
      [['CONGRESSMAN', 'CONGRESSMEN', 'CONGRESSWOMAN', 'CONGRESSWOMEN'], 'LEG', 'suffix'],
      [['MSF'], 'NGO', 'prefix'],
      [['ARMY', 'ARMIES'], 'MIL', 'suffix'],
    ]);
  });

  it('names the line of a code without a placement or an undefined set', () => {
    expect(problem(() => readAgents('OK [~GOV]\nPRESIDENT [GOV]\n', 'g.txt'))).toBe('g.txt:2: the agent code "[GOV]" needs a "~" before it (suffix) or after it (prefix)');
    expect(problem(() => readAgents('CATTLE!PERSON! [~AGR]\n', 'g.txt'))).toBe('g.txt:1: "!PERSON!" is not defined (define it first: !PERSON! = WORD, WORD)');
  });
});

describe('readDiscards', () => {
  it('tells story discards (+) from sentence discards', () => {
    expect(readDiscards('+TYPHOON # weather\nBASEBALL\n', 'd.txt').map((d) => [d.phrase, d.story])).toEqual([
      ['TYPHOON', true],
      ['BASEBALL', false],
    ]);
  });
});

describe('readVerbs', () => {
  const file = [
    '&CURRENCY_',
    '+DOLLARS',
    '# a comment inside a list does not end it',
    '+SWISS FRANCS',
    '',
    '&FIGHT_OF_WORDS',
    '+SPAT',
    '',
    '--- ARRIVE  [032:033]  ---',
    'ARRIVE    # -PAS 95.12.18',
    '',
    '--- EXCLUDE [1721] ---',
    'EXCLUDE',
    '+CORDON_OFF {+CORDONED_OFF +CORDONING_OFF }',
    'WIRE_+TAP {WIRE_+TAPPED} [1711]',
    '- * FOR CONSTRUCTION [071]',
    '- SO IN_AND_*_OUT_AGAIN NOW [074]',
    '- + * (IN) $ [075]',
    '- * &CURRENCY [903]',
    '- * &FIGHT_OF_WORDS_NOW [111]',
    '- % * [:080]',
    '- * &CURRENCY_RATES [---]',
    '~ a (a b ATTACK) SAY = a b 015',
  ].join('\n');

  it('reads synsets, blocks, multi-word verbs and both pattern syntaxes', () => {
    const v = readVerbs(file, 'v.txt');
    expect([...v.synsets]).toEqual([
      ['CURRENCY', ['DOLLARS', 'SWISS FRANCS']],
      ['FIGHT_OF_WORDS', ['SPAT']],
    ]);
    expect(v.blocks.map((b) => [b.name, b.code, b.pairCode])).toEqual([
      ['ARRIVE', '032', '033'],
      ['EXCLUDE', '1721', null],
    ]);
    const ex = v.blocks[1]!;
    expect(ex.verbs.map((x) => [x.words, x.head, x.forms, x.code])).toEqual([
      [['EXCLUDE'], 0, [], null],
      [['CORDON', 'OFF'], 0, [['CORDONED', 'OFF'], ['CORDONING', 'OFF']], null],
      [['WIRE', 'TAP'], 1, [['WIRE', 'TAPPED']], '1711'],
    ]);
    const [construction, connect, prep, currency, fight, compound, none] = ex.patterns;
    expect(construction!.upper).toEqual([
      { kind: 'word', text: 'FOR', adjacent: false },
      { kind: 'word', text: 'CONSTRUCTION', adjacent: false },
    ]);
    // Outward from the verb: "AND_*" is adjacent, "SO IN" is not.
    expect(connect!.lower).toEqual([
      { kind: 'word', text: 'AND', adjacent: true },
      { kind: 'word', text: 'IN', adjacent: true },
      { kind: 'word', text: 'SO', adjacent: false },
    ]);
    expect(connect!.upper.map((i) => i.adjacent)).toEqual([true, true, false]);
    expect(prep!.lower).toEqual([{ kind: 'target', adjacent: false }]);
    expect(prep!.upper).toEqual([
      { kind: 'word', text: 'IN', adjacent: false },
      { kind: 'source', adjacent: false },
    ]);
    expect(currency!.upper).toEqual([{ kind: 'synset', name: 'CURRENCY', adjacent: false }]);
    expect(fight!.upper).toEqual([
      { kind: 'synset', name: 'FIGHT_OF_WORDS', adjacent: false },
      { kind: 'word', text: 'NOW', adjacent: true },
    ]);
    expect([compound!.code, compound!.pairCode, compound!.lower]).toEqual([null, '080', [{ kind: 'compound', adjacent: false }]]);
    expect(none!.code).toBeNull();
    expect(v.skipped).toEqual([{ line: 23, text: '~ a (a b ATTACK) SAY = a b 015', why: 'PETRARCH-2 transformation: readout codes each verb on its own' }]);
  });

  it('names the file, line and problem of what it cannot read', () => {
    expect(problem(() => readVerbs('--- SAY [010] ---\nSAY\n- * TO [010\n', 'v.txt'))).toBe('v.txt:3: the pattern "- * TO [010" has no [CODE] at its end');
    expect(problem(() => readVerbs('--- SAY [010] ---\nSAY\n- TO PRESS [010]\n', 'v.txt'))).toBe('v.txt:3: the pattern "TO PRESS" needs exactly one "*" for the verb');
    expect(problem(() => readVerbs('SAY\n', 'v.txt'))).toBe('v.txt:1: "SAY" comes before any "--- VERB [CODE] ---" block');
    expect(problem(() => readVerbs('--- SAY [01 0] ---\n', 'v.txt'))).toBe('v.txt:1: cannot read the event code "[01 0]" (expected [CODE] or [CODE:CODE])');
  });
});
