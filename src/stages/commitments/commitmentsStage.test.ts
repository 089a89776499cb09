import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/defaultPipeline.js';

// Invented readouts; no real text.
const pipeline = createPipeline();

function commitments(body: string, date = '2024-03-12') {
  const doc = pipeline.run({ id: null, origin: 't', format: 'text', body, publisher: 'U.S. Department of State' }, { date });
  return doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')} ${c.cue}: ${c.action}${c.object ? ` [${c.object}]` : ''}${c.due ? ` (${c.due})` : ''}`);
}

describe('commitments', () => {
  it('take no promise from the other side\'s future told in a "which" clause after a thing, but keep the publisher\'s own', () => {
    const text =
      'The Minister for Development met Foreign Minister Tunde Okafor of Nigeria in London. ' +
      'Minister Okafor briefed the Minister on preparations for the summit of the Economic Community of West African States, which Nigeria will host in Abuja in May. ' +
      'The Minister set out plans for the conference on maritime security, which the UK will host in London this autumn. ' +
      'Minister Okafor said that Nigeria supports the agreement, which Nigeria will implement in full.';
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: text, publisher: 'Foreign, Commonwealth & Development Office' }, { date: '2024-02-27' });
    expect([...new Set(doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}`))]).toEqual(['2 GBR', '3 NGA']);
  });

  it('keep what the narrower rules leave alone: a reported pledge, a principle that says when, the speaker\'s own warning, a year that ends, gatherings of others, a quoted counterpart, another government\'s Administration, a day counted from another day', () => {
    const us = commitments(
      'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
        'The Secretary noted that Nigeria has committed to deploying 500 police officers to Haiti. ' +
        'The two sides agreed that the outstanding technical issues should be resolved by the end of March. ' +
        'The Secretary warned that the United States would impose further sanctions on those responsible. ' +
        'Nigeria will end the year as chair of ECOWAS. ' +
        'Leaders of the G20 will meet in Rio de Janeiro in November. ' +
        'Ministers from ASEAN member states will meet in Jakarta in July. ' +
        'Foreign Minister Okafor said: "Our partnership is strong. I will travel to Washington in June." ' +
        'The Secretary will travel to Lagos on March 20 and will meet President Bello the following day.',
      '2024-03-12',
    ).map((c) => c.replace(/^(\d+ \S+) \w+:.*?( \(.*\))?$/, '$1$2'));
    expect(us).toEqual(['1 NGA', '2 USA+NGA (2024-03-31)', '3 USA', '8 NGA (in June)', '9 USA (2024-03-20)', '9 USA (the following day)']);
    const cn = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body: 'Wang Yi spoke with Secretary of State Antony Blinken. Wang Yi said the Administration should honor its commitment to stop arms sales to Taiwan.',
        publisher: "Ministry of Foreign Affairs of the People's Republic of China",
      },
      { date: '2024-03-12' },
    );
    expect(cn.commitments.flatMap((c) => c.parties)).not.toContain('CHN');
  });

  it('take "I" opening a quoted sentence as the publisher\'s speaker, and no step from a principle the sides agree on', () => {
    const text =
      'The Minister for Africa met Foreign Minister Tunde Okafor of Nigeria in London. ' +
      'The ministers agreed that the differences between Nigeria and Niger should be settled through dialogue. ' +
      'They agreed that the first power line should be connected by the end of the year. ' +
      'The Minister said: "Nigeria is a valued partner. I look forward to visiting Abuja in the autumn."';
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: text, publisher: 'Foreign, Commonwealth & Development Office' }, { date: '2025-07-22' });
    expect(doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}`)).toEqual(['2 GBR+NGA', '4 GBR']);
  });

  it('read a future that ends something as an act, officials from both sides as both, the Administration as the publisher; no intention regretted, no pledge told in a relative clause', () => {
    const text =
      'Secretary Quist spoke with Foreign Minister Tunde Okafor of Nigeria. ' +
      'The Secretary confirmed that the United States would end its bilateral aviation arrangement with Iran. ' +
      'Officials from both sides will meet again before the end of the year. ' +
      'The Secretary underscored the Administration\'s commitment to strengthening law enforcement cooperation. ' +
      "Foreign Minister Okafor expressed regret over the Malian authorities' earlier intention to expel the ambassador. " +
      'They discussed the mission in Haiti, to which Nigeria has pledged personnel.';
    const found = commitments(text, '2024-07-05').map((c) => c.replace(/^(\d+ \S+) \w+:.*$/, '$1'));
    expect(found).toEqual(['1 USA', '2 USA+NGA', '3 USA']);
  });

  it('take no promise from another side\'s plan told at the table, a warning, or a principle for others; read "Ministers" opening a sentence and an invitation accepted with gratitude', () => {
    const text =
      'Foreign Secretary Kemi Alder met Foreign Minister Tunde Bello of Nigeria in London. ' +
      "Minister Bello set out Nigeria's plans to develop the Lagos gas fields. " +
      "The Foreign Secretary welcomed Nigeria's plan to hold local elections. " +
      'The Foreign Secretary set out the UK\'s plans to host a conference on maritime security in June. ' +
      'She warned that the junta would pay a heavy price should it proceed. ' +
      'Both sides agreed that a solution should be led and owned by the Sudanese people. ' +
      'Ministers agreed to speed up the return of migrants. ' +
      'Minister Bello accepted with gratitude an invitation to visit Manchester.';
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: text, publisher: 'Foreign, Commonwealth & Development Office' }, { date: '2025-03-04' });
    const found = doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}`);
    expect(found).toEqual(['3 GBR', '6 GBR+NGA', '7 NGA']);
  });

  it('resolve a horizon later on the day or the day after to its date, and read "this September" and "without delay" as horizons', () => {
    const text =
      'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
      'The Secretary will meet President Bola Adeyemi later today. ' +
      'The two ministers will travel together to Lagos the day after tomorrow. ' +
      'Nigeria will host the regional investment forum this September. ' +
      'The two sides agreed to resume the energy dialogue without delay. ' +
      'The Secretary said the United States would add scholarships for Nigerian students for the 2024/2025 academic year. ' +
      'The United States will stand with Nigeria for as long as needed.';
    const found = commitments(text);
    expect(found).toContain('1 USA future: meet President Bola Adeyemi (2024-03-12)');
    expect(found).toContain('2 USA+NGA future: travel together to Lagos (2024-03-14)');
    expect(found).toContain('3 NGA future: host the regional investment forum this September (this September)');
    expect(found).toContain('4 USA+NGA agree: resume the energy dialogue (without delay)');
    expect(found.find((c) => c.startsWith('5 '))).toMatch(/\(for the 2024\/2025 academic year\)$/);
    expect(found.find((c) => c.startsWith('6 '))).toMatch(/\(for as long as needed\)$/);
  });

  it('read a meeting looked forward to as a plan when the clause after it says when it is to be held, and "the four Ministers" as both sides', () => {
    const text =
      'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
      'Both ministers looked forward to the next meeting of the US-Nigeria Joint Trade Committee, to be held in Lagos in the spring. ' +
      'The four Ministers concurred to further strengthen the deterrence of the U.S.-Nigeria partnership. ' +
      'The Secretary looks forward to working with Ms. Ada Eze, who will succeed the Minister next month.';
    const found = commitments(text);
    expect(found).toContain('1 USA+NGA intend: the next meeting of the US-Nigeria Joint Trade Committee [the next meeting of the US-Nigeria Joint Trade Committee] (in the spring)');
    expect(found).toContain('2 USA+NGA agree: further strengthen the deterrence of the U.S.-Nigeria partnership');
    expect(found.filter((c) => c.startsWith('3 '))).toEqual([]);
  });

  it('find a horizon far after its clause, the next action after a horizon, and a promised day', () => {
    const text =
      'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
      'The two sides agreed to strengthen coordination ahead of the regional summit next month, and to hold the next round of the dialogue in Lagos next year. ' +
      'They intend to conclude an agreement on the cross-border transport of electricity beneath the Gulf of Guinea by the end of 2024. ' +
      'The Secretary looks forward to welcoming Foreign Minister Okafor to Washington for an official visit on May 23.';
    const found = commitments(text);
    expect(found.filter((c) => c.startsWith('1 '))).toEqual([
      '1 USA+NGA agree: strengthen coordination ahead of the regional summit (next month)',
      '1 USA+NGA agree: hold the next round of the dialogue in Lagos (next year)',
    ]);
    expect(found.find((c) => c.startsWith('2 '))).toMatch(/\(by the end of 2024\)$/);
    expect(found.find((c) => c.startsWith('3 '))).toMatch(/\(2024-05-23\)$/);
  });

  it('read agreements, invitations and their horizons', () => {
    const text =
      'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
      'The two sides agreed to establish a working group on trade. ' +
      'Both sides agreed on regular senior engagements. ' +
      'The Secretary invited Foreign Minister Okafor to Washington to continue the discussions, and they agreed to hold the next round at a mutually convenient time.';
    expect(commitments(text)).toEqual([
      '1 USA+NGA agree: establish a working group on trade',
      '2 USA+NGA agree: regular senior engagements [regular senior engagements]',
      '3 USA invite: visit Washington to continue the discussions [Foreign Minister Okafor]',
      '3 USA+NGA agree: hold the next round (at a mutually convenient time)',
    ]);
  });

  it('split one cue governing two actions, each with its own horizon', () => {
    expect(commitments('Secretary Quist spoke with Foreign Minister Okafor of Nigeria. The two ministers agreed to convene the minerals working group by May 14 and to hold a follow-up call in the coming weeks.')).toEqual([
      '1 USA+NGA agree: convene the minerals working group by May 14 (2024-05-14)',
      '1 USA+NGA agree: hold a follow-up call (in the coming weeks)',
    ]);
  });

  it('start the next action at an "and to" after a comma list, and find a horizon or a year just after the clause', () => {
    expect(
      commitments(
        'Secretary Quist spoke with Foreign Minister Okafor of Nigeria. ' +
          'The ministers agreed to coordinate their steps within ECOWAS, the African Union and the UN, and to prepare for the ECOWAS summit in Abuja in July. ' +
          'The United States will begin episodic deployments of the long-range engineering capabilities of its Multi-Domain Task Force in Nigeria in 2026. ' +
          'The two ministers will meet again to review progress, with the first review to be held in Lagos in the spring.',
      ),
    ).toEqual([
      '1 USA+NGA agree: coordinate their steps within ECOWAS',
      '1 USA+NGA agree: prepare for the ECOWAS summit in Abuja in July (in July)',
      '2 USA future: begin episodic deployments of the long-range engineering capabilities of its Multi-Domain Task Force (in 2026)',
      '3 USA+NGA future: meet again to review progress (in the spring)',
    ]);
    expect(commitments('Secretary Quist spoke with Foreign Minister Okafor of Nigeria. The two ministers agreed to finalise the minerals framework ahead of the G20 Summit.')).toEqual([
      '1 USA+NGA agree: finalise the minerals framework ahead of the G20 Summit (ahead of the G20 Summit)',
    ]);
  });

  it('give a commitment made through officials to those who agreed, through a second "and that", and one to refrain after "would never"', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'They agreed that the United States and Nigeria would expand port security cooperation, and that their interior ministers would meet before the end of the year to take this forward. ' +
          'The ministers agreed that their teams would stay in close touch. ' +
          'The Secretary said that the United States would never accept such a delay.',
      ),
    ).toEqual([
      '1 USA+NGA future: expand port security cooperation',
      '1 USA+NGA future: meet (before the end of the year)',
      '2 USA+NGA future: stay in close touch',
      '3 USA refrain: not accept such a delay',
    ]);
  });

  it('take no prediction, wish or hedge for a promise', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'The United States would like to further promote exchanges between young people. ' +
          'Such unilateral steps will only make the situation more complicated. ' +
          'The Secretary expressed confidence that Nigeria would hold peaceful elections. ' +
          'Nigeria would consider reciprocal steps.',
      ),
    ).toEqual([]);
  });

  it('take a refusal to have official exchanges for a promise, and a standing commitment for none', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body: 'Wang Yi held talks with Foreign Minister Ann Joseph of Dominica. The Dominican government will not have any official exchanges with the Taiwan region. Wang Yi said that China has always been committed to promoting peace talks.',
        publisher: "Ministry of Foreign Affairs of the People's Republic of China",
      },
      { date: '2024-03-22' },
    );
    expect(doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}: ${c.action}`)).toEqual(['1 DMA: not have any official exchanges with the Taiwan region']);
  });

  it('take "will" only with a concrete action, and never a negated cue', () => {
    expect(
      commitments('Secretary Quist met Foreign Minister Okafor of Nigeria. The United States will always stand up for its values. Nigeria did not agree to extend the deadline. The two sides will hold a strategic dialogue later this year.'),
    ).toEqual(['3 USA+NGA future: hold a strategic dialogue (later this year)']);
  });

  it('read a deadline written as a date, and give a subjectless commitment the previous sentence’s parties', () => {
    expect(commitments('Secretary Quist met President Lucas Ferreira of Brazil. Both leaders welcomed closer ties. This includes a commitment to open two new consulates by May 14.')).toEqual([
      '2 USA+BRA commit: open two new consulates by May 14 (2024-05-14)',
    ]);
  });

  it('keep the sentence’s subject for a verb after "and", and read two titles with no name as two people', () => {
    const text =
      'Secretary Quist spoke with Foreign Minister Okafor of Nigeria. ' +
      'Secretary Quist and Minister Okafor praised regular military-to-military talks and planned to hold a defence dialogue in the near future. ' +
      'The President and the Prime Minister reaffirmed their resolve to deepen energy cooperation.';
    expect(commitments(text)).toEqual(['1 USA+NGA plan: hold a defence dialogue (in the near future)', '2 USA+NGA commit: deepen energy cooperation']);
  });

  it('read Japanese and joint-leader phrasings, and no noun as a cue', () => {
    const text =
      'Minister Tanaka held a meeting with Foreign Minister Okafor of Nigeria. The two ministers confirmed to continue close coordination on the Sahel. ' +
      'The two leaders tasked their teams to follow up on energy cooperation. The Secretary welcomed their financial pledges and the progress made.';
    expect(commitments(text)).toEqual(['1 USA+NGA agree: continue close coordination on the Sahel', '2 USA+NGA agree: follow up on energy cooperation']);
  });

  it('read the promises of British, Chinese and Japanese indirect speech, and not a wish for the other side', () => {
    const uk = (body: string) => {
      const doc = pipeline.run({ id: null, origin: 't', format: 'text', body, publisher: "Prime Minister's Office, 10 Downing Street" }, { date: '2024-11-19' });
      return doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')} ${c.cue}: ${c.action}${c.due ? ` (${c.due})` : ''}`);
    };
    expect(uk('The Prime Minister spoke to President Tunde Okafor of Nigeria this afternoon. The Prime Minister confirmed that the UK would provide further flood relief by the end of the year. He said it would be a mistake to wait.')).toEqual([
      '1 GBR future: provide further flood relief (by the end of the year)',
    ]);
    // The hope that Nigeria will act is the speaker's wish, not Nigeria's promise; "which will" is the fund's.
    expect(commitments('Secretary Quist met Foreign Minister Okafor of Nigeria. The Secretary expressed the hope that Nigeria will continue to reform its ports. They launched a minerals fund, which will finance new mines. The United States hopes Nigeria will join the partnership.')).toEqual([]);
    // What the two agreed commits both, even when the clause names one of them.
    expect(commitments('Secretary Quist met Foreign Minister Okafor of Nigeria. The two ministers agreed that Foreign Minister Okafor will visit Washington next spring.')).toEqual(['1 USA+NGA future: visit Washington (next spring)']);
  });

  it('read a future in the passive as the table’s act, and what was confirmed through a long subject', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'Foreign Minister Okafor accepted an invitation to visit Washington; the dates will be agreed through diplomatic channels. ' +
          'Regarding the Sahel, the two ministers confirmed that the next meeting of the U.S.-Nigeria Binational Commission will be held in Lagos. ' +
          'The parties agreed that the Joint Commission on Trade and Investment would meet in Abuja in the first half of 2025. ' +
          'The ministers confirmed that U.S.-Nigeria coordination in responding to piracy will be further strengthened. ' +
          'They agreed that the first unit of the plant should be connected to the grid in 2027.',
      ),
    ).toEqual([
      '1 NGA invite: visit Washington',
      '1 USA+NGA future: be agreed through diplomatic channels',
      '2 USA+NGA future: be held in Lagos',
      '3 USA+NGA future: meet in Abuja in the first half of 2025 (in the first half of 2025)',
      '4 USA+NGA future: be further strengthened',
      '5 USA+NGA agree: be connected to the grid in 2027 (in 2027)',
    ]);
  });

  it('take "should" only for what the parties’ own people are agreed to do, and "remain in close contact" as an act', () => {
    expect(
      commitments(
        'Secretary Quist spoke with Foreign Minister Okafor of Nigeria. ' +
          'The ministers agreed that their negotiating teams should work at pace to conclude the agreement in the coming weeks. ' +
          'They agreed that the international community should help the region achieve stability. ' +
          'The ministers agreed that their teams would remain in close contact in the days ahead. ' +
          'Nigeria would carefully study the proposal.',
      ),
    ).toEqual(['1 USA+NGA agree: work at pace to conclude the agreement (in the coming weeks)', '3 USA+NGA future: remain in close contact (in the days ahead)']);
  });

  it('find a horizon in a relative clause after the action or inside the subject, and an occasion "toward" an Expo', () => {
    expect(
      commitments(
        'Secretary Quist spoke with Foreign Minister Okafor of Nigeria. ' +
          'The ministers agreed to intensify preparations for the Interregional Forum, which will be held in the autumn with both presidents. ' +
          'Secretary Quist confirmed that the U.S. delegation at the summit in Abuja early next month would be headed by the Vice President. ' +
          'The two ministers confirmed that they will promote youth exchanges toward Expo 2027 Lagos.',
      ),
    ).toEqual([
      '1 USA+NGA agree: intensify preparations for the Interregional Forum (in the autumn)',
      '2 USA future: be headed by the Vice President (next month)',
      '3 USA+NGA future: promote youth exchanges toward Expo 2027 Lagos (toward Expo 2027 Lagos)',
    ]);
  });

  it('give "their mutual commitment" after "and" to the sentence’s subject, and no fronted topic to a subject', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria. ' +
          'The ministers discussed the prospects of U.S.-Nigerian relations and reaffirmed their mutual commitment to expanding trade. ' +
          'Regarding North Korea, the two ministers confirmed that they will continue to work closely toward denuclearization. ' +
          'The ministers exchanged views on Sudan and Ukraine, and confirmed that they will continue to cooperate at the United Nations.',
      ),
    ).toEqual([
      '1 USA+NGA commit: expanding trade',
      '2 USA+NGA future: continue to work closely toward denuclearization',
      '3 USA+NGA future: continue to cooperate at the United Nations',
    ]);
  });

  it('give a second future after "and" the first one’s subject, read a verb the tagger took for an adjective, and no "and to" before a noun', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria. ' +
          'Foreign Minister Okafor assured his counterpart that Nigeria would actively support the American chairmanship and would be represented at the summit in Washington next year. ' +
          'Foreign Minister Okafor said that the Nigerian side will take all necessary measures to protect American nationals and will complete the investigation into the attack as soon as possible. ' +
          'We will work together to ensure secure energy supplies to Nigeria and to the rest of Africa throughout the coming winters.',
      ),
    ).toEqual([
      '1 NGA future: support the American chairmanship',
      '1 NGA future: be represented at the summit in Washington (next year)',
      '2 NGA future: take all necessary measures to protect American nationals',
      '2 NGA future: complete the investigation into the attack (as soon as possible)',
      '3 USA future: work together to ensure secure energy supplies to Nigeria and to the rest of Africa (throughout the coming winters)',
    ]);
  });

  it('read a reported future with its "that" left out and an impersonal agreement, but no judgement, calendar fact, wish, third state’s plan or invitation to businesses', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria. ' +
          'Secretary Quist said the United States would lead a business delegation to Lagos next year. ' +
          'It was agreed to maintain regular contacts at various levels. ' +
          'Stoking confrontation will only undermine the security of all. ' +
          'Foreign Minister Okafor noted that July will mark the anniversary of the attack. ' +
          'Both countries hope that direct flights will begin soon. ' +
          'Nigeria firmly opposes Ghana’s plans to deploy missiles in the region. ' +
          'Foreign Minister Okafor invited American companies to take advantage of the new rules.',
      ),
    ).toEqual(['1 USA future: lead a business delegation to Lagos (next year)', '2 USA+NGA agree: maintain regular contacts at various levels']);
  });

  it('take no stated need for an agreement', () => {
    expect(commitments('Secretary Quist met Foreign Minister Okafor of Nigeria. The two ministers agreed on the importance of continuing to support the election commission.')).toEqual([]);
  });
});


describe('commitments to refrain, reported clauses that go on, wishes and long delegated subjects', () => {
  it('take a refused future of an actor as a commitment to refrain, and a judgement of no actor as none', () => {
    const found = commitments(
      'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria. Foreign Minister Okafor said that Nigeria would not return to the aerial spraying of crops. ' +
        'He said, "Appeasement will not bring peace." The two sides did not agree to resume the talks.',
    );
    expect(found).toEqual(['1 NGA refrain: not return to the aerial spraying of crops']);
  });

  it('read the subject of a reported clause on after "and", and no promise in a wish before the subject', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria. Secretary Quist stated that the United States supports ECOWAS mediation and would continue to provide humanitarian assistance to the region. ' +
          'Minister Okafor thanked the United States and hoped that more Nigerian cocoa and cashews will enter the American market.',
      ),
    ).toEqual(['1 USA future: continue to provide humanitarian assistance to the region']);
  });

  it('commit those who agreed through an official with two titles set off by a comma', () => {
    expect(
      commitments(
        'Secretary Quist spoke with Foreign Minister Tunde Okafor of Nigeria. The ministers agreed that Special Presidential Envoy for the Sahel and West Africa, Deputy Secretary of State Dana Holt would visit Abuja next month for consultations.',
      ),
    ).toEqual(['1 USA+NGA future: visit Abuja (next month)']);
  });
});

describe('refusals after any cue, relative clauses, and fronted horizons', () => {
  it('take "pledged never to use force ... and to respect" as a refusal and a promise, and no promise in a relative clause', () => {
    expect(
      commitments(
        'Secretary Quist hosted President Tunde Okafor of Nigeria and President Amadou Diallo of Senegal. ' +
          'President Okafor and President Diallo pledged never to use force against each other and to respect each other’s borders. ' +
          'Secretary Quist said that the United States would not accept a ceasefire that the militias would use to regroup and to rearm.',
      ),
    ).toEqual(['1 NGA+SEN refrain: not use force against each other', '1 NGA+SEN pledge: respect each other’s borders', '2 USA refrain: not accept a ceasefire']);
  });

  it('read a horizon put before the subject, and a promise reported after "assured his counterpart that"', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria. Throughout this anniversary year we will celebrate our shared history. ' +
          'Foreign Minister Okafor assured his counterpart that Nigeria would host the next round before Christmas.',
      ),
    ).toEqual(['1 USA future: celebrate our shared history (Throughout this anniversary year)', '2 NGA future: host the next round (before Christmas)']);
  });
});

describe('reported clauses, impersonal agreements and what binds no one at the table', () => {
  it('take a refusal after a reported clause’s "and" as its subject’s, and "It was agreed that" as the table’s', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
          'He said that the Nigerian government firmly supports the peace process, recognizes that the ceasefire is fragile and that the talks are urgent, and will never allow armed groups to use its territory. ' +
          'It was agreed that the relevant agencies would continue working to reopen the border crossing.',
      ),
    ).toEqual(['1 NGA refrain: not allow armed groups to use its territory', '2 USA+NGA future: continue working to reopen the border crossing']);
  });

  it('make no promise of a hope’s second "that" clause, of a noun after "looked forward to", or of a party not at the table', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
          'The Nigerian side hoped that the number of flights would increase and that Nigerian carriers would be granted more landing slots. ' +
          'The Secretary looked forward to continued close coordination with Nigeria. ' +
          'He made clear that Hamas would play no role in the future governance of Gaza.',
      ),
    ).toEqual([]);
  });

  it('take no promise from the other side\'s plan the publisher welcomes, and read "we" after a list of others as its own clause', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
          'The Secretary welcomed Nigeria’s plans to increase its defense spending. ' +
          'We welcome the talks between Nigeria and the African Union, and we will work to conclude them soon.',
      ),
    ).toEqual(['2 USA future: work to conclude them (soon)']);
  });
});

describe('what "should" commits after an agreement', () => {
  it('commit the sides through "the teams of the two sides", and no one through advice to a third party', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
          'The two ministers agreed that the trade teams of the two sides should continue to meet every quarter. ' +
          'They agreed that ECOWAS should play a constructive role in the region.',
      ),
    ).toEqual(['1 USA+NGA agree: continue to meet every quarter']);
  });
});

describe('subjects past a relative clause, verbs read as adverbs, and more horizons', () => {
  it('give the promise to the envoy, not to the minister of his relative clause; read "would back the" as a verb; keep "over the next three years"', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
          'Special Envoy for the Sahel Ade Bello of Nigeria, who accompanied the minister, will represent Nigeria at the donors’ conference. ' +
          'The Secretary stated that the United States would back the activities of American companies in Nigeria. ' +
          'The United States will provide $5 million over the next three years to support Nigeria’s coast guard.',
      ),
    ).toEqual([
      '1 NGA future: represent Nigeria at the donors’ conference',
      '2 USA future: back the activities of American companies in Nigeria',
      '3 USA future: provide $5 million (over the next three years)',
    ]);
  });
});

describe('gratitude is no refusal', () => {
  it('make no promise of "will never forget", and keep "during the summit" as a horizon', () => {
    expect(
      commitments(
        'Secretary Quist met President Tunde Okafor of Nigeria in Abuja. ' +
          'President Okafor said that Nigeria will never forget the support of the United States. ' +
          'The two presidents agreed to sign a number of cooperation documents during the summit.',
      ),
    ).toEqual(['2 USA+NGA agree: sign a number of cooperation documents (during the summit)']);
  });
});

describe('invitations and futures that promise nothing', () => {
  it('keep an accepted invitation to visit, and drop an invitation to act, a treaty entering into force and a host’s event after a name', () => {
    const text =
      'Secretary Quist held talks with Foreign Minister Tunde Okafor of Nigeria in Washington. ' +
      'The two sides agreed to hold the next round of the dialogue in Lagos next year, and Secretary Quist accepted Foreign Minister Okafor’s invitation to visit Nigeria at a time convenient to both sides. ' +
      'Secretary Quist invited Foreign Minister Okafor to continue the dialogue. ' +
      'Foreign Minister Okafor noted that the U.S.-Nigeria Trade Agreement will enter into force on January 1. ' +
      'The Secretary wished success to the West African Economic Summit (WAES) that Nigeria will host in October.';
    const found = commitments(text, '2024-12-18');
    expect(found).toEqual(['1 USA+NGA agree: hold the next round of the dialogue in Lagos (next year)', '1 USA invite: visit Nigeria (at a time convenient to both sides)']);
  });

  it('give a meeting "which is to be held" to the table, not an anniversary "which will be marked", nor "the aim is to"', () => {
    const text =
      'Secretary Quist held a telephone conversation with Foreign Minister Tunde Okafor of Nigeria. ' +
      'They discussed the next session of the Joint Commission on Trade, which is to be held in Lagos by the end of the year. ' +
      'They recalled the anniversary of relations, which will be marked next year. ' +
      'The aim is to strengthen trade.';
    expect(commitments(text, '2023-10-23')).toEqual(['1 USA+NGA future: be held in Lagos (by the end of the year)']);
  });

  it('find the subject after a short opening phrase for an intention after "and"', () => {
    const text =
      'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
      'At the outset, Secretary Quist stated that the United States and Nigeria are close partners, and expressed his intention to further deepen bilateral relations.';
    expect(commitments(text)).toEqual(['1 USA intend: further deepen bilateral relations']);
  });

  it('read an infinitive the tagger took for a noun, a new subject after a two-item ", and", and the sentence subject of an intention after "and"', () => {
    const text =
      'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
      'The two sides agreed to synergize the Lagos Corridor with the national plan. ' +
      'The two sides agreed to expand exchanges between think tanks and the media, and Nigeria will provide 100 scholarships to American students in 2026. ' +
      'The ministers noted the growing intensity of Nigerian-American contacts and confirmed their shared intention to continue building up cooperation.';
    const found = commitments(text);
    expect(found).toContain('1 USA+NGA agree: synergize the Lagos Corridor with the national plan');
    expect(found.filter((c) => c.startsWith('2 ')).map((c) => c.split(':')[0])).toEqual(['2 USA+NGA agree', '2 NGA future']);
    expect(found.filter((c) => c.startsWith('3 ')).map((c) => c.split(':')[0])).toEqual(['3 USA+NGA intend']);
  });

  it('keep a promise to remember and an invitation to take part out of the commitments', () => {
    const text =
      'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
      'Foreign Minister Okafor said that the Nigerian people will always remember the assistance the United States has provided. ' +
      'Secretary Quist invited Nigeria to take an active part in preparing the regional conference.';
    expect(commitments(text)).toEqual([]);
  });

  it('keep a promise of "positive consideration" out of the commitments', () => {
    const text = 'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. Okafor invited Secretary Quist to attend the summit, and the Secretary said that he would give the invitation positive consideration.';
    expect(commitments(text).filter((c) => c.includes('consideration'))).toEqual([]);
  });
});

describe('clauses that run past a horizon, an example list or a wish', () => {
  it('read an action around a horizon set off by commas, the next one after "such as", and a future after one’s own aim', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'The two sides agreed to restart, at an early date, dialogue mechanisms such as the Energy Dialogue, and to expand cooperation in climate change. ' +
          'The Nigerian side hopes to strengthen trade, and will continue to welcome American companies to invest in Nigeria.',
      ),
    ).toEqual([
      '1 USA+NGA agree: restart dialogue mechanisms (at an early date)',
      '1 USA+NGA agree: expand cooperation in climate change',
      '2 NGA future: continue to welcome American companies to invest in Nigeria',
    ]);
  });

  it('give the table a passive whose clause opens with a thing, and the agreement on working groups listed with commas', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'Foreign Minister Okafor conveyed an invitation from President Bello to visit Nigeria, which was gratefully accepted, and the dates of the visit will be agreed through diplomatic channels. ' +
          'The delegations agreed that the Dialogue’s working groups on growth, health and governance would meet before the next plenary session.',
      ),
    ).toEqual(['1 USA+NGA future: be agreed through diplomatic channels', '2 USA+NGA future: meet before the next plenary session (before the next plenary session)']);
  });

  it('give a future whose clause opens with a thing to the one who confirmed or announced it, and take a pledge to stand with a partner', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'The Secretary confirmed that the first shipments of American vaccines would arrive before the end of the year. ' +
          'Foreign Minister Okafor informed his counterpart that another consignment of cocoa would be delivered to Boston next month. ' +
          'The Secretary noted that the elections would be held in May. ' +
          'The United States will stand with Nigeria as it takes its seat on the Security Council.',
      ),
    ).toEqual(['1 USA future: arrive (before the end of the year)', '2 NGA future: be delivered to Boston (next month)', '4 USA future: stand with Nigeria']);
  });

  it('take a confirmed participation, but no looking forward to working together', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'Foreign Minister Okafor confirmed his participation in the ministerial conference later this year. ' +
          'The Secretary said he looked forward to working closely with him.',
      ),
    ).toEqual(['1 NGA commit: the ministerial conference [the ministerial conference] (later this year)']);
  });
});

describe('invitations accepted, events that take place, asides and aims', () => {
  it('give an accepted invitation to the invitee, a round that will take place to the table, and read past "as always"', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'Foreign Minister Okafor invited Secretary Quist to visit Lagos. The invitation was accepted with gratitude. ' +
          'The third round of negotiations will take place in Lagos in February. ' +
          'Nigeria will, as always, support Ghana in its reforms.',
      ),
    ).toEqual(['1 USA invite: visit Lagos [Secretary Quist]', '3 USA+NGA future: take place in Lagos in February (in February)', '4 NGA future: support Ghana in its reforms']);
  });

  it('read "aims to" of an actor, not of an effort', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. Foreign Minister Okafor stated that Nigeria aims to raise its investment in the United States. This effort aims to save lives.',
      ),
    ).toEqual(['1 NGA intend: raise its investment in the United States']);
  });
});

describe('agreements said of no one', () => {
  it('give "an agreement was reached to" to the table', () => {
    expect(commitments('Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. Foreign Minister Okafor thanked Nigeria’s partners. An agreement was reached to continue regular contacts between the foreign ministries.')).toEqual([
      '2 USA+NGA agree: continue regular contacts between the foreign ministries',
    ]);
  });
});

describe('a cue with nothing after it', () => {
  it('ends the text without a commitment or an error', () => {
    expect(commitments('Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. The two sides agreed to')).toEqual([]);
    expect(commitments('Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. The two sides will')).toEqual([]);
  });

  it('bind a passed-on invitation only once accepted, take the preparation of the sides’ own contacts, an actor’s misread verb and a subject before an aside, but no expectation, examination or welcome', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'Foreign Minister Okafor conveyed an invitation to Secretary Quist to visit Lagos, which was gratefully accepted. ' +
          'Foreign Minister Okafor conveyed an invitation to the Secretary to visit Kano. ' +
          'The ministers paid particular attention to preparations for upcoming contacts at the highest level. ' +
          'The Secretary said the United States would direct part of the new fund to Nigeria. ' +
          'Foreign Minister Okafor stated that Nigeria, as the next ECOWAS chair, would continue to work for regional peace. ' +
          'The Secretary expressed her expectation that Nigeria would further improve its business climate. ' +
          'The Secretary stated that the United States would examine the matter and would welcome such a visit. ' +
          'The ministers agreed on the value of the regional trade pact.',
      ),
    ).toEqual([
      '1 USA invite: visit Lagos [Secretary Quist]',
      '3 USA+NGA plan: upcoming contacts at the highest level [upcoming contacts at the highest level]',
      '4 USA future: direct part of the new fund to Nigeria',
      '5 NGA future: continue to work for regional peace',
    ]);
  });

  it('read the invitee after the inviter of a passed-on invitation, once accepted', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'Foreign Minister Okafor conveyed an invitation from President of the Federal Republic of Nigeria Bola Tinubu for Secretary Quist to visit Kano, which was accepted with gratitude. ' +
          'Foreign Minister Okafor conveyed an invitation from President Bello for the Secretary to visit Lagos.',
      ),
    ).toEqual(['1 USA invite: visit Kano [Secretary Quist]']);
  });

  it('take no side’s plan that another side disapproves of, and no prediction that a measure will end up hurting someone', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'Foreign Minister Okafor expressed serious concern over the United States’ plan to raise tariffs on Nigerian cocoa. ' +
          'Such tariffs will only slow trade and will end up hurting American consumers. ' +
          'The Secretary set out the United States’ plans to open a consulate in Lagos.',
      ),
    ).toEqual(['3 USA plan: open a consulate in Lagos']);
  });

  it('read past a noun phrase set off by commas to the thing the table agreed on, but not past a name set off after its title or a relative clause', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'The ministers agreed that work on the Lagos Port Programme, their joint project with Ghana, would move forward at pace. ' +
          'Foreign Minister Okafor told his counterpart that the Minister of Trade, Amina Bello, would visit Washington in May. ' +
          'The Secretary said that Special Envoy Dana Holt, who accompanied her, would return to Abuja in June.',
      ),
    ).toEqual(['1 USA+NGA future: move forward at pace', '2 NGA future: visit Washington in May (in May)', '3 USA future: return to Abuja in June (in June)']);
  });

  it('read a day to come put before the subject, the run-up to a conference and the coming period as horizons, but not the day of the meeting itself', () => {
    expect(
      commitments(
        'On March 12, Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'On March 14, the Secretary will be received by President Bello of Nigeria. ' +
          'The two sides agreed to stay in close contact in the run-up to COP29. ' +
          'The two sides will make good preparations for high-level exchanges in the coming period. ' +
          'On March 12, the Secretary will also meet civil society leaders.',
        '2024-03-12',
      ),
    ).toEqual([
      '1 USA+NGA future: be received by President Bello of Nigeria (2024-03-14)',
      '2 USA+NGA agree: stay in close contact in the run-up to COP29 (in the run-up to COP29)',
      '3 USA+NGA future: make good preparations for high-level exchanges (in the coming period)',
      '4 USA future: meet civil society leaders',
    ]);
  });

  it('give a meeting to come that one side announces to both, a matter a relative clause says will be discussed to the table, and no prediction of what a partnership will bring', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'The Secretary said: "We will meet again in Lagos next year." ' +
          'They did not decide on the use of the old embassy, which will be discussed further through diplomatic channels. ' +
          'Foreign Minister Okafor said the partnership will bring tangible benefits to both peoples.',
      ),
    ).toEqual(['1 USA+NGA future: meet again in Lagos (next year)', '2 USA+NGA future: be discussed further through diplomatic channels']);
  });

  it('read no horizon from a day already past or of another year, keep a plan announced after a concern about something else, and no meeting with a third party as both sides’', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'On March 11, the Secretary will be received by President Bello of Nigeria. ' +
          'On March 14, 2023, the ministers agreed that Nigeria will supply cocoa. ' +
          'The Secretary raised concerns about piracy and announced the United States’ plans to open a consulate in Lagos. ' +
          'The Secretary said President Biden will meet again with President Zelensky next month.',
        '2024-03-12',
      ),
    ).toEqual([
      '1 USA+NGA future: be received by President Bello of Nigeria',
      '2 NGA future: supply cocoa',
      '3 USA plan: open a consulate in Lagos',
      '4 USA future: meet again with President Zelensky (next month)',
    ]);
  });

  it('give a reception in the passive to the one received and the one named after "by"', () => {
    expect(commitments('Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. On June 5, the Secretary will be received by President Bello of Nigeria.')).toEqual([
      '1 USA+NGA future: be received by President Bello of Nigeria (2024-06-05)',
    ]);
  });

  it('give what the table agreed that one named side would do to that side, and keep the table’s own plans', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'It was agreed that Foreign Minister Okafor would pay a return visit to Washington at a mutually convenient time. ' +
          'It was agreed that the working groups would meet in March.',
      ),
    ).toEqual(['1 NGA future: pay a return visit to Washington (at a mutually convenient time)', '2 USA+NGA future: meet in March (in March)']);
  });

  it('read a promise past an aside, a conditional, "do" before its object, and a prospect with a horizon', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'The Secretary explained that the United States, holding the chair of the forum, would host its ministerial in May. ' +
          'Foreign Minister Okafor stated that, toward the goal of a "safe Gulf of Guinea (SGG)", Nigeria would expand its coast guard patrols. ' +
          'Foreign Minister Okafor responded that Nigeria would do its utmost. ' +
          'The Secretary made clear that if any armed group moves further into Nigeria, the United States, together with its partners, will respond swiftly. ' +
          'As chair at the UN Security Council, the United States will continue to champion the mission, he said. ' +
          'The Secretary looks forward to continuing these discussions in Lagos later this month.',
      ),
    ).toEqual([
      '1 USA future: host its ministerial in May (in May)',
      '2 NGA future: expand its coast guard patrols',
      '3 NGA future: do its utmost',
      '4 USA future: respond swiftly',
      '5 USA future: continue to champion the mission',
      '6 USA intend: continuing these discussions in Lagos (later this month)',
    ]);
  });

  it('take no promise from people who hold no office, nor from a purpose, and read a political agreement', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
          'Nigerian farmers will benefit from the new market access. ' +
          'The Secretary thanked Nigeria for the new consulate, which is also intended to protect American travelers. ' +
          'The Foreign Minister said that Nigeria had not joined the embargo and intended to expand trade with the United States. ' +
          'The two sides reached political agreement on the main elements of a transit treaty.',
      ),
    ).toEqual(['3 NGA intend: expand trade with the United States', '4 USA+NGA agree: the main elements of a transit treaty [the main elements of a transit treaty]']);
  });

  it('read the Islamic Emirate as Afghanistan when it refuses an act', () => {
    expect(
      commitments(
        'Secretary Quist met Foreign Minister Amir Khan Muttaqi of Afghanistan in Doha. ' +
          'Muttaqi assured the Secretary that the Islamic Emirate will not allow anyone to use the territory of Afghanistan against other states.',
        '2025-10-07',
      ),
    ).toEqual(['1 AFG refrain: not allow anyone to use the territory of Afghanistan against other states']);
  });

  it('read a verb the tagger took for an adverb, a promise to stay aligned, one in principle, and the teller’s "he"; no belief about others', () => {
    expect(
      commitments(
        'President Joe Biden welcomed Prime Minister Tom Hardy of Fiji to the White House. ' +
          'The President informed the Prime Minister that he will ask Congress to fund the new port. ' +
          'Prime Minister Hardy said that Fiji would back Samoa’s bid and would remain fully aligned with the Pacific Islands Forum. ' +
          'The leaders also committed in principle to a data bridge. ' +
          'The President said that he believes that the elections will proceed smoothly.',
        '2023-06-08',
      ),
    ).toEqual(['1 USA future: ask Congress to fund the new port', '2 FJI future: back Samoa’s bid', '2 FJI future: remain fully aligned with the Pacific Islands Forum', '3 USA+FJI commit: a data bridge [a data bridge]']);
  });

  it('read an occasion looked forward to with a horizon as a plan', () => {
    expect(commitments('Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. The Secretary said he looked forward to the first U.S.-Nigeria summit next year.', '2024-11-07')).toEqual([
      '1 USA intend: the first U.S.-Nigeria summit [the first U.S.-Nigeria summit] (next year)',
    ]);
  });

  it('read a step the actor is due to take, and a horizon far along a prospect’s clause; no thing that is due to happen', () => {
    const found = commitments(
      'Secretary Quist met Foreign Minister Okafor of Nigeria in Abuja. ' +
        'This afternoon the Secretary is due to meet President Bola Adeyemi. ' +
        'The Secretary said he looked forward to continuing the conversation with the Foreign Minister and a wider group of leaders at the UN General Assembly in New York next week. ' +
        'The old treaty is due to expire next year.',
      '2024-09-13',
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toBe('1 USA plan: meet President Bola Adeyemi (2024-09-13)');
    expect(found[1]).toMatch(/^2 USA intend: continuing the conversation with the Foreign Minister .* \(next week\)$/);
  });
});

describe('batches 39 and 40', () => {
  it('read a commitment "of" an actor, a meeting looked forward to with a possessive and a horizon, a future after a phrase opened by a preposition, and "she" past an aside of the one met', () => {
    expect(commitments('The Vice President underscored the commitment of the United States to address the root causes of irregular migration.')).toEqual([
      '0 USA commit: address the root causes of irregular migration',
    ]);
    expect(commitments('The commitment of the Secretary to human rights was noted.')).toEqual([]);
    expect(commitments('The Secretary said he looked forward to his meeting with President Amadou Diallo later today.', '2023-01-30').map((c) => c.replace(/:.*\(/, ' ('))).toEqual(['0 USA intend (2023-01-30)']);
    expect(commitments('Secretary Quist met Foreign Minister Tunde Okafor of Nigeria. Minister Okafor stated that during its chairmanship Nigeria would focus on regional trade.')).toEqual([
      '1 NGA future: focus on regional trade',
    ]);
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body: 'Minister for Africa Jane Holt visited Suva and met Prime Minister Sitiveni Rabuka. With the Prime Minister, who also holds the foreign affairs portfolio, the Minister discussed the climate crisis. She confirmed that the UK would provide new funding for adaptation.',
        publisher: 'Foreign, Commonwealth & Development Office',
      },
      { date: '2023-08-10' },
    );
    expect(doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}`)).toEqual(['2 GBR']);
  });

  it('read an agreeing verb past an aside, a team of one side\'s officials, a commitment\'s act after a second "to", and days, weeks and budget years as horizons', () => {
    const text =
      'Foreign Minister Tunde Okafor of Nigeria and UK Minister for Development Jane Hart spoke by phone. ' +
      'They also agreed, with each side treating the other as an equal, to restore contacts between the two navies. ' +
      'The Minister said that a team of UK humanitarian advisers would arrive in Abuja this weekend. ' +
      'The Minister reaffirmed the UK\'s commitment to a free and open Indo-Pacific and to deepening its partnership with Nigeria. ' +
      'Minister Hart set out plans to host a conference on the Sahel in London on 15 April. ' +
      'The Minister said the UK would provide £2 million for water projects over the next 12 months. ' +
      'The UK will continue to fund the programme this financial year. ' +
      'The two ministers agreed to remain in close contact ahead of the conference.';
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: text, publisher: 'Foreign, Commonwealth & Development Office' }, { date: '2025-03-11' });
    const found = doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}: ${c.action}${c.due ? ` (${c.due})` : ''}`);
    expect(found).toContain('1 GBR+NGA: restore contacts between the two navies');
    expect(found).toContain('2 GBR: arrive in Abuja (this weekend)');
    expect(found).toContain('3 GBR: deepening its partnership with Nigeria');
    expect(found).toContain('4 GBR: host a conference on the Sahel in London on 15 April (2025-04-15)');
    expect(found.find((c) => c.startsWith('5 '))).toMatch(/\(over the next 12 months\)$/);
    expect(found.find((c) => c.startsWith('6 '))).toMatch(/\(this financial year\)$/);
    expect(found).toContain('7 GBR+NGA: remain in close contact (ahead of the conference)');
  });

  it('take no act after a second "to" of advice to others', () => {
    expect(commitments('The Secretary met the Chairperson of the African Union Commission. The Secretary urged the parties to agree to an immediate cessation of hostilities and to allow humanitarian access.')).toEqual([]);
  });

  it('bind both sides by a thing "between" them and by "their" officials after the two sides, and none by a hope', () => {
    const text =
      'Wang Yi held talks with Secretary of State Antony J. Blinken in Beijing. ' +
      'An intergovernmental dialogue on artificial intelligence between China and the United States will meet for the first time. ' +
      'The two sides will go on comparing notes, and their special envoys will talk more often. ' +
      'Wang Yi said he was hopeful the talks would produce a pledge by both sides to avoid the use of force.';
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: text, publisher: "Ministry of Foreign Affairs of the People's Republic of China" }, { date: '2024-04-26' });
    expect(doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}: ${c.action}`)).toEqual(['1 CHN+USA: meet for the first time', '2 CHN+USA: go on comparing notes', '2 CHN+USA: talk more often']);
  });

  it('give plans told in a briefing to the one who briefs: the other side\'s are no promise, the publisher\'s are', () => {
    expect(commitments('The Secretary met Foreign Minister Ana Silva of Portugal. Foreign Minister Silva briefed the U.S. delegation on plans to expand solar generation.')).toEqual([]);
    expect(commitments('The Secretary met Foreign Minister Ana Silva of Portugal. The Secretary briefed Foreign Minister Silva on plans to expand the embassy in Lisbon.')).toEqual(['1 USA plan: expand the embassy in Lisbon']);
  });

  it('keep the narrowed rules narrow: no aside of a noun, no second "to" of a commitment urged on another, no plans someone was warned about', () => {
    expect(commitments('The Secretary met Foreign Minister Ana Silva of Portugal. The Secretary noted the plans, announced by Russia last week, to annex further territory.')).toEqual([]);
    expect(commitments('The Secretary met Foreign Minister Ana Silva of Portugal. The Secretary warned the Minister about plans to deploy troops to the border.')).toEqual([]);
    const doc = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'Wang Yi met Secretary Blinken. Wang Yi said the United States should honor its commitment to the one-China principle and to stop arming Taiwan.', publisher: "Ministry of Foreign Affairs of the People's Republic of China" },
      { date: '2024-03-12' },
    );
    expect(doc.commitments).toEqual([]);
  });

  it('read MOFA\'s "shared the view to" as an agreement', () => {
    const doc = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, held a meeting with H.E. Mr. Tunde OKAFOR, Minister of Foreign Affairs of Nigeria. The two ministers shared the view to further promote security cooperation, including in the maritime domain.', publisher: 'Ministry of Foreign Affairs of Japan' },
      { date: '2024-07-26' },
    );
    expect(doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}: ${c.action}`)).toEqual(['1 JPN+NGA: further promote security cooperation']);
  });

  it('read spans counted from now without "the next", and a year gone through', () => {
    const doc = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'The Minister for Asia held a video call with Foreign Minister Batmunkh. The UK will provide £3 million over two years for clean energy. The UK will fund English teaching throughout 2023.', publisher: 'Foreign, Commonwealth & Development Office' },
      { date: '2023-01-23' },
    );
    expect(doc.commitments.map((c) => c.due)).toEqual(['over two years', 'throughout 2023']);
  });

  it('read a summit looked forward to whose relative clause says when, the Treasury as the publisher\'s, and the co-chairs as both sides', () => {
    const uk = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'The Prime Minister met the Taoiseach in Budapest. They looked forward to the first annual UK-Ireland summit, which will take place in the UK early next year.', publisher: "Prime Minister's Office, 10 Downing Street" },
      { date: '2024-11-07' },
    );
    expect(uk.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}${c.due ? ` (${c.due})` : ''}`)).toEqual(['1 GBR+IRL (early next year)']);
    expect(
      commitments('Secretary Blinken met Prime Minister Sudani of Iraq. The Secretary noted that the Department of the Treasury would continue to provide technical assistance to the Central Bank of Iraq. The co-chairs agreed that the working groups would meet again before the end of the year.', '2024-04-15'),
    ).toEqual(['1 USA future: continue to provide technical assistance to the Central Bank of Iraq', '2 USA+IRQ future: meet again (before the end of the year)']);
  });

  it('bind a body named by its owner, a verb the tagger read as an adjective, "the Minister and Adviser X", and horizons "from early 2024" or ahead of the polls', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body:
          "The Minister for Asia met Bangladesh's Adviser for Foreign Affairs, Karim Rahman, in Dhaka. " +
          "The Minister said that the FCDO's Diplomatic Academy would open places on its courses to Bangladeshi diplomats from early 2024. " +
          'The Minister confirmed that the UK would fund technical support to the Election Commission ahead of the polls. ' +
          'The Minister and Adviser Rahman agreed that officials would hold the next strategic dialogue in London before the end of the year.',
        publisher: 'Foreign, Commonwealth & Development Office',
      },
      { date: '2023-11-10' },
    );
    expect(doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}${c.due ? ` (${c.due})` : ''}`)).toEqual(['1 GBR (from early 2024)', '2 GBR (ahead of the polls)', '3 GBR+BGD (before the end of the year)']);
  });

  it('take no horizon from the next clause\'s subject, nor from the date of something done', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body:
          'The Minister for Asia met Foreign Minister Karim Rahman of Bangladesh in London. ' +
          'The two ministers agreed to meet again, and the Foreign Minister said he hoped to visit Edinburgh in 2024. ' +
          'Both sides will implement the trade agreement reached in July.',
        publisher: 'Foreign, Commonwealth & Development Office',
      },
      { date: '2023-11-10' },
    );
    expect(doc.commitments.map((c) => `${c.sentence} ${c.due ?? 'none'}`)).toEqual(['1 none', '2 none']);
  });

  it('take the subject of a second future after a condition that opens the sentence from the main clause', () => {
    const doc = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'Wang Yi met U.S. Secretary of State Tom Quist in Munich. Should the U.S. side persist in hyping the matter, China will not back down and will respond firmly, he stressed.', publisher: "Ministry of Foreign Affairs of the People's Republic of China" },
      { date: '2023-02-18' },
    );
    expect(doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}`)).toEqual(['1 CHN']);
  });

  it('read a month in an aside after "that", and "over the coming year"', () => {
    const jp = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Karl VELLA, Minister for Foreign Affairs of Malta. Minister Hayashi stated that, toward the G7 Summit in May, Japan would lead efforts to uphold the international order.', publisher: 'Ministry of Foreign Affairs of Japan' },
      { date: '2023-01-12' },
    );
    expect(jp.commitments.map((c) => c.due)).toEqual(['in May']);
    const uk = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'Lord Collins held a video call with Foreign Minister Awa Ndiaye of Senegal. Lord Collins confirmed that the UK would provide technical expertise on debt transparency over the coming year.', publisher: 'Foreign, Commonwealth & Development Office' },
      { date: '2024-11-28' },
    );
    expect(uk.commitments.map((c) => c.due)).toEqual(['over the coming year']);
  });

  it('read a visit looked forward to in a month, the speaker\'s own government, and no promise of what a state will not become', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body:
          "The Minister for Asia met Sri Lanka's Minister of Foreign Affairs, Ravi Perera, in Colombo today. " +
          "Minister Perera said the government would take reconciliation forward through domestic processes and would not allow a return to the abuses of the past, but reiterated Sri Lanka's rejection of the mechanism established by the UN Human Rights Council. " +
          'Minister Perera stressed that Sri Lanka would not become a land of transit for irregular migration. ' +
          'The Minister said she looks forward to her visit to Jaffna in September.',
        publisher: 'Foreign, Commonwealth & Development Office',
      },
      { date: '2025-02-13' },
    );
    expect(doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')} ${c.cue}${c.due ? ` (${c.due})` : ''}`)).toEqual(['1 LKA future', '1 LKA refrain', '3 GBR intend (in September)']);
  });

  it('read a future reported by "saying", and no promise in what would carry consequences', () => {
    expect(
      commitments(
        'Secretary Blinken met Director Wang Yi in Jakarta. Secretary Blinken raised the hacking of government email accounts, saying the United States would respond to any such activity. He reiterated that any provision of lethal aid to Russia would carry consequences. The two sides will carry out joint research.',
        '2023-07-13',
      ),
    ).toEqual(['1 USA future: respond to any such activity', '3 USA+CHN future: carry out joint research']);
  });

  it('read "Both agreed" as both sides, and an impersonal agreement whose subject holds a hyphenated participle', () => {
    expect(commitments('Secretary Quist met Foreign Minister Ana Silva of Portugal. Both agreed to stay in close contact.')).toEqual(['1 USA+PRT agree: stay in close contact']);
    const ru = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body: 'Sergey Lavrov held talks with Minister of Foreign Affairs of Cabo Verde Rui Soares in Sochi. It was agreed that the number of state-funded scholarships for Cabo Verdean students would be increased from the 2025/2026 academic year.',
        publisher: 'Ministry of Foreign Affairs of the Russian Federation',
      },
      { date: '2024-11-09' },
    );
    expect(ru.commitments.map((c) => `${c.sentence} ${c.parties.join('+')} (${c.due})`)).toEqual(['1 RUS+CPV (from the 2025/2026 academic year)']);
  });

  it('read "at the end of this month" as a horizon', () => {
    const doc = pipeline.run(
      { id: null, origin: 't', format: 'text', body: "The Chargé d'Affaires met Acting Foreign Minister Amir Khan Muttaqi in Kabul. The Chargé d'Affaires confirmed that the UK would take part in the meeting at the end of this month.", publisher: 'Foreign, Commonwealth & Development Office' },
      { date: '2024-06-12' },
    );
    expect(doc.commitments.map((c) => c.due)).toEqual(['at the end of this month']);
  });

  it('keep this batch of rules narrow: a passive future keeps its month, a list keeps its horizon, a baseline or an earlier date is none, an outcome looked forward to or a policy of a state promises nothing, an owned "authorities" keeps its owner, and carrying on or becoming a party is an act', () => {
    const us = (body: string) => commitments(`Secretary Quist met Foreign Minister Ana Silva of Portugal. ${body}`);
    expect(us('The two ministers confirmed that the new consulate would be established in 2025.')).toEqual(['1 USA+PRT future: be established in 2025 (in 2025)']);
    expect(us('They agreed to expand cooperation on health, climate, and the digital economy by 2025.')[0]).toMatch(/\(by 2025\)$/);
    expect(us('The two ministers agreed to resume direct flights, suspended from March 2020.')).toEqual(['1 USA+PRT agree: resume direct flights']);
    expect(us('She looks forward to the peaceful conduct of the general elections in July.')).toEqual([]);
    expect(us('He stated that, following the earthquake in January, the United States would provide additional assistance.')).toEqual(['1 USA future: provide additional assistance']);
    expect(us("The Secretary said that China's Global Security Initiative would undermine the sovereignty of its neighbors.")).toEqual([]);
    expect(us('The Secretary said the United States would become a party to the agreement by the end of the year.')).toEqual(['1 USA future: become a party to the agreement (by the end of the year)']);
    expect(us('The Secretary said the United States would carry on supporting Portugal.')).toEqual(['1 USA future: carry on supporting Portugal']);
    const uk = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'The Foreign Secretary met Foreign Minister Wang Yi. The Foreign Secretary raised the case of Jimmy Lai and said the authorities would release him soon.', publisher: 'Foreign, Commonwealth & Development Office' },
      { date: '2024-03-12' },
    );
    expect(uk.commitments.map((c) => c.parties.join('+'))).toEqual(['CHN']);
  });

  it('read a framework\'s content after "under which" as no promise, a date after an occasion cut off by the action as the horizon, a request looked into as a hedge, and a meeting named with its short name in brackets as both sides\'', () => {
    const us = (body: string) => commitments(`Secretary Quist spoke with Foreign Minister Ana Silva of Portugal. ${body}`, '2025-09-19');
    expect(us('Secretary Quist welcomed the approval of the framework on the app, under which the app will keep serving its American users.')).toEqual([]);
    expect(us('Secretary Quist and Foreign Minister Silva agreed to meet in person on the margins of the Asia-Pacific Economic Cooperation summit in the Republic of Korea at the end of October.')).toEqual([
      '1 USA+PRT agree: meet in person on the margins of the Asia-Pacific Economic Cooperation summit (at the end of October)',
    ]);
    expect(us('They agreed to hold the next round at the beginning of 2026.')).toEqual(['1 USA+PRT agree: hold the next round at the beginning of 2026 (at the beginning of 2026)']);
    expect(us('Foreign Minister Silva said that the Portuguese side would look into the request.')).toEqual([]);
    expect(us('The two ministers confirmed that the next plenary meeting of the Comprehensive Strategic Partnership Initiative (CSPI) will be held in Lisbon in the autumn.')).toEqual(['1 USA+PRT future: be held in Lisbon (in the autumn)']);
  });

  it('read a question put at the table as no promise, the other side\'s preparations it informs of as its own business, and a state an agreed clause names as the one who commits', () => {
    const us = (body: string) => commitments(`Secretary Quist spoke with Foreign Minister Ana Silva of Portugal. ${body}`, '2025-05-19');
    expect(us('He asked how Portugal intends to fulfil these commitments.')).toEqual([]);
    expect(us('Foreign Minister Silva informed her counterpart of preparations for the next meeting of the advisers in Berlin.')).toEqual([]);
    expect(us('The two ministers agreed that Portugal and Spain will immediately begin negotiations toward a ceasefire.')).toEqual(['1 PRT future: begin negotiations toward a ceasefire']);
    expect(us('The two ministers agreed that their officials would meet in Lisbon.')).toEqual(['1 USA+PRT future: meet in Lisbon']);
    expect(us('She confirmed that Portugal would continue to benefit from the program.')).toEqual(['1 USA future: continue to benefit from the program']);
  });

  it('read "we agreed" in a minister\'s words after a meeting as both sides\' with no horizon from "today", and an expectation well before its subject as a wish', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body: 'The Foreign Secretary met Foreign Minister Ana Silva of Portugal in London today.\n\nThe Foreign Secretary said:\n\n"Portugal is an important partner for the UK, and today we agreed to deepen our cooperation on trade."',
        publisher: 'Foreign, Commonwealth & Development Office',
      },
      { date: '2023-07-19' },
    );
    expect(doc.commitments.map((c) => `${c.parties.join('+')} ${c.due}`)).toEqual(['GBR+PRT null']);
    expect(commitments('Secretary Quist met Foreign Minister Ana Silva of Portugal. She expressed her expectation that the partnership between Alpha Steel and Beta Steel will help revitalize manufacturing.')).toEqual([]);
  });

  it('read leaders who ask their advisers to act as both sides, a subject with a bracketed short name in quotes, and "they" after "and" as the sentence\'s opening subject', () => {
    const wh = (body: string) => {
      const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: `President Quist met Prime Minister Ana Silva of Portugal in Lisbon. ${body}`, publisher: 'The White House' }, { date: '2023-04-12' });
      return doc.commitments.map((c) => `${c.parties.join('+')} ${c.cue}: ${c.action}`);
    };
    expect(wh('The two leaders asked their advisers to look into when a visit might take place.')).toEqual(['USA+PRT agree: look into when a visit might take place']);
    expect(wh('The two leaders confirmed that the next Foreign and Defence Ministerial Consultations ("2+2") will be held in Lisbon in September.')).toEqual(['USA+PRT future: be held in Lisbon in September']);
    expect(wh('The two leaders paid tribute to the generation of leaders who made peace possible, and they pledged that their two countries would continue to stand behind the Agreement.')[0]).toMatch(/^USA\+PRT pledge/);
  });

  it('keep what the read of this session\'s rules showed they had taken: a horizon before an agreement, an occasion before a past date, looking for ways, a "we" with others, the state that only receives, a wish inside a phrase, a relative clause closed by commas', () => {
    const us = (body: string) => commitments(`Secretary Quist met Foreign Minister Ana Silva of Portugal. ${body}`, '2025-05-20');
    expect(us('By the end of this year, the two ministers agreed to conclude the negotiations.')).toEqual(['1 USA+PRT agree: conclude the negotiations (By the end of this year)']);
    expect(us('The two ministers agreed to meet on the margins of the G7 Summit, as they did at the start of 2024.')).toEqual(['1 USA+PRT agree: meet on the margins of the G7 Summit (on the margins of the G7 Summit)']);
    expect(us('The Secretary said the United States would look for new ways to expand energy cooperation with Portugal.')).toEqual(['1 USA future: look for new ways to expand energy cooperation with Portugal']);
    expect(us('The two ministers agreed that Portugal will receive an additional $10 million in security assistance.')).toEqual(['1 USA+PRT future: receive an additional $10 million in security assistance']);
    expect(us('The Secretary said that in keeping with the expectations of the two peoples the United States will continue to expand exchanges.')).toEqual(['1 USA future: continue to expand exchanges']);
    expect(us('The Secretary said that the United States, for which the rule of law at sea is of fundamental importance, will continue to cooperate closely with Portugal.')).toEqual(['1 USA future: continue to cooperate closely with Portugal']);
    const uk = (quote: string) =>
      pipeline
        .run({ id: null, origin: 't', format: 'text', body: `The Prime Minister met Prime Minister Ana Silva of Portugal in Downing Street today.\n\nThe Prime Minister said:\n\n"${quote}"`, publisher: "Prime Minister's Office, 10 Downing Street" }, { date: '2025-06-25' })
        .commitments.map((c) => c.parties.join('+'));
    expect(uk('Last year, with our European partners, we agreed to phase out coal power.')).toEqual(['GBR']);
    expect(uk('NATO allies took a historic step, and we agreed to spend 5% of GDP on defence.')).toEqual(['GBR']);
  });

  it('read "both" opening a clause after ", and" as both sides, and a meeting "of Russia and China" agreed on as the table\'s', () => {
    const uk = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'The Minister met Foreign Minister Ana Silva of Portugal in Kigali. The Minister welcomed the work of Portugal as a champion for small states, and both agreed to work closely together ahead of the COP27 conference.', publisher: 'Foreign, Commonwealth & Development Office' },
      { date: '2022-06-23' },
    );
    expect(uk.commitments.map((c) => c.parties.join('+'))).toEqual(['GBR+PRT']);
    const ru = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'Prime Minister Mikhail Mishustin held talks with Premier Li Qiang in Beijing. It was agreed that the 28th regular meeting of the heads of government of Russia and China would take place before the end of 2023.', publisher: 'Ministry of Foreign Affairs of the Russian Federation' },
      { date: '2023-05-24' },
    );
    expect(ru.commitments.map((c) => c.parties.join('+'))).toEqual(['RUS+CHN']);
  });

  it('keep what a second read of the rules showed: a directive of others, a state that hosts visitors, a "we" with the one met, the day an agreement was made, a date after a comma, what one looks for from others, and a "which he" that is the owner\'s', () => {
    const us = (body: string) => commitments(`Secretary Quist met Foreign Minister Ana Silva of Portugal. ${body}`, '2025-05-20');
    expect(us('The Secretary noted that the Gulf states had asked their officials to review the proposal.')).toEqual([]);
    expect(us('The two ministers agreed that Portugal will receive a U.S. trade delegation in Lisbon in March.')).toEqual(['1 PRT future: receive a U.S. trade delegation in Lisbon in March (in March)']);
    expect(us('This week, the two ministers agreed to establish a working group on energy.')).toEqual(['1 USA+PRT agree: establish a working group on energy']);
    expect(us('Within this year, the two ministers agreed to hold a new round of the dialogue.')).toEqual(['1 USA+PRT agree: hold a new round of the dialogue (this year)']);
    expect(us('The two ministers agreed to meet again on the margins of the UN General Assembly, in September.')).toEqual(['1 USA+PRT agree: meet again on the margins of the UN General Assembly (in September)']);
    expect(us('Foreign Minister Silva said Portugal would look for concrete actions from the other side.')).toEqual([]);
    expect(us('Secretary Quist congratulated Foreign Minister Silva on the new budget plan, which she pledged to submit to parliament by June.').map((c) => c.split(' ')[1])).toEqual(['PRT']);
    const uk = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'The Prime Minister met Prime Minister Ana Silva of Portugal in Downing Street today.\n\nThe Prime Minister said:\n\n"Today we agreed to step up our support for Ukraine."', publisher: "Prime Minister's Office, 10 Downing Street" },
      { date: '2025-06-25' },
    );
    expect(uk.commitments.map((c) => c.parties.join('+'))).toEqual(['GBR+PRT']);
  });
});

describe('refusals, determination and hedges', () => {
  it('keep "their countries will never recognize" and "determined to safeguard"; drop a refused state, an intention to consider, and "would be prepared to"', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body:
          'President Biden met Prime Minister Jane Holloway of the United Kingdom in New York. ' +
          'They made clear that their countries will never recognize any attempt by Russia to annex Ukrainian territory. ' +
          'The leaders said they were determined to safeguard the peace in Northern Ireland. ' +
          'The President said that America’s growth will not be held back by outside pressure. ' +
          'Prime Minister Holloway expressed her intention to consider attending the summit. ' +
          'The President said he would be prepared to speak with the Prime Minister again should circumstances require.',
        publisher: 'The White House',
      },
      { date: '2022-09-21' },
    );
    expect(doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}`)).toEqual(['1 USA+GBR', '2 USA+GBR']);
  });
});

describe('seasons as horizons', () => {
  it('read "by the autumn", "before winter" and "for as long as they are needed" as horizons', () => {
    const found = commitments(
      'The Secretary met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
        'They agreed that their officials would work up a plan by the autumn. ' +
        'The Secretary said U.S. advisers would stay in Abuja for as long as they are needed. ' +
        'The two sides will hold the next round of talks before winter.',
      '2024-07-18',
    );
    expect(found.map((c) => c.replace(/^(\d) .*\((.*)\)$/, '$1 $2'))).toEqual(['1 by the autumn', '2 for as long as they are needed', '3 before winter']);
  });
});

describe('the Kremlin’s transcripts and acts after "will"', () => {
  it('read "we" in the Russian President’s own words as Russia, a forecast after "I am sure that" as none, and "bring forward legislation" and a national agency’s help as acts', () => {
    const kremlin = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body:
          'Vladimir Putin met with President of the Republic of Ghana Kofi Mensah in Moscow.\n\n' +
          'President of Russia Vladimir Putin: Mr President, I am glad to see you. I am sure that we will double our trade this year. We will keep increasing our deliveries of wheat to the Ghanaian market. Let me also say that we look forward to welcoming you in Moscow again.',
        publisher: 'President of Russia',
      },
      { date: '2023-05-10' },
    );
    expect(kremlin.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}`)).toEqual(['3 RUS', '4 RUS']);
    const no10 = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body:
          'The Prime Minister spoke to President Tommy Remengesau of Palau. The Prime Minister confirmed that the UK would bring forward legislation to ratify the treaty. ' +
          'He said the National Cyber Security Centre would share its expertise with Palau’s officials.',
        publisher: "Prime Minister's Office, 10 Downing Street",
      },
      { date: '2025-02-18' },
    );
    expect(no10.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}`)).toEqual(['1 GBR', '2 GBR']);
  });
});

describe('a day that names a thing', () => {
  it('take no horizon from "today’s discussions", and read "before the end of the summer"', () => {
    const found = commitments(
      'Secretary Quist met Foreign Minister Wang Yi in Bali. ' +
        'They agreed that their teams would follow up on today’s discussions and stay in close contact in the weeks ahead. ' +
        'The Secretary said the United States will fund a training course in Bali before the end of the summer.',
      '2022-07-09',
    );
    expect(found.map((c) => c.replace(/^(\d) .*\((.*)\)$/, '$1 $2'))).toEqual(['1 in the weeks ahead', '2 before the end of the summer']);
  });
});

describe('senior advisers and named meetings', () => {
  it('read leaders who asked their senior advisors to act, past "the issues raised today", and a named ministers’ meeting confirmed for later', () => {
    const wh = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'President Biden spoke with President Xi Jinping by video. Both leaders asked their senior advisors to keep working through the issues raised today over the weeks ahead.', publisher: 'The White House' },
      { date: '2022-03-18' },
    );
    expect(wh.commitments.map((c) => `${c.sentence} ${c.parties.join('+')} ${c.due}`)).toEqual(['1 USA+CHN over the weeks ahead']);
    const mofa = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body: 'Prime Minister Ishiba held a telephone talk with Prime Minister Lawrence Wong of Singapore. The two leaders also confirmed that a Japan-Singapore Foreign Ministers’ Meeting would be held in Tokyo in the second half of this year.',
        publisher: 'Ministry of Foreign Affairs of Japan',
      },
      { date: '2025-05-08' },
    );
    expect(mofa.commitments.map((c) => `${c.sentence} ${c.parties.join('+')} ${c.due}`)).toEqual(['1 JPN+SGP in the second half of this year']);
  });
});

describe('"we have agreed" and judged futures', () => {
  it('read "Today we have agreed to" in the host’s words as both sides’, and "will be measured by" as no promise', () => {
    const fcdo = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body: 'The Foreign Secretary hosted the Foreign Minister of Kuwait, Sheikh Ali Al-Sabah, in London today. Speaking after the dialogue, the Foreign Secretary said: "Today we have agreed to step up our cooperation on security."',
        publisher: 'Foreign, Commonwealth & Development Office',
      },
      { date: '2024-10-29' },
    );
    expect(fcdo.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}`)).toEqual(['1 GBR+KWT']);
    expect(commitments('Secretary Quist spoke with Foreign Minister Ivan Petrov of Russia. Secretary Quist stressed that the engagements ahead will be measured by whether they bring peace closer.', '2025-10-20')).toEqual([]);
  });
});

describe('officials of no state, a speaker’s department, a horizon after a frequency', () => {
  it('give both sides "Officials will ..." and "Working-level officials will ...", the speaker "the Department would ...", and the due after "every year"', () => {
    const dod = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body:
          'Secretary of Defense Ann Quist met Colonel General Ivan Petrov, Minister of Defence of Kazakhstan, in Astana. ' +
          'The two agreed to establish a staff-level channel. ' +
          'Working-level officials will meet in the coming weeks to settle the details. ' +
          'Officials will begin drafting the annual plan over the summer. ' +
          'Kazakh officials will visit Tampa next month. ' +
          'Secretary Quist said the Department would keep expanding training places for Kazakh officers, and would provide $5 million every year for as long as it takes. ' +
          'Minister Petrov said the Ministry would send a team to the exercise next year.',
        publisher: 'U.S. Department of Defense',
      },
      { date: '2025-03-04' },
    );
    expect(dod.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}${c.due ? ` (${c.due})` : ''}`)).toEqual([
      '1 USA+KAZ',
      '2 USA+KAZ (in the coming weeks)',
      '3 USA+KAZ (over the summer)',
      '4 KAZ (next month)',
      '5 USA',
      '5 USA (for as long as it takes)',
      '6 KAZ (next year)',
    ]);
  });
});
