import { describe, expect, it } from 'vitest';
import { promises, read, seats } from './readText.js';

// Invented sentences in the shapes held-out batches 127–158 showed the coder misreading, and those a
// read-only review of this session's rules found them misfiring on; no real text.

const topicIds = (body: string, publisher = 'Ministry of Foreign Affairs of the People\'s Republic of China', date = '2024-03-14'): string[] =>
  read(body, publisher, date).topics.map((t) => t.id);

describe('topics', () => {
  it('keep a third topic a yielding phrase names beside the Korean Peninsula', () => {
    const ids = topicIds('The two sides also exchanged views on the Korean Peninsula, the Iranian nuclear issue and the situation in Afghanistan.');
    expect(ids).toEqual(expect.arrayContaining(['korean-peninsula', 'iran', 'nonproliferation', 'afghanistan']));
    expect(topicIds('The two sides discussed ballistic missile launches on the Korean Peninsula.')).not.toContain('nonproliferation');
  });

  it('read economic commissions, basing rights, transitional justice, coal phase-out, illegal mining and ice hockey', () => {
    expect(topicIds('The ministers prepared the next session of the Intergovernmental Commission in Bratislava.')).toContain('trade-economic-practices');
    expect(topicIds('They agreed to hold the Joint Economic Committee in Tokyo.')).toContain('trade-economic-practices');
    expect(topicIds('The President welcomed the prospect of sizeable economic deals.')).toContain('trade-economic-practices');
    expect(topicIds('The General discussed basing rights and maritime domain awareness.')).toContain('defense-cooperation');
    expect(topicIds('The Secretary welcomed progress in the transitional justice process.')).toContain('democracy-governance');
    const coal = topicIds('The leaders discussed plans to phase out coal power by 2030.');
    expect(coal).toEqual(expect.arrayContaining(['climate', 'energy']));
    expect(topicIds('They agreed to coordinate on food and energy security.')).toEqual(expect.arrayContaining(['food-security', 'energy']));
    expect(topicIds('Wang Yi asked Ghana to deal with illegal mining fairly.')).toContain('law-enforcement');
    expect(topicIds('The presidents discussed ice hockey games between their players.')).toContain('people-to-people');
  });

  it('read command and control, sustainable finance, political space, rules of origin and taking part in reconstruction', () => {
    expect(topicIds('The leaders welcomed work to upgrade their command and control frameworks.')).toContain('defense-cooperation');
    expect(topicIds('The two sides discussed sustainable finance and financial stability.')).toContain('climate');
    expect(topicIds('The Prime Minister stressed the importance of open political space ahead of the elections.')).toContain('human-rights');
    expect(topicIds('They agreed to look at the rules of origin for automotive components.')).toEqual(expect.arrayContaining(['supply-chains', 'trade-economic-practices']));
    expect(topicIds('Chinese companies are willing to take part in its reconstruction.')).toEqual(expect.arrayContaining(['investment', 'development-finance']));
    expect(topicIds('They reviewed progress under the Atlantic Declaration.')).toContain('trade-economic-practices');
    expect(topicIds('The President spoke of secondary tariffs on buyers of Russian oil.')).toEqual(expect.arrayContaining(['sanctions', 'trade-economic-practices']));
    expect(topicIds('The ministers welcomed the working holiday arrangement.')).toEqual(expect.arrayContaining(['people-to-people', 'travel-flights']));
    expect(topicIds('The President explained the removal of the fuel subsidy.')).toContain('energy');
    expect(topicIds('China will continue to support post-earthquake reconstruction in Nepal.')).toContain('humanitarian-aid');
    expect(topicIds('They discussed Malian security partnerships and the training of security personnel.')).toContain('defense-cooperation');
    expect(topicIds('The Minister called for free, fair and peaceful elections and the peaceful conduct of the vote.')).toEqual(expect.arrayContaining(['democracy-governance', 'elections']));
    expect(topicIds('The President warned of the possibility of economic restrictions.')).toContain('sanctions');
    expect(topicIds('They agreed to restart the High-Level Economic Dialogue.')).toContain('trade-economic-practices');
    expect(topicIds('They discussed a mine countermeasures task group and an additional patrol vessel.')).toContain('defense-cooperation');
    expect(topicIds('China will play a constructive role in the repatriation of the Rohingya people.')).toEqual(expect.arrayContaining(['migration', 'myanmar']));
  });
});

describe('commitments', () => {
  it('read "Vice Premier He" as a name, technical experts as both sides\', and DHS as the American department', () => {
    const yellen = read(
      'Secretary of the Treasury Janet L. Yellen met Vice Premier He Lifeng in Guangzhou. Secretary Yellen and Vice Premier He agreed to stay in close contact, and the Economic and Financial Working Groups will meet again in the coming months.',
      'U.S. Department of the Treasury',
      '2024-04-06',
    );
    expect(promises(yellen)).toEqual(['1 USA+CHN', '1 USA+CHN (in the coming months)']);
    const raimondo = read('Secretary Raimondo met Minister Wang Wentao in Beijing. Technical experts will discuss how company data can be better safeguarded. Chinese experts will visit Washington.', 'U.S. Department of Commerce', '2023-08-28');
    expect(promises(raimondo)).toEqual(['1 USA+CHN', '2 CHN']);
    const dhs = read('Officials of the United States and Cuba met in Washington. The delegation said that DHS would share updated data on maritime interdictions with the Cuban side.', 'U.S. Department of Homeland Security', '2023-04-12');
    expect(promises(dhs)).toEqual(['1 USA']);
  });
});

describe('sentences', () => {
  it('end at a name that is also a month\'s abbreviation, and go on through dates', () => {
    const doc = read(
      'Secretary of War Pete Hegseth held a video call with Chinese Minister of National Defense Admiral Dong Jun. Secretary Hegseth said the United States does not seek conflict. The talks were held Tue. Jan. 5 and on Sept. 9-10.',
      'U.S. Department of War',
      '2025-09-09',
    );
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Secretary of War Pete Hegseth held a video call with Chinese Minister of National Defense Admiral Dong Jun.',
      'Secretary Hegseth said the United States does not seek conflict.',
      'The talks were held Tue. Jan. 5 and on Sept. 9-10.',
    ]);
    expect(seats(doc)).toContain('counterpart: Dong Jun CHN');
  });
});

describe('meetings and participants', () => {
  it('drop a chief spokesman\'s attribution line, place Auckland, and seat one who led a side or joined part of a session', () => {
    const dod = read(
      'The following is attributable to Chief Pentagon Spokesman Sean Parnell:\n\nSecretary of Defense Pete Hegseth met with Panamanian President José Raúl Mulino today at the presidential palace in Panama City.',
      'U.S. Department of Defense',
      '2025-04-08',
    );
    expect(dod.meeting?.location).toMatchObject({ name: 'Panama City', country: 'PAN' });
    const auckland = read('The Business and Trade Secretary met Peru\'s Minister of Foreign Trade and Tourism on the margins of the CPTPP Commission in Auckland today.', 'Department for Business and Trade', '2023-07-16');
    expect(auckland.meeting?.location).toMatchObject({ name: 'Auckland', country: 'NZL' });
    const dhs = read(
      'Officials of the United States and Cuba met in Washington today for a round of migration talks. The American side was led by Deputy Assistant Secretary for the Western Hemisphere David Cloe of the Department of Homeland Security. Cuba was represented by Vice Foreign Minister Carlos Fernández de Cossío.',
      'U.S. Department of Homeland Security',
      '2023-04-12',
    );
    expect(seats(dhs)).toEqual(expect.arrayContaining(['principal: David Cloe USA', 'counterpart: Carlos Fernández de Cossío CUB']));
    const jscd = read(
      'Secretary of Defense Lloyd J. Austin III welcomed Iraqi Minister of Defense Thabit al-Abbasi to the Pentagon to open the Joint Security Cooperation Dialogue. General Charles Q. Brown, Jr., Chairman of the Joint Chiefs of Staff, joined part of the session.',
      'U.S. Department of Defense',
      '2024-07-23',
    );
    expect(seats(jscd)).toContain('accompanying: Charles Q. Brown Jr. USA');
  });

  it('do not seat one who attended a conference a "which" clause names, but do one who attended the meeting', () => {
    const call = read(
      'President Joseph R. Biden, Jr. spoke today with His Majesty King Abdullah II of Jordan. The President thanked the King for convening the emergency conference on the humanitarian response in Gaza at the Dead Sea earlier this week, which Secretary Antony Blinken attended.',
      'The White House',
      '2024-06-14',
    );
    expect(seats(call)).toContain('mentioned: Antony J. Blinken USA');
    const meeting = read('Secretary Blinken met Foreign Minister Wang Yi in Beijing. The meeting, which Vice Minister Ma Zhaoxu also attended, lasted three hours.', 'U.S. Department of State', '2023-06-18');
    expect(seats(meeting)).toContain('accompanying: Ma Zhaoxu CHN');
  });
});

describe('batches 139–142', () => {
  it('end a portfolio run at an "and" before another title, and read a received ambassador\'s post as no venue', () => {
    const lusaka = read(
      'Secretary of the Treasury Janet L. Yellen met today with President Hakainde Hichilema of Zambia in Lusaka. Minister of Finance and National Planning Situmbeko Musokotwane and U.S. Ambassador Michael Gonzales also took part.',
      'U.S. Department of the Treasury',
      '2023-01-23',
    );
    expect(seats(lusaka)).toEqual(expect.arrayContaining(['accompanying: Situmbeko Musokotwane ZMB', 'accompanying: Michael Gonzales USA']));
    const summons = read(
      "On October 23, Deputy Foreign Minister of Russia Alexander Grushko received the Ambassador of Montenegro to the Russian Federation at the latter's request.",
      'Ministry of Foreign Affairs of the Russian Federation',
      '2024-10-23',
    );
    expect(summons.meeting).toMatchObject({ kind: 'meeting', location: null });
  });

  it('do not seat one who "joined the President\'s calls"', () => {
    const doc = read(
      'Special Envoy Steve Witkoff met President Vladimir Putin in Moscow today. Secretary of State Marco Rubio, who joined the President\'s calls, will consult with European counterparts later this week.',
      'The White House',
      '2025-08-06',
    );
    expect(seats(doc)).toContain('mentioned: Marco Rubio USA');
  });

  it('give "and he will" after one named past a preposition to the subject, a pair after "from" to both, a Royal Navy ship to the UK, and nothing to a pair after "between" or a "which" clause', () => {
    const xi = read(
      'President Xi Jinping held talks with President Vladimir Putin in the Kremlin. Xi Jinping is in Russia on a state visit at the invitation of President Putin, and he will attend the commemorations on Red Square on 9 May.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2025-05-08',
    );
    expect(promises(xi)).toEqual(['1 CHN (2025-05-09)']);
    const no10 = read(
      'The Prime Minister met President Biden in Downing Street. They agreed that senior teams from Downing Street and the White House would sit down together in October. Officials will look at possible dates for a visit in the autumn.',
      "Prime Minister's Office, 10 Downing Street",
      '2023-07-10',
    );
    expect(promises(no10)).toEqual(['1 GBR+USA (in October)', '2 GBR+USA (in the autumn)']);
    const mod = read(
      'The Defence Secretary spoke with Israeli Defence Minister Yoav Gallant. He said a Royal Navy ship would deploy to the eastern Mediterranean in the coming weeks.',
      'Ministry of Defence',
      '2024-04-16',
    );
    expect(promises(mod)).toEqual(['1 GBR (in the coming weeks)']);
    const riyadh = read(
      'Wang Yi spoke by phone with Saudi Foreign Minister Faisal bin Farhan. Faisal bin Farhan recalled that the restoration of relations between Saudi Arabia and Iran had been achieved through China\'s good offices, and said that the Kingdom remains committed to implementing the Beijing agreement. Wang Yi welcomed the normalisation of relations between Saudi Arabia and Iran, which in his view will contribute to a healthier climate in the Gulf.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2024-04-16',
    );
    expect(promises(riyadh)).toEqual(['1 SAU']);
  });
});

describe('batches 143–146', () => {
  it('read "St Petersburg", a Security Council and an Interior release, a committee meeting, "with the participation of", "Rt Hon", a state secretary, and a king who will travel', () => {
    const scrf = read(
      'On 11 September, on the sidelines of an international meeting in St Petersburg, Secretary of the Security Council of the Russian Federation Sergei Shoigu held a meeting with Laureano Ortega Murillo, Adviser to the President of the Republic of Nicaragua.',
      'Security Council of the Russian Federation',
      '2024-09-11',
    );
    expect(scrf.meeting?.location).toMatchObject({ name: 'St Petersburg', country: 'RUS' });
    expect(seats(scrf)).toContain('principal: Sergei Shoigu RUS');
    const doi = read(
      'Assistant Secretary for Insular and International Affairs Carmen Cantor led the United States delegation to the annual meeting of the Joint Economic Management Committee with the Republic of the Marshall Islands in Majuro. The Marshall Islands delegation was headed by Foreign Minister Kalani Kaneko.',
      'U.S. Department of the Interior',
      '2024-08-28',
      'Assistant Secretary Cantor Leads U.S. Delegation to Joint Economic Management Committee Meeting in Majuro',
    );
    expect(doi.meeting?.kind).toBe('dialogue');
    expect(seats(doi)).toEqual(expect.arrayContaining(['principal: Carmen Cantor USA', 'counterpart: Kalani Kaneko MHL']));
    const antalya = read(
      'On March 10, Foreign Minister Sergey Lavrov met in Antalya with Minister of Foreign Affairs of Ukraine Dmitry Kuleba, with the participation of Minister of Foreign Affairs of the Republic of Turkey Mevlut Cavusoglu.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2022-03-10',
    );
    expect(seats(antalya).some((x) => x.endsWith('TUR') && !x.startsWith('mentioned'))).toBe(true);
    const tokyo = read(
      'Mr. IWAYA Takeshi, Minister for Foreign Affairs, held a meeting with the Rt Hon Winston Peters, Deputy Prime Minister and Minister of Foreign Affairs of New Zealand.',
      'Ministry of Foreign Affairs of Japan',
      '2025-04-10',
    );
    expect(seats(tokyo)).toContain('counterpart: Winston Peters NZL');
    const london = read(
      "The Minister for Europe hosted the UK-Moldova Strategic Dialogue in London. Moldova's delegation was headed by Carolina Perebinos, State Secretary at the Moldovan Ministry of Foreign Affairs.",
      'Foreign, Commonwealth & Development Office',
      '2024-04-30',
    );
    expect(seats(london)).toContain('counterpart: Carolina Perebinos MDA');
    const samoa = read(
      'The Foreign Secretary spoke to Prime Minister Fiamē Naomi Mataʻafa of Samoa. He confirmed that the Prime Minister would travel to Samoa for the summit alongside His Majesty The King.',
      'Foreign, Commonwealth & Development Office',
      '2024-10-09',
    );
    expect(seats(samoa).filter((x) => x.startsWith('accompanying'))).toEqual([]);
  });

  it('give a group the state of the adjective a few words before it', () => {
    const doc = read(
      'Wang Yi met Thai Foreign Minister Maris Sangiampongsa in Kuala Lumpur. Wang Yi said the Chinese public security authorities will hold a joint operation with their Thai counterparts in the second half of the year.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2025-07-10',
    );
    expect(promises(doc)).toEqual(['1 CHN (in the second half of the year)']);
    const gsr = read('Britain mobilized army reservists for a possible war against Iraq on Tuesday.', 'U.S. Department of State', '2003-01-07');
    expect(gsr.events.map((e) => `${e.source.code}>${e.target.code}`)).toContain('GBR>IRQ');
  });
});

describe('the review of this session\'s rules', () => {
  it('keeps given names and other Perths, seats one who joined the reported meeting, not one recalled, and keeps two offices of one person', () => {
    expect(seats(read('The Foreign Secretary met President of Slovakia Milan Novak in Bratislava.', 'Foreign, Commonwealth & Development Office', '2024-03-01'))).toContain('counterpart: Milan Novak SVK');
    expect(read("The Foreign Secretary met Scotland's First Minister in Perth, Scotland, today.", 'Foreign, Commonwealth & Development Office', '2024-03-01').meeting?.location?.country).toBeNull();
    const tokyo = read("Secretary Blinken met Prime Minister Kishida in Tokyo. Ambassador Rahm Emanuel joined the Secretary's meeting with the Prime Minister.", 'U.S. Department of State', '2023-11-07');
    expect(seats(tokyo)).toContain('accompanying: Rahm Emanuel USA');
    const moscow = read(
      'Foreign Minister Sergey Lavrov held talks with Foreign Minister Hakan Fidan in Moscow. Lavrov recalled that at the Istanbul talks in 2022 the Ukrainian side was led by Rustem Umerov.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2024-06-11',
    );
    expect(seats(moscow)).toContain('mentioned: Rustem Umerov UKR');
    const peters = read("The Foreign Secretary met New Zealand's Minister of Foreign Affairs and Trade and Deputy Prime Minister Winston Peters in London.", 'Foreign, Commonwealth & Development Office', '2024-03-01');
    expect(seats(peters)).toContain('counterpart: Winston Peters NZL');
  });

  it('places a visit "with Ambassador X to Kharkiv", keeps a state visitor\'s "he", and keeps consular officials the publisher\'s', () => {
    expect(read('Secretary Blinken traveled with Ambassador Bridget Brink to Kharkiv, where they met with local officials.', 'U.S. Department of State', '2024-05-15').meeting?.location).toMatchObject({ name: 'Kharkiv', country: 'UKR' });
    const macron = read('The Prime Minister welcomed the state visit by President Macron, and he will address Parliament on Thursday.', "Prime Minister's Office, 10 Downing Street", '2023-09-20');
    expect(seats(macron)).toContain('counterpart: Emmanuel Macron FRA');
    const consular = read(
      'The Foreign Secretary spoke to Iranian Foreign Minister Abbas Araghchi about a British national detained in Iran. Consular officials will continue to support the family.',
      'Foreign, Commonwealth & Development Office',
      '2024-10-01',
    );
    expect(promises(consular)).not.toContain('1 GBR+IRN');
  });

  it('raises no topic from a shared phrase beside the South China Sea, UN security personnel, Hamas\'s command structures, health security partners, a humanitarian commission or an expo', () => {
    expect(topicIds('The two sides discussed combating IUU fishing in the South China Sea.')).not.toContain('maritime-security');
    expect(topicIds('The Minister condemned the attack on humanitarian workers and UN security personnel in Gaza.')).not.toContain('defense-cooperation');
    expect(topicIds("They discussed Hamas's command and control structures.")).not.toContain('defense-cooperation');
    expect(topicIds("The Minister welcomed the UK's global health security partners in the fight against mpox.")).not.toContain('defense-cooperation');
    expect(topicIds('They discussed the intergovernmental commission on humanitarian cooperation.')).not.toContain('trade-economic-practices');
    expect(topicIds('They hoped for the peaceful conduct of the Osaka Expo.')).not.toContain('democracy-governance');
  });
});

describe('batches 147–150', () => {
  it('give a rank and name right after another state\'s office or armed forces that state, and seat those in talks held between two commanders', () => {
    const moscow = read(
      'Sergei Shoigu held talks with Ben Wallace in Moscow. On the same day, talks were held between Chief of the General Staff of the Armed Forces of the Russian Federation General of the Army Valery Gerasimov and Chief of the Defence Staff of the UK Armed Forces Admiral Sir Tony Radakin.',
      'Ministry of Defence of the Russian Federation',
      '2022-02-11',
    );
    expect(seats(moscow)).toEqual(expect.arrayContaining(['accompanying: Valery Gerasimov RUS', 'accompanying: Sir Tony Radakin GBR']));
    const amman = read(
      'Defence Secretary John Healey has visited Jordan today, meeting the Chairman of the Joint Chiefs of Staff of the Jordan Armed Forces, Major General Yousef Huneiti, in Amman.',
      'Ministry of Defence',
      '2024-09-12',
    );
    expect(seats(amman)).toContain('counterpart: Yousef Huneiti JOR');
  });

  it('read "said his government would bring a bill", "is scheduled to meet", and officials after ", which" as both sides', () => {
    const colombo = read(
      'Administrator Samantha Power met President Ranil Wickremesinghe in Colombo. President Wickremesinghe said his government would bring a bill before parliament by the end of the year.',
      'U.S. Agency for International Development',
      '2022-09-11',
    );
    expect(promises(colombo)).toEqual(['1 LKA (by the end of the year)']);
    const brasilia = read('Wang Yi held talks with Foreign Minister Mauro Vieira in Brasilia. Wang Yi is scheduled to meet President Lula in Fortaleza on 19 January.', "Ministry of Foreign Affairs of the People's Republic of China", '2024-01-18');
    expect(promises(brasilia)).toEqual(['1 CHN (2024-01-19)']);
    const jetco = read(
      "The Business and Trade Secretary co-chaired the UK-Singapore JETCO with Minister Gan Kim Yong. They did not reach agreement on mutual recognition of architects' qualifications, which officials will continue to examine.",
      'Department for Business and Trade',
      '2025-03-19',
    );
    expect(promises(jetco)).toEqual(['1 GBR+SGP']);
  });

  it('read military-technical ties, agro-processing, independent media, peaceful protest, combined exercises, abductions and the Anti-Homosexuality Act', () => {
    expect(topicIds('They discussed cooperation in the military-technical sphere.')).toContain('defense-cooperation');
    expect(topicIds('They discussed investment in agro-processing.')).toContain('food-security');
    expect(topicIds('The Minister raised the Anti-Homosexuality Act.')).toContain('human-rights');
    expect(topicIds('The Administrator stressed the role of civil society and independent media and the right to peaceful protest.')).toContain('human-rights');
    expect(topicIds('The leaders welcomed the combined fighter exercise.')).toContain('defense-cooperation');
    expect(topicIds('They discussed the Japanese nationals whom the DPRK abducted.')).toContain('detained-citizens');
  });
});

describe('batches 151–154', () => {
  it('seat those a side "was also represented by", and read names ending in letters beyond Latin-1', () => {
    const moscow = read(
      'Vladimir Putin held talks with President of the Central African Republic Faustin-Archange Touadéra in the Kremlin. The Russian side was also represented by Minister of Foreign Affairs Sergey Lavrov and Deputy Minister of Defence Yunus-Bek Yevkurov.',
      'President of Russia',
      '2024-01-16',
    );
    expect(seats(moscow)).toEqual(expect.arrayContaining(['accompanying: Sergey Lavrov RUS', 'accompanying: Yunus-Bek Yevkurov RUS']));
    expect(seats(read('Secretary of Defense Lloyd J. Austin III met Slovak Minister of Defense Jaroslav Naď at the Pentagon.', 'U.S. Department of Defense', '2022-06-09'))).toContain('counterpart: Jaroslav Naď SVK');
    const ny = read(
      'On September 22, Foreign Minister of the Russian Federation Sergey Lavrov met with First Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Serbia Ivica Dačić.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2023-09-22',
    );
    expect(seats(ny)).toContain('counterpart: Ivica Dačić SRB');
  });

  it('read a regular meeting of heads of government as a dialogue its co-presiders lead, and Bethlehem as Palestinian', () => {
    const beijing = read(
      'On the afternoon of 19 December 2023, Premier of the State Council Li Qiang and Russian Prime Minister Mikhail Mishustin, who is in Beijing on a working visit, presided together over the 28th regular meeting of Chinese and Russian heads of government at the Great Hall of the People.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2023-12-19',
      'Li Qiang and Russian Prime Minister Mikhail Mishustin Hold the 28th Regular Meeting of Chinese and Russian Heads of Government',
    );
    expect(beijing.meeting?.kind).toBe('dialogue');
    expect(seats(beijing)).toEqual(expect.arrayContaining(['principal: Li Qiang CHN', 'counterpart: Mikhail Mishustin RUS']));
    expect(read('President Biden met President Mahmoud Abbas in Bethlehem today.', 'The White House', '2022-07-15').meeting?.location).toMatchObject({ name: 'Bethlehem', country: 'PSE' });
  });

  it('read the Home Office, a named service of USDA, and no forecast of trade as promises', () => {
    const ho = read('The Security Minister hosted Trinidad and Tobago\'s Minister of National Security in London. The Home Office will host a follow-up meeting of officials in the spring.', 'Home Office', '2025-02-11');
    expect(promises(ho)).toContain('1 GBR (in the spring)');
    const usda = read(
      "Secretary Vilsack held a video call with Uruguay's Minister of Livestock. Secretary Vilsack said that USDA's Animal and Plant Health Inspection Service would publish its risk assessment before the end of the year.",
      'U.S. Department of Agriculture',
      '2024-06-13',
    );
    expect(promises(usda)).toEqual(['1 USA (before the end of the year)']);
    const trade = read('Mikhail Mishustin held talks with Li Qiang in Beijing. "This year our trade will exceed 200 billion dollars," Mishustin said.', 'Government of the Russian Federation', '2023-12-19');
    expect(promises(trade)).toEqual([]);
  });
});

describe('batches 155–158', () => {
  it('read MOFA\'s capitalised hyphened surnames, an office\'s state before the comma that sets off the name, "sat in on", and no person in a library\'s name', () => {
    const tokyo = read(
      'Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Dr. Hossein AMIR-ABDOLLAHIAN, Minister of Foreign Affairs of the Islamic Republic of Iran. Minister Amir-Abdollahian thanked Japan.',
      'Ministry of Foreign Affairs of Japan',
      '2024-01-19',
    );
    expect(seats(tokyo)).toContain('counterpart: Hossein Amir-Abdollahian IRN');
    const beirut = read(
      'Defence Secretary John Healey visited Beirut. He met the Commander of the Lebanese Armed Forces, General Rodolphe Haykal.',
      'Ministry of Defence',
      '2025-05-22',
    );
    expect(seats(beirut).some((x) => x.endsWith('Rodolphe Haykal LBN'))).toBe(true);
    const kremlin = read(
      'Vladimir Putin had a meeting with Special Envoy of the President of the United States Steven Witkoff in St Petersburg, at the Boris Yeltsin Presidential Library. Yuri Ushakov and Kirill Dmitriev sat in on the meeting.',
      'President of Russia',
      '2025-04-11',
    );
    expect(seats(kremlin).some((x) => x.includes('Yeltsin'))).toBe(false);
    expect(seats(kremlin)).toEqual(expect.arrayContaining(['accompanying: Yuri Ushakov RUS', 'accompanying: Kirill Dmitriev RUS']));
  });

  it('read "officials from both ministries", and a UK department\'s "the Secretary of State" as its own', () => {
    const kosovo = read('The Defence Secretary held a video call with Kosovo\'s Minister of Defence. Officials from both ministries will work on a defence cooperation memorandum of understanding.', 'Ministry of Defence', '2023-10-06');
    expect(promises(kosovo)).toEqual(['1 GBR+KSV']);
    const dbt = read(
      'The Business and Trade Secretary held a video call with Saudi Minister of Commerce Majid Al-Kassabi. The Secretary of State confirmed that the UK will host the next meeting in London this autumn.',
      'Department for Business and Trade',
      '2025-03-05',
    );
    expect(promises(dbt)).toEqual(['1 GBR (this autumn)']);
    const fcdo = read('The Foreign Secretary met US Secretary of State Antony Blinken in Washington. The Secretary of State said the United States would continue to support Ukraine.', 'Foreign, Commonwealth & Development Office', '2024-03-07');
    expect(promises(fcdo)).toEqual(['1 USA']);
  });

  it('read instructors, an air base, patrol boats, prisoner exchanges and economic cooperation', () => {
    expect(topicIds('Putin noted the work of Russian instructors in the republic.')).toContain('defense-cooperation');
    expect(topicIds('The President thanked the Amir for hosting U.S. forces at Al Udeid Air Base.')).toContain('defense-cooperation');
    expect(topicIds('The General announced a second patrol boat for the coast guard.')).toContain('defense-cooperation');
    expect(topicIds('They discussed further exchanges of prisoners agreed in Istanbul.')).toContain('detained-citizens');
    expect(topicIds('They discussed the prospects for Russian-American economic cooperation.')).toContain('trade-economic-practices');
  });
});

describe('batches 159–162', () => {
  it('read rounds of economic and trade talks as talks, and Li Chenggang as China\'s', () => {
    const geneva = read(
      'On May 10 and 11, Treasury Secretary Scott Bessent and United States Trade Representative Jamieson Greer led the American delegation in talks with Vice Premier He Lifeng of the People\'s Republic of China in Geneva, Switzerland. China International Trade Representative and Vice Minister of Commerce Li Chenggang joined the talks.',
      'U.S. Department of the Treasury',
      '2025-05-11',
      'Readout: Secretary Bessent and Ambassador Greer Conclude Two Days of Economic and Trade Talks with Vice Premier He Lifeng in Geneva',
    );
    expect(geneva.meeting?.kind).toBe('talks');
    expect(seats(geneva)).toContain('accompanying: Li Chenggang CHN');
  });

  it('seat no one a result goes to, nor a side\'s office "its President"', () => {
    const kl = read(
      'Secretary of the Treasury Scott Bessent led the American delegation in talks with Vice Premier He Lifeng in Kuala Lumpur. Over the weekend the two delegations negotiated the terms of a framework to be put before President Donald J. Trump and President Xi Jinping.',
      'U.S. Department of the Treasury',
      '2025-10-26',
    );
    expect(seats(kl)).toEqual(expect.arrayContaining(['mentioned: Donald J. Trump USA', 'mentioned: Xi Jinping CHN']));
    const london = read(
      'Treasury Secretary Scott Bessent met with Vice Premier He Lifeng in London. The two sides arrived at a framework, which each delegation will now take to its President for approval.',
      'U.S. Department of the Treasury',
      '2025-06-10',
    );
    expect(seats(london).filter((x) => x.includes('Trump') && !x.startsWith('mentioned'))).toEqual([]);
  });

  it('read a defense consultative committee as a dialogue and a diplomatic counsellor "to the French President" as French', () => {
    const dcc = read('Secretary of Defense Lloyd J. Austin III welcomed Moroccan Minister Delegate Abdellatif Loudiyi to the Pentagon.', 'U.S. Department of Defense', '2024-04-23', 'Secretary Austin Co-Chairs the U.S.-Morocco Defense Consultative Committee');
    expect(dcc.meeting?.kind).toBe('dialogue');
    const bonne = read(
      'Wang Yi held a new round of the China-France Strategic Dialogue in Beijing with Emmanuel Bonne, Diplomatic Counsellor to the French President.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2024-11-21',
    );
    expect(seats(bonne)).toContain('counterpart: Emmanuel Bonne FRA');
  });
});
