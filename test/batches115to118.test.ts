import { describe, expect, it } from 'vitest';
import { promises, read, seats } from './readText.js';

// Invented sentences in the shapes held-out batches 115–118 showed the coder misreading; no real text.

describe('meeting kinds', () => {
  it('call strategic communication on one side’s trip to the other a visit, placed "outside" the capital, and keep it a dialogue in a third country', () => {
    const wh = read(
      'National Security Advisor Ann Quist held two days of talks on May 6 and 7 outside Beijing with Director Wang Yi. The trip was Ms. Quist’s first to the PRC and continued a channel of strategic communication.',
      'The White House',
      '2025-05-07',
      'Readout of National Security Advisor Ann Quist’s Talks with Director Wang Yi',
    );
    expect(wh.meeting).toMatchObject({ kind: 'visit', location: { name: 'Beijing', country: 'CHN' }, start: '2025-05-06', end: '2025-05-07' });
    expect(seats(wh)).toContain('counterpart: Wang Yi CHN');
    const cn = read(
      'On 6 and 7 May 2025, Wang Yi held strategic communication in Beijing with Ann Quist, National Security Advisor to the U.S. President, who was paying a visit to China.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2025-05-07',
      'Wang Yi and Ann Quist Hold Strategic Communication',
    );
    expect(cn.meeting?.kind).toBe('visit');
    const third = read('On 6 and 7 May 2025, Wang Yi held strategic communication in Vienna with Ann Quist.', "Ministry of Foreign Affairs of the People's Republic of China", '2025-05-07', 'Wang Yi and Ann Quist Hold Strategic Communication');
    expect(third.meeting?.kind).toBe('dialogue');
  });

  it('read "at NATO talks" in a title as the occasion, a bilateral forum and an expert group meeting as dialogues, and "Russian-Chinese talks" on a state visit as a visit', () => {
    const mod = read(
      'Defence Secretary John Healey met Greece’s Minister of National Defence, Nikos Dendias, in Brussels today on the sidelines of the meeting of NATO Defence Ministers.',
      'Ministry of Defence',
      '2025-02-13',
      'Defence Secretary and Greek Defence Minister agree closer cooperation at NATO talks',
    );
    expect(mod.meeting?.kind).toBe('meeting');
    const forum = read('The Foreign Secretary and Minister Ronald Lamola today co-chaired the 13th session of the UK-South Africa Bilateral Forum in Cape Town.', 'Foreign, Commonwealth & Development Office', '2024-11-05', 'Foreign Secretary co-chairs UK-South Africa Bilateral Forum in Cape Town');
    expect(forum.meeting?.kind).toBe('dialogue');
    const experts = read('From 20 to 22 August, the 14th Expert Group Meeting on China-Bhutan Boundary Issues was held in Thimphu.', "Ministry of Foreign Affairs of the People's Republic of China", '2024-08-22', 'The 14th Expert Group Meeting on China-Bhutan Boundary Issues Held in Thimphu');
    expect(experts.meeting?.kind).toBe('dialogue');
    const kremlin = read("Vladimir Putin, who is in the People's Republic of China on a state visit, held talks in Beijing with President Xi Jinping.", 'President of Russia', '2024-05-16', 'Russian-Chinese talks');
    expect(kremlin.meeting?.kind).toBe('visit');
  });
});

describe('participants', () => {
  it('seat a side "represented by" its officials, one who "joined" the leader "for the meeting", and one who "delivered opening remarks"; keep away one attending a gathering with the principal', () => {
    const kremlin = read(
      'Vladimir Putin held talks in Beijing with President Xi Jinping. In the evening the two leaders continued their conversation informally. The Russian side at the informal meeting was represented by Foreign Minister Sergei Lavrov and Presidential Aide Yury Ushakov.',
      'President of Russia',
      '2024-05-16',
    );
    expect(seats(kremlin)).toEqual(expect.arrayContaining(['accompanying: Sergey Lavrov RUS', 'accompanying: Yuri Ushakov RUS']));
    const wh = read(
      "Today, Vice President Kamala Harris met with President Julius Maada Bio of Sierra Leone in Washington. Sierra Leone's Minister of Foreign Affairs, Tamba Lamina, joined President Bio for the meeting.",
      'The White House',
      '2022-12-14',
    );
    expect(seats(wh)).toContain('accompanying: Tamba Lamina SLE');
    const dbt = read(
      'Minister of State for Trade Policy Greg Hands, who is attending MC13 alongside Business and Trade Secretary Kemi Badenoch, met Costa Rica’s Minister of Foreign Trade Manuel Tovar today in Abu Dhabi.',
      'Department for Business and Trade',
      '2024-02-27',
    );
    expect(seats(dbt)).toContain('mentioned: Kemi Badenoch GBR');
    const dhs = read(
      'The United States and Cuba held a law enforcement dialogue in Washington today. Under Secretary for Strategy, Policy, and Plans Ann Quist delivered opening remarks.',
      'U.S. Department of Homeland Security',
      '2024-02-07',
      'U.S.-Cuba Law Enforcement Dialogue',
    );
    expect(seats(dhs)).toContain('principal: Ann Quist USA');
  });

  it('give a rank set off after an office, or before one set off after the name, the office’s state; read whole trade and Bhutanese titles; no name ends in "Command" or "Canal"', () => {
    const fcdo = read("Minister Andrew Mitchell held a video call today with Uganda's Minister of Foreign Affairs, General Jeje Odongo.", 'Foreign, Commonwealth & Development Office', '2023-06-22');
    expect(seats(fcdo)).toContain('counterpart: Jeje Odongo UGA');
    const mod = read(
      'Defence Secretary Grant Shapps today welcomed General Prabhu Ram Sharma, Chief of the Army Staff of the Nepali Army, to the Ministry of Defence in London. General Sharma thanked the UK for its support.',
      'Ministry of Defence',
      '2023-11-21',
    );
    expect(seats(mod)).toEqual(['principal: Grant Shapps GBR', 'counterpart: Prabhu Ram Sharma NPL']);
    const dbt = read('Minister for Trade Policy and Economic Security Douglas Alexander held a video call today with Malaithong Kommasith, Minister of Industry and Commerce of the Lao People’s Democratic Republic.', 'Department for Business and Trade', '2025-02-27');
    expect(seats(dbt)[0]).toBe('principal: Douglas Alexander GBR');
    const cn = read(
      'The Chinese delegation held talks in Thimphu with the Bhutanese side. During its stay in Bhutan, the Chinese delegation called on Minister for Foreign Affairs and External Trade Dina Nath Dhungyel.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2024-08-22',
    );
    expect(cn.participants.map((p) => `${p.name} ${p.country}`)).toContain('Dina Nath Dhungyel BTN');
    const state = read(
      'Secretary Blinken met Deputy Prime Minister Sok Chenda Sophea of Cambodia in Vientiane. Deputy Prime Minister Sok briefed the Secretary on the Funan Techo Canal project. They agreed that the commander of the PLA Southern Theater Command would call.',
      'U.S. Department of State',
      '2024-07-27',
    );
    expect(state.participants.map((p) => p.name)).toEqual(['Antony J. Blinken', 'Sok Chenda Sophea']);
  });
});

describe('commitments', () => {
  it('take leaders’ instructions to their respective ministers or governments, their staffs’ contact, what ministries and companies of both countries will do, a hyphened pair’s dialogue, and Treasury officials as the publisher’s', () => {
    const mofa = read(
      'Prime Minister Kishida held a summit meeting with President Biden at the White House. The two leaders instructed their respective ministers to deepen discussions on counterstrike capabilities. Their staffs will remain in close contact on the matter in the coming weeks. The second session of the Japan-U.S. dialogue on artificial intelligence will be held in due course.',
      'Ministry of Foreign Affairs of Japan',
      '2023-01-13',
    );
    expect(promises(mofa)).toEqual(['1 JPN+USA', '2 JPN+USA (in the coming weeks)', '3 JPN+USA (in due course)']);
    const kremlin = read(
      'Vladimir Putin met President of Serbia Aleksandar Vucic in Beijing. The presidents instructed their governments to finalise a new long-term gas supply contract before the current agreement runs out. It was agreed that the relevant ministries and companies of the two countries would remain in close contact. The ministers agreed that the Russia-Serbia Energy Partnership should help local firms.',
      'President of Russia',
      '2025-09-02',
    );
    expect(promises(kremlin)).toEqual(['1 RUS+SRB (before the current agreement runs out)', '2 RUS+SRB']);
    const treasury = read('Secretary Yellen met Premier Li Qiang in Beijing. She said Treasury officials will take these exchanges forward with their Chinese counterparts in the coming months.', 'U.S. Department of the Treasury', '2024-04-07');
    expect(promises(treasury)).toEqual(['1 USA (in the coming months)']);
  });

  it('take a promise after ", and" back to the sentence’s subject past a wish it voiced', () => {
    const cn = read(
      'Xi Jinping held talks with Vladimir Putin in Beijing. China hopes that peace and stability will return to the continent at an early date, and will continue to play a constructive role toward that end. Both countries hope that direct flights will begin soon and will expand.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2024-05-16',
    );
    expect(promises(cn)).toEqual(['1 CHN']);
  });
});
