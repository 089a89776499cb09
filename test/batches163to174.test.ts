import { describe, expect, it } from 'vitest';
import { promises, read, seats } from './readText.js';

// Invented sentences in the shapes held-out batches 163–174 showed the coder misreading; no real text.

describe('meetings and participants', () => {
  it('keep the people, place and date of an understanding "reached by" others out of the meeting', () => {
    const doc = read(
      'Building on the understanding reached by Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov in Riyadh on February 18, American and Russian delegations met today in Istanbul to discuss the work of their embassies. Ambassador Alexander Darchiev, Director of the North Atlantic Department of the Russian Foreign Ministry, headed the Russian delegation.',
      'U.S. Department of State',
      '2025-02-27',
    );
    expect(doc.meeting?.location?.name).toBe('Istanbul');
    expect(doc.meeting?.start).toBe('2025-02-27');
    expect(seats(doc)).toEqual(expect.arrayContaining(['mentioned: Marco Rubio USA', 'mentioned: Sergey Lavrov RUS', 'counterpart: Alexander Darchiev RUS']));
    const signed = read('Building on the plan signed by the two ministers today in Istanbul, the delegations met to review it.', 'U.S. Department of State', '2025-02-27');
    expect(signed.meeting?.location?.name).toBe('Istanbul');
  });

  it('seat one "at the head of" a side and one "also joining the meeting"', () => {
    const istanbul = read(
      'On 27 February, Russian-US consultations on the work of the embassies took place in Istanbul.\n\nDirector of the North Atlantic Department of the Russian Foreign Ministry Alexander Darchiev headed the Russian delegation. Deputy Assistant Secretary of State Sonata Coulter was at the head of the American one.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2025-02-27',
      'Russian-US consultations in Istanbul',
    );
    expect(seats(istanbul)).toContain('counterpart: Sonata Coulter USA');
    const praia = read(
      'Chief Executive Officer Alice Albright met today with Prime Minister Ulisses Correia e Silva in Praia. Also joining the meeting was Olavo Correia, Deputy Prime Minister and Minister of Finance.',
      'Millennium Challenge Corporation',
      '2024-06-12',
    );
    expect(seats(praia)).toContain('accompanying: Olavo Correia CPV');
  });

  it('give a name set off before its office the state of "of the <adjective> ..." after it, also past a second portfolio', () => {
    const kabul = read(
      'On November 6, Minister of Commerce Wang Wentao met with Nooruddin Azizi, Acting Minister of Commerce and Industry of the Afghan Interim Government, in Shanghai.',
      "Ministry of Commerce of the People's Republic of China",
      '2024-11-06',
    );
    expect(seats(kabul)).toContain('counterpart: Nooruddin Azizi AFG');
  });

  it('read Singapore\'s "Second Minister for Finance", HM Treasury\'s Chancellor as its own, and no one in the name of a plan', () => {
    const doc = read(
      "The Economic Secretary to the Treasury, Emma Reynolds, today hosted Singapore's Second Minister for Finance, Chee Hong Tat, in London. The Economic Secretary set out the reforms announced by Chancellor Jane Doe in her speech.",
      'HM Treasury',
      '2025-03-18',
    );
    expect(seats(doc)).toEqual(expect.arrayContaining(['counterpart: Chee Hong Tat SGP', 'mentioned: Jane Doe GBR']));
    const rio = read("Chancellor Rachel Reeves met Brazil's Minister of Finance Fernando Haddad in Rio de Janeiro. Minister Haddad briefed the Chancellor on Brazil's Ecological Transformation Plan.", 'HM Treasury', '2024-07-25');
    expect(seats(rio).filter((x) => x.includes('Plan'))).toEqual([]);
  });
});

describe('commitments', () => {
  it('bind the NPC as China beside the Federation Council', () => {
    const doc = read('The Federation Council and the NPC will hold the next meeting of the commission in Beijing next year.', 'President of Russia', '2024-07-11');
    expect(promises(doc)).toEqual(['0 RUS+CHN (next year)']);
  });

  it('give "and would" after "said the UK wanted" to the UK, not after "said the UK\'s pledge"', () => {
    const doc = read(
      "The Foreign Secretary said the UK wanted a closer security relationship with the EU and would put forward proposals before the end of the year. The Health Secretary said the UK's pledge was still being considered and would be announced nearer the time.",
      'Foreign, Commonwealth & Development Office',
      '2024-10-03',
    );
    expect(promises(doc)).toEqual(['0 GBR (before the end of the year)']);
  });

  it('read "would be needed" as a judgement, not a promise', () => {
    const doc = read(
      'Prime Minister Keir Starmer met Prime Minister Garry Conille of Haiti in New York today. The leaders agreed that a more sustainable UN-backed security presence would be needed in the longer term.',
      "Prime Minister's Office, 10 Downing Street",
      '2024-09-25',
    );
    expect(promises(doc)).toEqual([]);
  });
});
