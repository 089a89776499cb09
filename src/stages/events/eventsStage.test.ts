import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../model/DocumentRecord.js';
import { createPipeline } from '../../pipeline/defaultPipeline.js';
import { MAX_SENTENCE_TOKENS } from './eventsStage.js';

const pipeline = createPipeline();

/** Events of a text as "code source→target" strings, in order. */
function events(text: string, options: { date?: string; publisher?: string } = {}): string[] {
  const r = pipeline.processText(text, { date: options.date ?? '2023-06-19', publisher: options.publisher ?? null });
  return r.events.map((e) => `${e.code} ${e.source.code}→${e.target.code}`);
}

function roots(text: string, options: { date?: string; publisher?: string } = {}): string[] {
  const r = pipeline.processText(text, { date: options.date ?? '2023-06-19', publisher: options.publisher ?? null });
  return r.events.map((e) => `${e.root} ${e.source.party}→${e.target.party}${e.negated ? ' negated' : ''}${e.modality !== 'asserted' ? ` ${e.modality}` : ''}`);
}

/** Events of one sentence of a record as "code source→target" by party (or "root ..." with `field` root). */
function inSentence(r: DocumentRecord, sentence: number, field: 'code' | 'root' = 'code'): string[] {
  return r.events.filter((e) => e.sentence === sentence).map((e) => `${e[field]} ${e.source.party}→${e.target.party}`);
}

describe('events from readouts (invented sentences in several governments’ styles)', () => {
  it('reads openness to the other side\'s firms, money or goods as intent to cooperate economically, not praise or hosting', () => {
    const r = pipeline.processText(
      'Wang Yi held talks with Georgian Foreign Minister Levan Gelashvili in Beijing. ' +
        'The Georgian side welcomes Chinese companies to take part in building the Anaklia port. ' +
        'Levan Gelashvili said that Georgia welcomes Chinese investment in renewable energy. ' +
        'Wang Yi said that China welcomes more quality Georgian products into the Chinese market.',
      { date: '2024-05-01', publisher: "Ministry of Foreign Affairs of the People's Republic of China" },
    );
    expect(inSentence(r, 1)).toEqual(['0311 GEO→CHN']);
    expect(inSentence(r, 2, 'root')).toContain('03 GEO→CHN');
    expect(inSentence(r, 3, 'root')).toContain('03 CHN→GEO');
    const curbs = pipeline.processText('Secretary Blinken met Foreign Minister Levan Gelashvili of Georgia. The Secretary welcomed steps to curb Chinese investment in critical infrastructure.', { date: '2024-05-01', publisher: 'U.S. Department of State' });
    expect(inSentence(curbs, 1)).toEqual(['051 USA→GEO']);
  });

  it('codes a visit to a capital as a visit to its state, by today’s officials', () => {
    expect(roots('Secretary of State Antony J. Blinken traveled to Beijing for meetings with President Xi Jinping.')).toContain('04 USA→CHN');
    expect(events('Secretary of State Antony J. Blinken traveled to Beijing for meetings with President Xi Jinping.')[0]).toMatch(/^042 USAGOV→CHNGOV$/);
  });

  it('reads no verb in the name of a meeting, a dash between two titles, and a consultation and a session to come in the passive as the table’s', () => {
    const margins = pipeline.processText("Secretary of State Dana Quist met with Foreign Minister Tunde Okafor of Nigeria today on the margins of the G20 Foreign Ministers' Meeting in Rio de Janeiro, Brazil.", { date: '2024-11-25', publisher: 'U.S. Department of State' });
    expect(inSentence(margins, 0, 'root')).toEqual(['04 USA→NGA', '04 NGA→USA']);
    const call = pipeline.processText(
      'On June 11, Foreign Minister of the Russian Federation Sergey Lavrov had a telephone conversation with Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Nigeria Tunde Okafor. The situation in the Sahel was discussed. The next session is to be convened in Geneva.',
      { date: '2024-06-11', publisher: 'Ministry of Foreign Affairs of the Russian Federation' },
    );
    expect(inSentence(call, 0)).toEqual(['041 RUS→NGA', '041 NGA→RUS']);
    expect(inSentence(call, 1)).toEqual(['040 RUS→NGA', '040 NGA→RUS']);
    // "is to be convened": the table's intent, as "will be convened" is.
    expect(inSentence(call, 2)).toEqual(['030 RUS→NGA', '030 NGA→RUS']);
  });

  it('reads concerns two sides share about a third one as disapproval of it, and no act in what support is for', () => {
    const r = pipeline.processText('Secretary of State Dana Quist met Foreign Minister Aiko Tanabe of Japan. They shared serious concerns over China’s continued attempts to change the status quo by force.', {
      date: '2024-11-25',
      publisher: 'U.S. Department of State',
    });
    expect(inSentence(r, 1)).toEqual(['110 USA→CHN', '110 JPN→CHN']);
    expect(roots('Wang Yi said that China supports Nigeria in hosting a successful summit.')).toEqual(['05 CHN→NGA']);
  });

  it('knows a hyphenated given name learned from a title when named again bare, and takes a compound target whole', () => {
    const r = pipeline.processText(
      'Vice Foreign Minister Sun Weidong held a strategic dialogue with First Vice Foreign Minister of the Republic of Korea Park Min-jae in Seoul. Park Min-jae expressed concern over the deepening military cooperation between the Democratic People’s Republic of Korea and Russia.',
      { date: '2024-11-29', publisher: "Ministry of Foreign Affairs of the People's Republic of China" },
    );
    expect(inSentence(r, 1)).toEqual(['110 KOR→PRK', '110 KOR→RUS']);
  });

  it('reads MOFA and Russian MFA encounter phrasings, and "his counterpart" as the other party', () => {
    expect(roots('Prime Minister Ishiba held a telephone talk with Prime Minister Carney of Canada.', { date: '2025-05-20' })).toEqual(['04 JPN→CAN', '04 CAN→JPN']);
    expect(roots('Minister Iwaya hosted a working dinner for Minister Jaishankar of India.', { date: '2025-03-10' })).toEqual(['04 JPN→IND', '04 IND→JPN']);
    const text = 'Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister Hakan Fidan of Türkiye. Sergey Lavrov briefed his counterpart on the situation in Syria. The two sides had in-depth exchanges on the South Caucasus.';
    const r = pipeline.processText(text, { date: '2024-11-19' });
    expect(inSentence(r, 1)).toEqual(['064 RUS→TUR']);
    expect(inSentence(r, 2, 'root')).toEqual(['04 RUS→TUR', '04 TUR→RUS']);
  });

  it('codes the intent to cooperate stated in a "confirmed that ... will" clause, not a bare statement', () => {
    const text =
      'Prime Minister Ishiba held a telephone talk with Prime Minister Carney of Canada. The two leaders confirmed that they will advance cooperation in economic security. Minister Iwaya stated that Japan would cooperate toward the success of the conference.';
    const r = pipeline.processText(text, { date: '2025-05-09' });
    expect(inSentence(r, 1)).toEqual(['030 JPN→CAN', '030 CAN→JPN']);
    expect(inSentence(r, 2)).toEqual(['030 JPN→CAN']);
  });

  it('reads "informed" after an actor as a verb even when tagged an adjective, and "his colleagues" as every other party', () => {
    const text =
      'On September 26, Minister of Foreign Affairs of the Russian Federation Sergey Lavrov, Minister of Foreign Affairs of Iran Abbas Araghchi and Minister of Foreign Affairs of Türkiye Hakan Fidan met in New York. Sergey Lavrov informed his colleagues of the situation around Ukraine.';
    const r = pipeline.processText(text, { date: '2024-09-26', publisher: 'Ministry of Foreign Affairs of the Russian Federation' });
    expect(inSentence(r, 1)).toEqual(['064 RUS→IRN', '064 RUS→TUR']);
  });

  it('codes a statement that the two states are close partners as a statement of the relationship (030)', () => {
    const text = 'President Xi Jinping spoke on the phone with President Kassym-Jomart Tokayev of Kazakhstan. Xi Jinping noted that China and Kazakhstan are permanent comprehensive strategic partners.';
    const r = pipeline.processText(text, { date: '2025-03-12' });
    expect(inSentence(r, 1)).toEqual(['030 CHN→KAZ']);
  });

  it('codes "deepen cooperation" said as intended as intent to cooperate, and said as what was discussed as nothing more than the talks', () => {
    const text =
      'President Xi Jinping spoke on the phone with President Kassym-Jomart Tokayev of Kazakhstan. Xi Jinping said that the two sides should deepen practical cooperation in energy and critical minerals. China is ready to work with Kazakhstan to deepen trade and economic cooperation. Kazakhstan will strengthen defence cooperation with China. The two leaders discussed ways to further deepen cooperation. China and Kazakhstan upgraded their diplomatic ties last year.';
    const r = pipeline.processText(text, { date: '2025-03-12' });
    // Said to "the two sides", the speaker's own side among them: a proposal to act together, not a request.
    expect(inSentence(r, 1)).toEqual(['030 CHN→KAZ']);
    // The subject is China; Kazakhstan after "with" is the partner.
    expect(inSentence(r, 2)).toEqual(['0311 CHN→KAZ']);
    expect(inSentence(r, 3)).toEqual(['0312 KAZ→CHN']);
    expect(inSentence(r, 4)).toEqual(['040 CHN→KAZ', '040 KAZ→CHN']);
    expect(inSentence(r, 5, 'root').some((e) => e.startsWith('03'))).toBe(false);
  });

  it('finds the subject before a relative clause, the one met inside a "met ... on the sidelines", and co-chairs as meeting', () => {
    const text =
      'Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, who is visiting Rome, Italy, to attend the G7 Foreign Ministers’ Meeting, held a meeting with Foreign Secretary David Cameron. Premier Li Qiang met with Thai Prime Minister Paetongtarn Shinawatra on the sidelines of the summit in Vientiane. Foreign Minister Wang Yi and Pakistani Foreign Minister Bilawal Bhutto Zardari co-chaired the strategic dialogue by video.';
    const r = pipeline.processText(text, { date: '2024-04-18' });
    expect(inSentence(r, 0)).toContain('040 JPN→GBR');
    expect(inSentence(r, 0).some((e) => e.startsWith('040 ITA'))).toBe(false);
    expect(inSentence(r, 1)).toEqual(['044 CHN→THA', '044 THA→CHN']);
    expect(inSentence(r, 2)).toEqual(['040 CHN→PAK', '040 PAK→CHN']);
  });

  it('takes an "and to" as what an earlier "agreed to" governs, however far back', () => {
    const text =
      'Foreign Minister Wang Yi held a strategic dialogue with Pakistani Foreign Minister Bilawal Bhutto Zardari. The two sides agreed to advance the high-quality development of the economic corridor, with a focus on industrial cooperation, agriculture and livelihoods, and to convene the next meeting of the joint committee at an early date.';
    const r = pipeline.processText(text, { date: '2022-08-30' });
    expect(inSentence(r, 1, 'root')).toEqual(['03 CHN→PAK', '03 PAK→CHN']);
  });

  it('codes carrying out the agreed consensus and a friendship the two states enjoy as statements of the relationship (030)', () => {
    const text =
      'Premier Li Qiang met with Thai Prime Minister Paetongtarn Shinawatra. Paetongtarn Shinawatra said that Thailand enjoys a profound traditional friendship with China. Li Qiang said that China is willing to continue implementing the important consensus.';
    const r = pipeline.processText(text, { date: '2024-10-10' });
    expect(inSentence(r, 1, 'root')).toContain('03 THA→CHN');
    expect(inSentence(r, 2, 'root')).toContain('03 CHN→THA');
  });

  it('codes two people of one state as acting together, towards the other side', () => {
    const r = pipeline.processText('President Biden spoke with President William Ruto of Kenya. President Biden and First Lady Jill Biden look forward to welcoming President Ruto to the White House.', { date: '2024-04-11' });
    expect([...new Set(inSentence(r, 1, 'root'))]).toEqual(['03 USA→KEN']);
  });

  it('codes a meeting that is only hoped for as intent (036), not as held', () => {
    const text = 'Foreign Minister Sergey Lavrov held talks in Moscow with Minister of Foreign Affairs of Indonesia Sugiono. The two ministers hope to hold the next meeting in Jakarta.';
    const r = pipeline.processText(text, { date: '2025-04-14' });
    expect(r.events.filter((e) => e.sentence === 1).map((e) => `${e.code} ${e.source.party}→${e.target.party} ${e.modality}`).sort()).toEqual(['036 IDN→RUS future', '036 RUS→IDN future']);
  });

  it('codes concern over the conduct of a named state as disapproval of that state', () => {
    const text =
      'Foreign Minister Wang Yi held talks with Secretary of Foreign Affairs Enrique Manalo. The Chinese side expressed its serious concern over the repeated attempts of the Philippine side to change the status quo. Both sides expressed serious concern over the escalation of Israeli strikes in Lebanon.';
    const r = pipeline.processText(text, { date: '2024-04-08' });
    expect(inSentence(r, 1)).toEqual(['110 CHN→PHL']);
    expect(inSentence(r, 2)).toEqual(['110 CHN→ISR', '110 PHL→ISR']);
  });

  it('takes every state of a meeting of three from the people listed in the first sentence', () => {
    const text =
      'On September 26, Minister of Foreign Affairs of the Russian Federation Sergey Lavrov, Minister of Foreign Affairs of Iran Abbas Araghchi and Minister of Foreign Affairs of Türkiye Hakan Fidan met in New York. The ministers discussed the situation in Syria.';
    const r = pipeline.processText(text, { date: '2024-09-26', publisher: 'Ministry of Foreign Affairs of the Russian Federation' });
    expect([...(r.meeting?.parties ?? [])].sort()).toEqual(['IRN', 'RUS', 'TUR']);
    expect(inSentence(r, 1, 'root').sort()).toEqual(['04 IRN→RUS', '04 IRN→TUR', '04 RUS→IRN', '04 RUS→TUR', '04 TUR→IRN', '04 TUR→RUS']);
  });

  it('codes "the two sides" as each side to the other, once per code', () => {
    const text = 'Secretary Blinken met Chinese Foreign Minister Qin Gang in Beijing. The two sides discussed trade.';
    expect(roots(text)).toEqual(expect.arrayContaining(['04 USA→CHN', '04 CHN→USA']));
    const r = pipeline.processText(text, { date: '2023-06-19' });
    const keys = r.events.map((e) => `${e.sentence}|${e.source.code}|${e.target.code}|${e.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('records negation and modality instead of coding them as fact', () => {
    expect(roots('Russian Foreign Minister Sergey Lavrov did not agree with the Ukrainian proposal.', { date: '2022-03-10' })).toContain('01 RUS→UKR negated');
    expect(roots('Prime Minister Fumio Kishida will visit China next month.', { date: '2023-06-19' }).some((e) => e.endsWith('future'))).toBe(true);
  });

  it('finds the agent of a passive after "by the", and gives a second verb the passive subject', () => {
    const coded = events('Chadian Foreign Minister Ali Saleh was criticised by the Sudanese foreign ministry and later traveled to Khartoum.', { date: '2023-06-19' });
    expect(coded).toEqual(expect.arrayContaining(['111 SDNGOV→TCDGOV', '042 TCDGOV→SDNGOV']));
  });

  it('takes the possessor of what is opposed or rejected as the target, not of what is talked about', () => {
    expect(roots('The Chinese side firmly opposes the U.S. side’s arms sales to Taiwan.', { publisher: "Ministry of Foreign Affairs of the People's Republic of China" })).toContain('12 CHN→USA');
    expect(roots('Foreign Minister Lavrov rejected the European Union’s demands for a withdrawal.', { date: '2023-06-19' })).toContain('12 RUS→EUR');
  });

  it('aims a demand at the one asked to act, even when the pattern reads past it', () => {
    expect(roots('Beijing demanded that the United States cancel its plans to sell fighter jets to Taiwan.')).toEqual(expect.arrayContaining([expect.stringMatching(/^10 CHN→USA/)]));
    expect(roots('Beijing demanded that the United States cancel its plans to sell fighter jets to Taiwan.').filter((e) => e.includes('→TWN'))).toEqual([]);
  });

  it('prefers the pattern that names more of the phrase', () => {
    expect(events('Russian forces violated the ceasefire agreement in eastern Ukraine.')).toContain('196 RUSMIL→UKR');
  });

  it('skips an actor inside an apposition when it looks for the subject', () => {
    expect(roots('Kenya, a close U.S. partner in the region, has refused to send troops to Haiti.')).toEqual(expect.arrayContaining([expect.stringMatching(/^12 KEN→HTI/)]));
    expect(roots('France, Germany and Italy condemned the attack on Ukraine.').filter((e) => e.startsWith('11 '))).toHaveLength(3);
  });

  it('does not let a pattern’s gap run into another clause', () => {
    expect(roots('The United States announced on Wednesday that it would prohibit all aid to the rebels in Mali.').filter((e) => e.startsWith('07'))).toEqual([]);
  });

  it('reads "is opposed to" as the subject opposing, not as a passive', () => {
    expect(roots('Israel is opposed to French mediation in the talks.')).toContain('12 ISR→FRA');
  });

  it('reads the passive voice', () => {
    expect(roots('Foreign Minister Qin Gang was invited to Washington by Secretary Blinken.', { date: '2023-06-19' })).toContain('03 USA→CHN');
  });

  it('understands other governments’ wording', () => {
    expect(roots('Wang Yi said that the Chinese side firmly opposes the so-called sanctions imposed by the United States.', { date: '2023-06-19' }).some((e) => /^1[0-6] CHN→USA/.test(e))).toBe(true);
    expect(roots('The Prime Minister underlined the United Kingdom’s steadfast support for Ukraine.', { date: '2023-06-19', publisher: "Prime Minister's Office, 10 Downing Street" }).some((e) => /^0[1-5] GBR→UKR/.test(e))).toBe(true);
    expect(roots('The ministers exchanged views on the situation on the Korean Peninsula.', { date: '2023-06-19', publisher: 'Ministry of Foreign Affairs of Japan' })).toEqual([]);
  });

  it('gives a coordinated verb its subject, and an appeal its infinitive', () => {
    const text = 'The Chinese side expressed its serious concern over the U.S. side’s unilateral sanctions and urged the U.S. side to stop suppressing China’s development.';
    const coded = roots(text, { date: '2023-06-19', publisher: "Ministry of Foreign Affairs of the People's Republic of China" });
    expect(coded).toEqual(expect.arrayContaining([expect.stringMatching(/^11 CHN→USA/), expect.stringMatching(/^02 CHN→USA/)]));
    expect(coded.filter((e) => e.includes('USA→CHN'))).toEqual([]);
  });

  it('takes the subject before an "of" phrase, and both states of a paired adjective', () => {
    expect(events('The Turkish and Greek sides of the island of Cyprus agreed to exchange information on missing persons.')).toEqual(expect.arrayContaining([expect.stringMatching(/^03\d* TUR→GRC$/), expect.stringMatching(/^03\d* GRC→TUR$/)]));
  });

  it('codes a text that ends on an actor, with no full stop', () => {
    expect(roots('The Secretary of State met Canada')).toEqual(expect.arrayContaining([expect.stringMatching(/^04 USA→CAN/)]));
    expect(() => events('China declared support for Japan')).not.toThrow();
  });

  it('never takes a target from the next sentence or paragraph', () => {
    const r = pipeline.processText('Secretary Blinken met with\n\nChina agreed to talks.', { date: '2023-06-19' });
    for (const e of r.events) {
      const s = r.sentences[e.sentence]!;
      expect(e.span.end).toBeLessThanOrEqual(s.end);
      if (e.target.span) expect(e.target.span.start).toBeGreaterThanOrEqual(s.start);
    }
  });

  it('dates an event from the sentence only when the date is fully written, if the document has none', () => {
    const r = pipeline.processText('Yesterday, Secretary Blinken met Chinese Foreign Minister Qin Gang. On June 18, 2023, the Secretary met President Xi Jinping.');
    expect(r.events.filter((e) => e.sentence === 0).map((e) => e.date)).toEqual(expect.arrayContaining([null]));
    expect(r.events.filter((e) => e.sentence === 1).every((e) => e.date === '2023-06-18')).toBe(true);
  });

  it('codes nothing from text that names no actor, and warns about text it cannot read', () => {
    expect(events('It was a sunny day and the talks went on.')).toEqual([]);
    const r = pipeline.processText('!!! ??? ... ;;; ---');
    expect(r.events).toEqual([]);
    expect(r.warnings).toContain('the text has no words to code');
    const cyrillic = pipeline.processText('Министр иностранных дел России Сергей Лавров провёл переговоры с министром иностранных дел Китая.');
    expect(cyrillic.events).toEqual([]);
    expect(cyrillic.warnings[0]).toMatch(/script other than Latin/);
  });

  it('does not code a sentence of thousands of tokens, and says so', () => {
    const long = `${'The United States and China discussed trade, '.repeat(500)}and more.`;
    const r = pipeline.processText(long);
    expect(r.events).toEqual([]);
    expect(r.warnings[0]).toMatch(new RegExp(`^sentence 0 has \\d+ tokens, more than ${MAX_SENTENCE_TOKENS}; it was not coded$`));
  });
});

describe('wire-news conventions (invented sentences)', () => {
  it('codes "X said Y must ..." as X’s demand on Y', () => {
    expect(events('The Chilean foreign minister announced that Peru must agree to talks on the border.')).toEqual(expect.arrayContaining([expect.stringMatching(/^10\d* CHLGOV→PER$/)]));
  });

  it('gives a participle after a comma, and a gerund after "and", the main clause’s subject', () => {
    expect(events('Ugandan troops shelled rebel camps on Sunday, killing 20 people and arresting 12.')).toEqual(expect.arrayContaining(['190 UGAMIL→UGACVL', '173 UGAMIL→UGA']));
  });

  it('gives an agentless arrest or investigation in a state to that state', () => {
    expect(events('A Brazilian journalist was arrested in Venezuela on Friday.')).toEqual(['173 VEN→BRAMED']);
    expect(roots('A Brazilian journalist has been put under investigation in Venezuela.')).toEqual(['09 VEN→BRA']);
  });

  it('aims a complaint at the one complained about, support at the one supported, mediation at the mediator', () => {
    expect(events('Chile complained to the United Nations on Monday about Bolivian troop movements.')).toEqual(['114 CHL→BOL']);
    expect(events('The Norwegian envoy urged the European Union to support the Palestinian Authority.')).toEqual(['053 NORGOV→PSE']);
    expect(events('Peru defended Bolivia on Monday against Chilean criticism of its mining laws.')).toEqual(['052 PER→BOL']);
    expect(events('Chile agreed to Norwegian mediation in the dispute with Peru.')).toEqual(['038 CHL→NOR']);
  });

  it('reads past an aside to the one forced out, and to the one support is mobilized for', () => {
    expect(events('Ecuador forced the World Food Programme, WFP, out of the country.')).toEqual(['166 ECU→IGOUNOWFP']);
    expect(events('Qatar mobilized lobby groups in Europe to help support the rights of Palestinians.')).toEqual(['053 QAT→PSE']);
  });

  it('finds the target of an order after "former"', () => {
    expect(events('A Chilean judge ordered former president Juan Perez to appear in court.')).toEqual(['100 CHLJUD→CHLGOV']);
  });

  it('codes an announced suspension of links as reduced relations', () => {
    expect(events('Canada announced the suspension of air links with Iran.')).toEqual(['160 CAN→IRN']);
  });

  it('gives a counterpart that is an organisation its own code, and reads "engaged in" as what the subject does', () => {
    expect(events('Nepal agreed to UN mediation in the dispute.')).toEqual(['038 NPL→IGOUNO']);
    expect(roots('Serb forces were engaged in ethnic cleansing in Kosovo.')).toContain('20 SRB→KSV');
  });

  it('codes a cooperative act refused for the future as a rejection, and a past one as negated', () => {
    expect(roots('The Chinese side said it will never accept more refugees from Myanmar.', { date: '2023-06-19' })).toContain('12 CHN→MMR');
    expect(roots('The government said it would not meet the demands of Colombian rebels.', { date: '2023-06-19' })).toContain('12 COL→COL');
    expect(roots('Russian Foreign Minister Sergey Lavrov did not agree with the Ukrainian proposal.', { date: '2022-03-10' })).toContain('01 RUS→UKR negated');
  });

  it('codes an agreement to a ceasefire as a commitment to de-escalate, and a vow to fight as a threat', () => {
    expect(events('Armenia and Azerbaijan agreed to a ceasefire on Tuesday.', { date: '2020-10-10' })).toEqual(['0356 ARM→AZE', '0356 AZE→ARM']);
    expect(roots('Houthi rebels have sworn to fight on until Saudi Arabia withdraws.', { date: '2020-10-10' })).toContain('13 YEM→SAU');
  });

  it('never takes the one a sentence is attributed to as the target or the counterpart', () => {
    const rejected = roots('Israel rejected the plan, chief Palestinian negotiator Saeb Erakat said.', { date: '2000-01-01' });
    expect(rejected.some((e) => e.startsWith('12 ISR→'))).toBe(true);
    expect(rejected).not.toContain('12 ISR→PSE');
    expect(roots('Afghan rebels blew up power lines near Kabul, the Czech news agency reported.', { date: '2000-01-01' })).toEqual(['17 AFG→AFG']);
  });

  it('places a group of no named state in the state its clause puts it in, and lets a people act on its own government', () => {
    expect(events('The military government declared a state of emergency in Niger on Friday, a French diplomat said.', { date: '2023-07-28' })).toContain('1724 NERGOV→NER');
    expect(events('The Rohingya demanded citizenship rights from Myanmar authorities.', { date: '2023-07-28' })).toContain('1043 MMRCVL→MMRGOV');
  });

  it('codes peacekeepers who arrive as deployed, not visiting, and a denied request as a rejection', () => {
    expect(events('The first NATO peacekeeping troops arrived in Kosovo on Saturday.', { date: '1999-06-12' })).toEqual(['074 IGOWSTNATPKO→KSV']);
    expect(roots('Serbian authorities denied the request of Kosovo Albanians for a rally permit.', { date: '1999-06-12' })[0]).toMatch(/^12 SRB→/);
  });

  it('reads a Security Council resolution as the UN Security Council, whichever council a bare name means', () => {
    expect(events('Russia vetoed a Security Council resolution on Syria.', { date: '2023-07-28' })).toContain('129 RUS→IGOUNOUSC');
  });
});

describe('a pattern with code "none"', () => {
  it('marks a phrase as no event and wins over shorter patterns', async () => {
    const { cpSync, mkdtempSync, appendFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { defaultDataDir } = await import('../../dictionaries/dataDir.js');
    const { loadLanguageData } = await import('../../dictionaries/LanguageData.js');
    const dir = mkdtempSync(join(tmpdir(), 'readout-none-'));
    cpSync(defaultDataDir(), dir, { recursive: true });
    const text = 'The President met President Xi Jinping. The United States will meet the challenges with China.';
    const before = createPipeline(loadLanguageData(dir)).processText(text, { date: '2023-06-19' }).events.filter((e) => e.sentence === 1);
    appendFileSync(join(dir, 'events/patterns.yaml'), '\n  - {id: test-meet-challenges, code: none, match: "meet the (challenge|challenges) with TARGET"}\n');
    const after = createPipeline(loadLanguageData(dir)).processText(text, { date: '2023-06-19' }).events.filter((e) => e.sentence === 1);
    expect(before.some((e) => e.pattern.startsWith('meet'))).toBe(true);
    expect(after.filter((e) => e.pattern.startsWith('meet'))).toEqual([]);
  });
});

describe('praise aimed at the possessor of what is praised', () => {
  it('codes "welcomed Uzbekistan’s decision" to Uzbekistan, not to a later actor, and talk of a possessor still to the counterpart', () => {
    expect(roots('Sergey Lavrov welcomed Uzbekistan’s decision to expand the teaching of the Russian language at Russian universities.', { date: '2024-04-25' })).toEqual(['05 RUS→UZB']);
    expect(roots('Secretary Blinken met Foreign Minister Tunde Okafor of Nigeria. Secretary Blinken discussed Russia’s war with Foreign Minister Okafor.', { date: '2024-04-25' })).not.toContain('04 USA→RUS');
  });
});

describe('disapproval in a reported clause that opens with a state’s hostile act', () => {
  it('codes "stated that Russia’s attacks ..." as criticism of Russia, and no criticism of a state’s support', () => {
    expect(
      roots('Minister Aoki stated that Russia’s repeated missile and drone attacks on Ukraine’s energy infrastructure were unacceptable.', { date: '2024-01-01', publisher: 'Ministry of Foreign Affairs of Japan' }),
    ).toContain('11 JPN→RUS');
    expect(roots('Minister Aoki stated that Sweden’s support for the people of Ukraine was invaluable.', { date: '2024-01-01', publisher: 'Ministry of Foreign Affairs of Japan' }).filter((r) => r.startsWith('11'))).toEqual([]);
  });
});

describe('a hope that names whom it asks', () => {
  it('codes "expressed the hope that the U.S. side will ..." as an appeal to the United States, and a hope about a thing as optimism', () => {
    const publisher = "Ministry of Foreign Affairs of the People's Republic of China";
    expect(roots('Wang Yi expressed the hope that the U.S. side will work with China in the same direction.', { date: '2024-10-25', publisher })).toEqual(['02 CHN→USA']);
    expect(roots('Wang Yi expressed the hope that the talks will succeed.', { date: '2024-10-25', publisher }).filter((r) => r.startsWith('02'))).toEqual([]);
  });
});

describe('a target whose name opens with a word the target slot steps over', () => {
  it('codes "spoke to His Majesty King Abdullah II of Jordan" as a call', () => {
    const publisher = "Prime Minister's Office, 10 Downing Street";
    expect(roots('The Prime Minister spoke to His Majesty King Abdullah II of Jordan this afternoon.', { date: '2024-12-12', publisher })).toEqual(['04 GBR→JOR', '04 JOR→GBR']);
  });
});

describe('a place abroad before the one met', () => {
  it('takes the one met "with" after it as the target of talks, and keeps a visit’s place as its target', () => {
    const russia = 'Ministry of Foreign Affairs of the Russian Federation';
    expect(events('Foreign Minister Sergey Lavrov held talks in Riyadh with Foreign Minister Kofi Mensah of Ghana.', { date: '2025-02-18', publisher: russia })).toEqual(['046 RUSGOV→GHAGOV', '046 GHAGOV→RUSGOV']);
    expect(events('Foreign Minister Sergey Lavrov traveled to Riyadh with Deputy Minister Pavel Orlov.', { date: '2025-02-18', publisher: russia })).toContain('042 RUSGOV→SAUGOV');
  });

  it('codes ties valued and a friendship carried forward as intent to cooperate with the counterpart', () => {
    const text =
      'Foreign Minister Wang Yi held talks in Beijing with Foreign Minister Kofi Mensah of Ghana. Kofi Mensah said that Ghana attaches great importance to its relations with China. China is willing to work with Ghana to carry forward the traditional friendship.';
    const r = pipeline.processText(text, { date: '2025-01-21' });
    expect(inSentence(r, 1)).toContain('030 GHA→CHN');
    expect(inSentence(r, 2)).toContain('030 CHN→GHA');
  });
});

describe('batches 39 and 40', () => {
  it('codes work intended with the one named, the one-China position endorsed, and a joint appeal to the state named after it', () => {
    const chinese = "Ministry of Foreign Affairs of the People's Republic of China";
    expect(roots('China is ready to work with Jamaica to pursue common development.', { publisher: chinese })).toContain('03 CHN→JAM future');
    expect(roots('The United States works with Jamaica on trade.', { publisher: 'U.S. Department of State' }).filter((e) => e.startsWith('03'))).toEqual([]);
    // What the work is for stands for it when it is cooperation too, and only then.
    const work = pipeline.processText(
      'President Xi Jinping spoke on the phone with President Thein Aung of Myanmar. China is ready to work with Myanmar to deepen trade and economic cooperation. Myanmar will work with China to crack down on telecom fraud.',
      { date: '2024-03-12', publisher: chinese },
    );
    expect(inSentence(work, 1)).toEqual(['0311 CHN→MMR']);
    expect(inSentence(work, 2, 'root')).toEqual(['03 MMR→CHN']);
    const r = pipeline.processText(
      'Foreign Minister Wang Yi held talks with Foreign Minister Elena Marquez of Ecuador in Beijing. Ecuador firmly abides by the one-China policy. Both sides called on Israel to agree to a ceasefire and to lift the restrictions on humanitarian access.',
      { date: '2024-09-25', publisher: chinese },
    );
    expect(inSentence(r, 1)).toContain('051 ECU→CHN');
    expect(inSentence(r, 2).sort()).toEqual(['0251 CHN→ISR', '0251 ECU→ISR']);
    const uk = pipeline.processText('Prime Minister Keir Starmer spoke to President Amadou Diallo of Senegal. He called on the Chinese authorities to release the detained journalist.', {
      date: '2025-04-10',
      publisher: 'Prime Minister’s Office, 10 Downing Street',
    });
    expect(inSentence(uk, 1, 'root')).toEqual(['02 GBR→CHN']);
  });
});

describe('the passive of a verb whose noun comes first', () => {
  it('codes "Special attention was paid to", "Views were exchanged on" and "Emphasis was placed on" as talks of both sides, and money paid to someone as none', () => {
    const r = pipeline.processText(
      'Sergey Lavrov held talks with Foreign Minister Tunde Okafor of Nigeria. Special attention was paid to trade and economic ties. Views were also exchanged on cooperation within the BRICS. Particular emphasis was placed on expanding supplies of wheat. The money was paid to the contractors.',
      { date: '2024-12-03', publisher: 'Ministry of Foreign Affairs of the Russian Federation' },
    );
    for (const k of [1, 2, 3]) expect(inSentence(r, k).sort()).toEqual(['040 NGA→RUS', '040 RUS→NGA']);
    expect(inSentence(r, 4)).toEqual([]);
  });
});

describe('views both sides share', () => {
  it('codes a point both sides confirm or a need both stress as a shared view, one side’s as a statement or an appeal, relations both praise as valued, and free elections as no trade pact', () => {
    const japan = { date: '2024-05-01', publisher: 'Ministry of Foreign Affairs of Japan' };
    const r = pipeline.processText(
      'Minister Iwaya met Minister Tran Quang of Viet Nam in Tokyo. The two ministers confirmed the importance of peace and stability across the Taiwan Strait. Both ministers stressed the need to preserve the ceasefire in the Gaza Strip. Minister Iwaya stressed the need to protect civilians. The two ministers agreed on the importance of free and fair elections in Venezuela.',
      japan,
    );
    expect(inSentence(r, 1)).toEqual(['019 JPN→VNM', '019 VNM→JPN']);
    expect(inSentence(r, 2)).toEqual(['019 JPN→VNM', '019 VNM→JPN']);
    expect(inSentence(r, 3)).toEqual(['020 JPN→VNM']);
    expect(inSentence(r, 4, 'root')).toEqual(['01 JPN→VNM', '01 VNM→JPN']);
    const condemned = pipeline.processText('Minister Iwaya met Minister Tran Quang of Viet Nam in Tokyo. Both ministers condemned terrorism in all its forms. Both ministers condemned North Korea’s missile launches.', japan);
    expect(inSentence(condemned, 1)).toEqual(['019 JPN→VNM', '019 VNM→JPN']);
    expect(inSentence(condemned, 2)).toEqual(['111 JPN→PRK', '111 VNM→PRK']);
    const valued = pipeline.processText(
      'Sergey Lavrov held talks with Foreign Minister Amadou Keita of Guinea in Moscow. The ministers noted with satisfaction the steady development of Russian-Guinean relations. Sergey Lavrov praised Guinea’s efforts to fight terrorism. Amadou Keita said that Guinea highly values its relations with Russia.',
      { date: '2024-05-01', publisher: 'Ministry of Foreign Affairs of the Russian Federation' },
    );
    expect(inSentence(valued, 1)).toEqual(['030 RUS→GIN', '030 GIN→RUS']);
    expect(inSentence(valued, 2, 'root')).toEqual(['05 RUS→GIN']);
    expect(inSentence(valued, 3)).toEqual(['030 GIN→RUS']);
  });

  it('keeps what sides do to each other, and a shared view whose statement came first', () => {
    const japan = { date: '2024-05-01', publisher: 'Ministry of Foreign Affairs of Japan' };
    expect(inSentence(pipeline.processText('Armenia and Azerbaijan blamed each other for the clashes.', japan), 0, 'root')).toEqual(['11 ARM→AZE', '11 AZE→ARM']);
    const r = pipeline.processText('Minister Iwaya met Minister Tran Quang of Viet Nam in Tokyo. The two ministers said that dialogue matters, condemned terrorism in all its forms, and discussed trade.', japan);
    expect(inSentence(r, 1)).toEqual(['019 JPN→VNM', '019 VNM→JPN', '040 JPN→VNM', '040 VNM→JPN']);
  });
});
