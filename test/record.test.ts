import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../src/index.js';
import { readout } from './cli.js';
import { EXAMPLES, hasShared, ROOT, SEED } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema/document-record.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

function checkOffsets(r: DocumentRecord): void {
  let last = 0;
  for (const s of r.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(r.text.slice(s.start, s.end)).toBe(s.text);
    last = s.end;
  }
}

describe('document records of the invented examples', () => {
  let records: DocumentRecord[];
  beforeAll(() => {
    const run = readout(['code', EXAMPLES, '--jsonl']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    records = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as DocumentRecord);
  });
  const byId = (id: string) => records.find((r) => r.id === id)!;

  it('reads every document of the folder (the JSONL line by line, keeping its ids) and skips the README', () => {
    expect(records.map((r) => r.id).sort()).toEqual(['demo-001', 'demo-002', 'demo-003', 'mfa-talks-2024-05', 'state-call-canada-2024-02', 'wh-meeting-japan-2024-04']);
  });

  it('matches the JSON Schema and has exact offsets', () => {
    for (const r of records) {
      expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
      checkOffsets(r);
    }
  });

  it('cleans the .gov banner and the footer from pasted text, and reads speaker and publisher', () => {
    const r = byId('state-call-canada-2024-02');
    expect(r.text).not.toMatch(/official website|\.gov|HTTPS|Department of State|Arctic Partnerships/);
    expect(r.text.startsWith('Secretary of State Harold M. Quist spoke today')).toBe(true);
    expect(r.publisher).toBe('U.S. Department of State');
    expect(r.speaker).toBe('Dana R. Whitfield');
    expect(r.speakerTitle).toBe('Spokesperson');
    expect(r.provenance.speaker).toMatchObject({ from: 'text', rule: 'attribution' });
  });

  it('does not split after initials, titles or month abbreviations', () => {
    const texts = byId('state-call-canada-2024-02').sentences.map((s) => s.text);
    expect(texts).toEqual([
      'Secretary of State Harold M. Quist spoke today with Canadian Foreign Minister Élise Fortier about Arctic security, critical minerals and support for Ukraine.',
      'The Secretary thanked Foreign Minister Fortier for Canada’s leadership in the Arctic Council and welcomed the joint work of the U.S. Coast Guard and the Canadian Coast Guard.',
      'The two ministers agreed to convene the bilateral critical minerals working group by May 14 and to hold a follow-up call in the coming weeks.',
      'Secretary Quist noted that Gen. Paul T. Ambrose would lead the U.S. delegation to the Jan. 26-27 defense talks in Ottawa.',
    ]);
  });

  it('takes title, date and URL from Markdown front matter and stops at the ### end marker', () => {
    const r = byId('wh-meeting-japan-2024-04');
    expect(r.title).toBe('Readout of President Morgan’s Meeting with Prime Minister Sato of Japan');
    expect(r.published).toBe('2024-04-11');
    expect(r.publisher).toBe('The White House');
    expect(r.provenance.publisher?.from).toBe('url');
    expect(r.text).not.toContain('###');
    expect(r.text).toContain('at the White House. The leaders'); // hard-wrapped lines joined
    expect(r.sentences).toHaveLength(4);
  });

  it('extracts the article of an HTML page without navigation, related links or footer', () => {
    const r = byId('mfa-talks-2024-05');
    expect(r.title).toBe('Foreign Minister Lindqvist Holds Talks with Foreign Minister Okafor');
    expect(r.publisher).toBe('Ministry of Foreign Affairs of Examplia');
    expect(r.published).toBe('2024-05-08');
    expect(r.url).toBe('https://mfa.example.org/news/2024/05/08/talks');
    expect(r.text).not.toMatch(/Consular|Related news|Privacy|©|Home/);
    expect(r.text.startsWith('On May 8, Foreign Minister Anna Lindqvist')).toBe(true);
    expect(r.sentences).toHaveLength(5);
  });

  it('keeps JSONL metadata over what the text says, and records the byline it removed', () => {
    expect(byId('demo-001')).toMatchObject({ title: 'Readout of the Deputy Secretary’s Call with Mexican Foreign Undersecretary', published: '2024-03-02', publisher: 'U.S. Department of State' });
    const r = byId('demo-003');
    expect(r.publisher).toBe('U.S. Department of State');
    expect(r.text.startsWith('Secretary Quist met')).toBe(true);
    expect(r.removed).toEqual([{ rule: 'publisher-line', text: 'Office of the Spokesperson' }]);
  });
});

describe('the seed readout (State Department, Beijing, June 2023)', () => {
  it.runIf(hasShared(SEED))('prints a clean record with publisher, speaker and exactly the body sentences', () => {
    const run = readout(['code', SEED, '--date', '2023-06-19', '--json']);
    expect(run.status).toBe(0);
    const r = JSON.parse(run.stdout) as DocumentRecord;
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    for (const chrome of ['An official website', 'Here’s how you know', "Here's how you know", 'Official websites use .gov', 'Secure .gov websites', 'A lock', 'attributable', 'U.S. Department of State', 'The Lessons of 1989']) {
      expect(r.text).not.toContain(chrome);
    }
    expect(r.publisher).toBe('U.S. Department of State');
    expect(r.speaker).toBe('Matthew Miller');
    expect(r.published).toBe('2023-06-19');
    expect(r.referenceDate).toBe('2023-06-19');
    // Nine body paragraphs holding 1+4+4+2+4+1+2+2+2 sentences.
    expect(r.sentences).toHaveLength(22);
    expect(r.sentences[0]!.text).toBe(
      'Secretary of State Antony J. Blinken traveled to Beijing, the People’s Republic of China for meetings with President Xi Jinping, Director of the CCP Central Foreign Affairs Office Wang Yi, and State Councilor and Foreign Minister Qin Gang from June 18-19.',
    );
    expect(r.sentences[21]!.text).toBe(
      'The Secretary invited State Councilor and Foreign Minister Qin to Washington to continue the discussions, and they agreed to schedule a reciprocal visit at a mutually suitable time.',
    );
    expect(r.sentences.filter((s) => s.text.includes('U.S. firms'))).toHaveLength(1);
    checkOffsets(r);
  });
});

describe('events of the seed readout', () => {
  it.runIf(hasShared(SEED))('code the visit, the discussions, the agreements, the invitation, the detainees and the criticism, between USAGOV and CHNGOV', () => {
    const r = JSON.parse(readout(['code', SEED, '--date', '2023-06-19', '--json']).stdout) as DocumentRecord;
    const has = (sentence: number, root: RegExp, source: string, target: string) =>
      r.events.some((e) => e.sentence === sentence && root.test(e.code) && e.source.code === source && e.target.code === target);
    expect(has(0, /^04/, 'USAGOV', 'CHNGOV')).toBe(true); // traveled to Beijing for meetings
    expect(r.events.find((e) => e.sentence === 0)?.date).toBe('2023-06-18'); // "from June 18-19"
    expect(has(5, /^040/, 'USAGOV', 'CHNGOV') && has(5, /^040/, 'CHNGOV', 'USAGOV')).toBe(true); // the two sides discussed
    expect(has(5, /^03/, 'USAGOV', 'CHNGOV') && has(5, /^03/, 'CHNGOV', 'USAGOV')).toBe(true); // agreed to continue discussions
    expect(has(20, /^03/, 'USAGOV', 'CHNGOV') && has(20, /^03/, 'CHNGOV', 'USAGOV')).toBe(true); // follow-on senior engagements
    expect(has(21, /^036/, 'USAGOV', 'CHNGOV')).toBe(true); // invited Qin to Washington
    expect(r.events.some((e) => e.sentence === 13 && /^11/.test(e.code) && e.source.party === 'USA' && e.target.party === 'CHN')).toBe(true); // human rights concerns
    expect(r.events.some((e) => e.sentence === 9 && /^(10|11|02)/.test(e.code) && e.source.party === 'USA' && e.target.party === 'CHN')).toBe(true); // detained citizens
    expect(r.events.some((e) => e.sentence === 11 && /^11/.test(e.code) && e.source.party === 'USA' && e.target.party === 'CHN')).toBe(true); // economic practices
    for (const e of r.events) {
      expect(r.text.slice(e.span.start, e.span.end)).toBe(e.evidence);
      expect(e.source.party).not.toBe(e.target.party);
    }
  });
});

describe('meeting, participants, topics and commitments of the seed readout', () => {
  it.runIf(hasShared(SEED))('a visit to Beijing on June 18-19; Blinken, Xi, Wang and Qin present, Biden not; its topics and its four commitments', () => {
    const r = JSON.parse(readout(['code', SEED, '--date', '2023-06-19', '--json']).stdout) as DocumentRecord;
    expect(r.meeting).toMatchObject({ kind: 'visit', location: { name: 'Beijing', country: 'CHN' }, start: '2023-06-18', end: '2023-06-19', parties: ['USA', 'CHN'] });
    const present = r.participants.filter((p) => p.role !== 'mentioned').map((p) => `${p.name} (${p.country}) ${p.title}`);
    expect(present).toEqual([
      'Antony J. Blinken (USA) Secretary of State',
      'Xi Jinping (CHN) President',
      'Wang Yi (CHN) Director of the CCP Central Foreign Affairs Office',
      'Qin Gang (CHN) State Councilor and Foreign Minister',
    ]);
    expect(r.participants.find((p) => p.name.includes('Biden'))?.role).toBe('mentioned');
    expect(r.participants.find((p) => p.name.includes('Miller'))).toMatchObject({ role: 'mentioned', title: 'Spokesperson', country: 'USA', mentions: [], line: expect.stringContaining('Spokesperson Matthew Miller') });
    const topics = r.topics.map((t) => t.id);
    for (const id of ['taiwan', 'human-rights', 'counternarcotics', 'detained-citizens', 'trade-economic-practices', 'russia-ukraine', 'korean-peninsula', 'climate', 'people-to-people', 'travel-flights']) {
      expect(topics).toContain(id);
    }
    expect(r.topics.find((t) => t.id === 'human-rights')?.stance.USA).toBe('concern');
    const commitment = (sentence: number, words: RegExp) => r.commitments.some((c) => c.sentence === sentence && words.test(c.action) && c.parties.includes('USA'));
    expect(commitment(5, /continue discussions on developing principles/)).toBe(true);
    expect(commitment(8, /direct flights/)).toBe(true);
    expect(commitment(20, /follow-on senior engagements/)).toBe(true);
    expect(commitment(21, /visit Washington/)).toBe(true);
    expect(r.commitments.find((c) => c.sentence === 21 && /reciprocal visit/.test(c.action))).toMatchObject({ parties: ['USA', 'CHN'], due: 'at a mutually suitable time', status: 'open' });
    for (const c of r.commitments) expect(r.text.slice(c.span.start, c.span.end)).toContain(c.action.replace(/^visit /, ''));
  });
});
