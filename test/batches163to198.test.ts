import { describe, expect, it } from 'vitest';
import { promises, read, seats } from './readText.js';

// Invented sentences in the shapes held-out batches 163–198 showed the coder misreading, and those a
// read-only review of this session's rules found them misfiring on; no real text.

describe('meetings and participants (batches 163–166)', () => {
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
    const roadmap = read(
      'Following the roadmap agreed by the two Presidents Foreign Minister Sergey Lavrov held talks with Foreign Minister Badr Abdelatty in Moscow on March 7.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2025-03-07',
    );
    expect(seats(roadmap)[0]).toBe('principal: Sergey Lavrov RUS');
    const brussels = read(
      'The China-EU Strategic Dialogue established by the two sides in 2010 was held in Brussels on March 6 between Wang Yi and High Representative Kaja Kallas.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2025-03-06',
    );
    expect(brussels.meeting?.location?.name).toBe('Brussels');
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

  it('read Singapore\'s "Second Minister for Finance" with a three-word name after it, Rachel Reeves as British, and no one in the name of a plan', () => {
    const doc = read(
      "The Economic Secretary to the Treasury, Emma Reynolds, today hosted Singapore's Second Minister for Finance, Chee Hong Tat, in London. The Economic Secretary set out the reforms announced by Chancellor Rachel Reeves in her speech.",
      'HM Treasury',
      '2025-03-18',
    );
    expect(seats(doc)).toEqual(expect.arrayContaining(['counterpart: Chee Hong Tat SGP', 'mentioned: Rachel Reeves GBR']));
    const london = read('The Foreign Secretary met Second Minister for Finance Chee Hong Tat in London on 6 March.', 'Foreign, Commonwealth & Development Office', '2025-03-06');
    expect(seats(london)).toContain('counterpart: Chee Hong Tat SGP');
    const vienna = read('The Chancellor met Austrian Finance Minister Markus Marterbauer and former Chancellor Sebastian Kurz in Vienna on 6 March.', 'HM Treasury', '2025-03-06');
    expect(seats(vienna).filter((x) => x.includes('Kurz'))).toEqual(['accompanying: Sebastian Kurz AUT']);
    const rio = read("Chancellor Rachel Reeves met Brazil's Minister of Finance Fernando Haddad in Rio de Janeiro. Minister Haddad briefed the Chancellor on Brazil's Ecological Transformation Plan.", 'HM Treasury', '2024-07-25');
    expect(seats(rio).filter((x) => x.includes('Plan'))).toEqual([]);
  });
});

describe('meetings and participants (batches 167–170)', () => {
  it('read a holder named after an office "-designate", a Tongan name opening with a glottal stop, and a style before a name set off by a comma', () => {
    const istanbul = read('The Russian delegation was headed by Ambassador-designate Alexander Darchiev, and the talks took place in Istanbul.', 'U.S. Department of State', '2025-04-10');
    expect(istanbul.mentions.some((m) => m.actors[0]?.name === 'Alexander Darchiev' && m.actors[0]?.party === 'RUS')).toBe(true);
    const tonga = read(
      "On April 22, 2025, Foreign Minister Wang Yi held talks in Beijing with Crown Prince Tupouto'a 'Ulukalala of Tonga.",
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2025-04-22',
    );
    expect(seats(tonga)).toContain("counterpart: Tupouto'a 'Ulukalala TON");
    const uae = read(
      'National Security Advisor Jake Sullivan spoke today with Sheikh Tahnoun bin Zayed Al Nahyan, National Security Advisor of the United Arab Emirates. Mr. Sullivan and Sheikh Tahnoun agreed that their teams would meet in Abu Dhabi in the coming weeks.',
      'The White House',
      '2024-01-16',
    );
    expect(seats(uae)).toContain('counterpart: Tahnoun bin Zayed Al Nahyan ARE');
    expect(promises(uae)).toEqual(['1 USA+ARE (in the coming weeks)']);
    const oman = read('Secretary of Defense Lloyd J. Austin III welcomed Sayyid Shihab bin Tarik Al Said, Deputy Prime Minister for Defense Affairs of the Sultanate of Oman, to the Pentagon today.', 'U.S. Department of Defense', '2024-06-11');
    expect(seats(oman)).toContain('counterpart: Tarik Al Said OMN');
  });

  it('place a meeting at the venue after a summit "on" a subject "in" a state, and at a place in the gathering\'s name when no other is written', () => {
    const swiss = read('Vice President Kamala Harris met today with President Maia Sandu of the Republic of Moldova on the margins of the Summit on Peace in Ukraine in Bürgenstock, Switzerland.', 'The White House', '2024-06-15');
    expect(swiss.meeting?.location?.name).toBe('Bürgenstock');
    const munich = read('On February 17, Wang Yi met with Foreign Minister Tanja Fajon of Slovenia on the sidelines of the Munich Security Conference.', "Ministry of Foreign Affairs of the People's Republic of China", '2024-02-17');
    expect(munich.meeting?.location?.name).toBe('Munich');
    const unga = read('The Secretary met Foreign Minister Wang Yi on the sidelines of the UN General Assembly on Tuesday in New York.', 'U.S. Department of State', '2025-09-23');
    expect(unga.meeting?.occasion).toBe('UN General Assembly');
  });

  it('read Chevening House as British, and keep away an office referred back to as the agent of an earlier act or shown hospitality', () => {
    const chevening = read(
      'The Foreign Secretary, David Lammy, welcomed the Vice President of the United States, JD Vance, to Chevening House in Kent today. The two also discussed the Economic Prosperity Deal agreed by the Prime Minister and the President in May.',
      'Foreign, Commonwealth & Development Office',
      '2025-08-08',
    );
    expect(chevening.meeting?.kind).toBe('visit');
    expect(chevening.meeting?.location?.country).toBe('GBR');
    expect(seats(chevening)).toContain('mentioned: Keir Starmer GBR');
    const tokyo = read(
      'Secretary of War Pete Hegseth met with Japanese Minister of Defense Koizumi Shinjiro in Tokyo today. Secretary Hegseth thanked him for the hospitality Japan showed President Trump and the traveling delegation this week.',
      'U.S. Department of War',
      '2025-10-29',
    );
    expect(seats(tokyo).filter((x) => x.includes('Trump') && !x.startsWith('mentioned'))).toEqual([]);
  });

  it("read Japan's Ministry of Finance as a Japanese publisher", () => {
    const doc = read(
      "On April 24 (local time), Mr. KATO Katsunobu, Minister of Finance, who is visiting Washington, D.C. to attend the IMF and World Bank Spring Meetings, held a Japan-U.S. Finance Ministers' Meeting with the Honorable Scott Bessent, Secretary of the Treasury of the United States. Mr. MIMURA Atsushi, Vice-Minister of Finance for International Affairs, accompanied Minister Kato.",
      'Ministry of Finance, Japan',
      '2025-04-24',
    );
    expect(seats(doc)).toEqual(['principal: Katsunobu Kato JPN', 'counterpart: Scott Bessent USA', 'accompanying: Atsushi Mimura JPN']);
  });
});

describe('meetings and participants (batches 171–174)', () => {
  it('read technical talks as talks, a body named "Service", and keep a call the talks followed out of the meeting', () => {
    const riyadh = read(
      "Today in Riyadh, a United States delegation led by Andrew Peek, Senior Director at the National Security Council, held technical talks with a Russian delegation headed by Grigory Karasin, Chair of the Federation Council's International Affairs Committee, and Sergey Beseda, Adviser to the Director of the Federal Security Service. The talks followed President Trump's March 18 call with President Putin.",
      'The White House',
      '2025-03-24',
      'Readout of U.S.-Russia Technical Talks in Riyadh',
    );
    expect(riyadh.meeting?.kind).toBe('talks');
    expect(riyadh.meeting?.start).toBe('2025-03-24');
    expect(seats(riyadh)).toEqual(expect.arrayContaining(['counterpart: Sergey Beseda RUS', 'mentioned: Vladimir Putin RUS']));
  });

  it("give one who accompanied a foreign guest the guest's side, know Kagame and UK Export Finance, and keep away one who will act later in a second clause of what was said", () => {
    const ukef = read(
      'Tim Reid, Chief Executive of UK Export Finance, today welcomed the Prime Minister of the Republic of Guinea, Amadou Oury Bah, to London. Mr Bah was accompanied by Ismaël Nabé, Minister of Planning and International Cooperation.',
      'UK Export Finance',
      '2025-07-08',
    );
    expect(seats(ukef)).toContain('accompanying: Ismaël Nabé GIN');
    const goma = read(
      'Prime Minister Keir Starmer spoke to President Félix Tshisekedi of the Democratic Republic of the Congo this afternoon. He said he would raise the matter directly with President Paul Kagame. The Prime Minister said the UK would provide further humanitarian support, and that the Foreign Secretary would set out the details in the coming days.',
      "Prime Minister's Office, 10 Downing Street",
      '2025-02-10',
    );
    expect(seats(goma)).toEqual(expect.arrayContaining(['mentioned: Paul Kagame RWA', 'mentioned: David Lammy GBR']));
  });
});

describe('participants (batches 175–178)', () => {
  it('read a name set off before "the UK\'s ..." title, a department\'s own Energy Secretary, a German Federal Foreign Office title, and Aden Duale and Akazawa as known', () => {
    const baku = read(
      "The Energy Secretary, Ed Miliband, met the COP29 President, Mukhtar Babayev, in Baku today. The Energy Secretary was accompanied by Rachel Kyte, the UK's Special Representative for Climate.",
      'Department for Energy Security and Net Zero',
      '2024-11-20',
    );
    expect(seats(baku)).toEqual(expect.arrayContaining(['principal: Ed Miliband GBR', 'accompanying: Rachel Kyte GBR']));
    const washington = read('Deputy Secretary of State Kurt M. Campbell hosted German Federal Foreign Office State Secretary Thomas Bagger in Washington today.', 'U.S. Department of State', '2024-10-15');
    expect(seats(washington)).toContain('counterpart: Thomas Bagger DEU');
    const nairobi = read("Secretary of Defense Lloyd J. Austin III spoke today with Kenya's Cabinet Secretary for Defence Aden Duale.", 'U.S. Department of Defense', '2024-03-12');
    expect(seats(nairobi)).toContain('counterpart: Aden Duale KEN');
    const tariffs = read(
      'On the afternoon of April 16, Mr. AKAZAWA Ryosei, Minister in charge of Economic Revitalization, met with the Honorable Donald J. Trump, President of the United States of America, at the White House.',
      'Cabinet Secretariat, Government of Japan',
      '2025-04-16',
    );
    expect(seats(tariffs)).toEqual(['principal: Ryosei Akazawa JPN', 'counterpart: Donald J. Trump USA']);
  });
});

describe('meetings and participants (batches 179–186)', () => {
  it('read a Kremlin "talks" title beside a first official visit as a visit, a joint military commission as a dialogue, and a Micronesian finance secretary', () => {
    const kremlin = read(
      'On September 28, the Kremlin hosted negotiations between Vladimir Putin and the President of the Republic of South Sudan, Salva Kiir Mayardit, who arrived in Moscow on his first official visit.',
      'President of Russia',
      '2023-09-28',
      'Russian-South Sudanese talks',
    );
    expect(kremlin.meeting?.kind).toBe('visit');
    const tunis = read(
      'Assistant Secretary of Defense for International Security Affairs Celeste Wallander co-chaired the U.S.-Tunisia Joint Military Commission in Tunis on April 17 and 18 with Tunisian Minister of National Defense Imed Memmiche.',
      'U.S. Department of Defense',
      '2024-04-18',
    );
    expect(tunis.meeting?.kind).toBe('dialogue');
    expect(seats(tunis)).toEqual(['principal: Celeste Wallander USA', 'counterpart: Imed Memmiche TUN']);
    const honolulu = read(
      'Assistant Secretary of the Interior Carmen G. Cantor today chaired the annual meeting of the U.S.-FSM Joint Economic Management Committee in Honolulu. The FSM delegation was led by Secretary of Finance and Administration Rose N. Nakanaga.',
      'U.S. Department of the Interior',
      '2024-09-10',
      'Assistant Secretary Cantor Chairs U.S.-FSM Joint Economic Management Committee Meeting in Honolulu',
    );
    expect(seats(honolulu)).toContain('counterpart: Rose N. Nakanaga FSM');
  });

  it('keep from the table one who attended a gathering a "which" clause dates to another time', () => {
    const doc = read(
      'Foreign Minister IWAYA Takeshi held a meeting with Minister of Foreign Affairs of the Republic of Liberia Sara Beysolow NYANTI in New York. Minister Nyanti expressed appreciation for the success of TICAD 9, which President Joseph Boakai attended in Yokohama in August.',
      'Ministry of Foreign Affairs of Japan',
      '2025-09-24',
    );
    expect(seats(doc)).toContain('mentioned: Joseph Boakai LBR');
  });
});

describe('participants (batches 187–190)', () => {
  it('read the incoming holder on a handover day, a lead negotiator set off after a name, and no premier in "the premier forum"', () => {
    const call = read('The Prime Minister spoke to US President Joe Biden this evening.', "Prime Minister's Office, 10 Downing Street", '2022-10-25');
    expect(seats(call)[0]).toBe('principal: Rishi Sunak GBR');
    const cop = read(
      'The Minister of State for Energy Security and Net Zero, Graham Stuart, met President Taneti Maamau of Kiribati in Dubai today. The Minister was joined by the UK\'s Lead Climate Negotiator, Alison Campbell.',
      'Department for Energy Security and Net Zero',
      '2023-12-04',
    );
    expect(seats(cop)).toContain('accompanying: Alison Campbell GBR');
    const bali = read(
      'On July 7, State Councilor and Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Bali. Wang Yi noted that the G20 is the premier forum for international economic cooperation.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2022-07-07',
    );
    expect(seats(bali).filter((x) => x.includes('Keqiang'))).toEqual([]);
  });
});

describe('participants (batches 191–194)', () => {
  it('resolve "the King" to the king named with a style, and keep away one greetings are sent to and the agents of a participle', () => {
    const baku = read("The Prime Minister met His Majesty King Abdullah II of Jordan in Baku today. The Prime Minister thanked the King for Jordan's leadership.", "Prime Minister's Office, 10 Downing Street", '2024-11-12');
    expect(seats(baku)).toEqual(['principal: Keir Starmer GBR', 'counterpart: Abdullah II JOR']);
    const vladivostok = read(
      'On September 4, Vice President Han Zheng met with Russian President Vladimir Putin in Vladivostok. He noted that, steered by the two heads of state, the partnership keeps running strongly. Putin asked Han Zheng to pass his sincere regards to President Xi Jinping and welcomed the Chinese delegation to the forum.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2024-09-04',
    );
    expect(seats(vladivostok)).toContain('mentioned: Xi Jinping CHN');
  });
});

describe('participants (batches 195–198)', () => {
  it('read portfolio words as no name, and the China International Trade Representative as Chinese', () => {
    const stockholm = read(
      "Today, Secretary of Commerce Gina Raimondo held a video call with Sweden's Minister for Foreign Trade and International Development Cooperation, Johan Forssell.",
      'U.S. Department of Commerce',
      '2023-10-19',
    );
    expect(seats(stockholm)).toEqual(['principal: Gina Raimondo USA', 'counterpart: Johan Forssell SWE']);
    const washington = read(
      'On May 25, Minister of Commerce Wang Wentao met with U.S. Secretary of Commerce Gina Raimondo in Washington. China International Trade Representative and Vice Minister of Commerce Wang Shouwen took part in the meeting.',
      "Ministry of Commerce of the People's Republic of China",
      '2023-05-25',
    );
    expect(seats(washington)).toContain('accompanying: Wang Shouwen CHN');
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
    const told = read(
      'The Secretary met Foreign Minister Wang Yi in Beijing. The Secretary told Foreign Minister Wang the United States wanted a stable relationship and would continue to compete vigorously.',
      'U.S. Department of State',
      '2025-03-06',
    );
    expect(promises(told).filter((x) => x.includes('CHN'))).toEqual([]);
  });

  it('read "agreed their ministers should" as "agreed that", and "will stand alongside" as a pledge', () => {
    const doc = read(
      'Prime Minister Boris Johnson met President Faure Gnassingbé of Togo in Kigali. They agreed their trade ministers should explore how Togo could use the new trading scheme. Mozambique is a valued partner, and the UK will stand alongside it.',
      "Prime Minister's Office, 10 Downing Street",
      '2022-06-24',
    );
    expect(promises(doc)).toEqual(['1 GBR+TGO', '2 GBR']);
  });

  it('read "will stand shoulder to shoulder" as a pledge', () => {
    const doc = read(
      'Defence Secretary Grant Shapps met Finnish Defence Minister Antti Häkkänen in Helsinki. The Defence Secretary said: "Finland brings formidable capabilities to the Alliance, and the UK will stand shoulder to shoulder with our Finnish friends."',
      'Ministry of Defence',
      '2024-03-07',
    );
    expect(promises(doc)).toEqual(['1 GBR']);
  });

  it('read "would be needed" as a judgement, not a promise', () => {
    const doc = read(
      'Prime Minister Keir Starmer met Prime Minister Garry Conille of Haiti in New York today. The leaders agreed that a more sustainable UN-backed security presence would be needed in the longer term.',
      "Prime Minister's Office, 10 Downing Street",
      '2024-09-25',
    );
    expect(promises(doc)).toEqual([]);
    const law = read('The Secretary met the Minister in Paris. The United States will be required by law to review the program by May.', 'U.S. Department of State', '2025-03-06');
    expect(promises(law)).toEqual(['1 USA (by May)']);
  });
});
