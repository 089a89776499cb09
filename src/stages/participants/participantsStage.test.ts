import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/defaultPipeline.js';

// Invented readouts; no real text.
const pipeline = createPipeline();

/** An invented release with a title. */
function titled(title: string, body: string, publisher: string, date: string) {
  return pipeline.run({ id: null, origin: 't', format: 'text', title, body, publisher }, { date });
}

/** Its participants as "role: name (country)". */
function record(title: string, body: string, publisher: string, date: string) {
  return titled(title, body, publisher, date).participants.map((p) => `${p.role}: ${p.name} (${p.country})`);
}

function participants(body: string, publisher: string | null = 'U.S. Department of State') {
  const doc = pipeline.run({ id: null, origin: 't', format: 'text', body, publisher }, { date: '2023-06-19' });
  return doc.participants.map((p) => `${p.role}: ${p.name} (${p.country}) [${p.mentions.length}]`);
}

/** An invented release's participants as "role: name (country)", with its meeting's kind and location. */
function outline(title: string, body: string, publisher: string, date: string) {
  const doc = titled(title, body, publisher, date);
  return { participants: doc.participants.map((p) => `${p.role}: ${p.name} (${p.country})`), kind: doc.meeting?.kind, location: doc.meeting?.location };
}

describe('participants', () => {
  it('seat no one for an office a body holds in lower case after "as", and keep an office in lower case of a state', () => {
    expect(
      record(
        'Wang Yi phone call with Albanian Foreign Minister',
        'On May 20, 2022, State Councilor and Foreign Minister Wang Yi had a phone call with Albanian Minister for Europe and Foreign Affairs Olta Xhacka upon request. Wang Yi said that China supports Albania in performing its duties as president of the Council.',
        "Ministry of Foreign Affairs of the People's Republic of China",
        '2022-05-20',
      ),
    ).toEqual(['principal: Wang Yi (CHN)', 'counterpart: Olta Xhacka (ALB)']);
    expect(
      record(
        'Secretary Blinken meets Nigerian Foreign Minister',
        'Secretary of State Antony J. Blinken met Nigerian Foreign Minister Yusuf Tuggar in Abuja. The Secretary praised the minister of foreign affairs of Nigeria for his leadership.',
        'U.S. Department of State',
        '2024-01-23',
      ),
    ).toEqual(['principal: Antony J. Blinken (USA)', 'counterpart: Yusuf Tuggar (NGA)']);
  });

  it('seat those a minister summons, place consultations a capital hosted (not a summit it hosts later), and keep "His Majesty" invited later absent', () => {
    expect(
      outline(
        'Minister summons DPRK Ambassador',
        "Minister for the Indo-Pacific Catherine West summoned the Ambassador of the Democratic People's Republic of Korea to the United Kingdom, Choe Il, in London today.",
        'Foreign, Commonwealth & Development Office',
        '2024-11-04',
      ).participants,
    ).toEqual(['principal: Catherine West (GBR)', 'counterpart: Choe Il (PRK)']);
    expect(
      outline(
        'Minister summons DPRK Ambassador',
        "Minister for the Indo-Pacific Catherine West summoned the Ambassador of the Democratic People's Republic of Korea to the United Kingdom, Choe Il, in London today.",
        'Foreign, Commonwealth & Development Office',
        '2024-11-04',
      ).kind,
    ).toBe('meeting');
    expect(
      outline(
        'On Russian-Guatemalan political consultations',
        'On April 23, Moscow hosted political consultations between the foreign ministries of Russia and Guatemala. The Russian delegation was led by Deputy Foreign Minister Sergey Ryabkov.',
        'Ministry of Foreign Affairs of the Russian Federation',
        '2025-04-23',
      ).location?.country,
    ).toBe('RUS');
    expect(
      outline(
        'Sergey Lavrov talks with Wang Yi',
        'On July 13, Sergey Lavrov held talks with Wang Yi, noting that Beijing hosts the SCO summit next year.',
        'Ministry of Foreign Affairs of the Russian Federation',
        '2025-07-13',
      ).location,
    ).toBeNull();
    expect(
      record(
        'Wang Yi meets Brunei Foreign Minister',
        "On July 26, Foreign Minister Wang Yi met with Brunei's Minister of Foreign Affairs II Erywan Yusof in Vientiane. Wang Yi said that under the guidance of President Xi Jinping and His Majesty Sultan Haji Hassanal Bolkiah, relations have developed steadily. Wang Yi said that China welcomes His Majesty the Sultan to visit China at a convenient time.",
        "Ministry of Foreign Affairs of the People's Republic of China",
        '2024-07-26',
      ),
    ).toContain('mentioned: Haji Hassanal Bolkiah (BRN)');
  });

  it('read "Professor" before a set-off name as a style, and a name ending "Institute" as no person', () => {
    expect(
      record(
        'Development Minister meets Togolese Foreign Minister',
        "Development Minister Andrew Mitchell welcomed Togo's Minister of Foreign Affairs and Regional Integration, Professor Komla Dogbe, to London today. They discussed the work of the Deputy Minister for the Sahel Peace Institute.",
        'Foreign, Commonwealth & Development Office',
        '2023-06-20',
      ),
    ).toEqual(['principal: Andrew Mitchell (GBR)', 'counterpart: Komla Dogbe (TGO)']);
  });

  it('read a name past a capitalised particle, a later bare mention of it after a namesake, a state by its formal name, and an entity of a state', () => {
    expect(
      record(
        'Wang Yi meets Mauritanian Foreign Minister',
        'On May 29, Foreign Minister Wang Yi met in Beijing with Mauritanian Minister of Foreign Affairs, Cooperation and Mauritanians Abroad Sidi Salem Ould Brahim. ' +
          'Wang Yi congratulated President Sidi Ould Cheikh Mahmoud on assuming the chairmanship of the African Union. ' +
          'Sidi Salem Ould Brahim said that Mauritania abides by the one-China principle. He thanked China for its assistance.',
        "Ministry of Foreign Affairs of the People's Republic of China",
        '2024-05-29',
      ),
    ).toEqual(['principal: Wang Yi (CHN)', 'counterpart: Sidi Salem Ould Brahim (MRT)', 'mentioned: Sidi Ould Cheikh Mahmoud (MRT)']);
    expect(
      record(
        'Japan-Saint Kitts and Nevis Foreign Ministers Meeting',
        "On August 18, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with Dr. Mark BRANTLEY, Minister of Foreign Affairs of Saint Christopher and Nevis.",
        'Ministry of Foreign Affairs of Japan',
        '2025-08-18',
      ),
    ).toEqual(['principal: Takeshi Iwaya (JPN)', 'counterpart: Mark BRANTLEY (KNA)']);
    expect(
      record(
        'Secretary Blinken call with Croatian Foreign Minister',
        'Secretary of State Antony J. Blinken spoke today with Croatian Foreign Minister Ivan Horvat. The Secretary condemned the rhetoric of Republika Srpska President Marko Simic.',
        'U.S. Department of State',
        '2024-10-08',
      ),
    ).toContain('mentioned: Marko Simic (BIH)');
  });

  it('read a state with an elided article, a portfolio list closed by "and the", a style of courtesy before a set-off name, and a place that is no person', () => {
    expect(
      record(
        'Foreign Minister Sergey Lavrov talks with the Foreign Minister of Cote Nova',
        "On April 16, Foreign Minister Sergey Lavrov held talks in Moscow with Minister of State, Minister of Foreign Affairs, African Integration and the Nationals Abroad of the Republic of Côte d'Ivoire Kacou Emile Yao, who was in Russia on a working visit. Russian Ambassador to Côte d'Ivoire Pavel Orlov took part in the talks.",
        'Ministry of Foreign Affairs of the Russian Federation',
        '2024-04-16',
      ),
    ).toEqual(['principal: Sergey Lavrov (RUS)', 'counterpart: Kacou Emile Yao (CIV)', 'accompanying: Pavel Orlov (RUS)']);
    expect(
      record(
        'Home Secretary co-chairs the Nigeria-UK Migration Dialogue',
        "The Home Secretary, Yvette Cooper, today co-chaired the Nigeria-UK Migration Dialogue in London with Nigeria's Minister of Foreign Affairs, Ambassador Tunde Bello. Seema Malhotra, Minister for Migration and Citizenship, also took part in the talks.",
        'Home Office',
        '2025-03-04',
      ),
    ).toEqual(['principal: Yvette Cooper (GBR)', 'counterpart: Tunde Bello (NGA)', 'accompanying: Seema Malhotra (GBR)']);
    expect(
      record(
        'Deputy Secretary meets the Foreign Minister of Bhutan',
        'Deputy Secretary of State Richard R. Verma met Bhutanese Foreign Minister Karma Dorji in New York. The Foreign Minister briefed the Deputy Secretary on the Gelephu Mindfulness City, a new special administrative region.',
        'U.S. Department of State',
        '2024-09-30',
      ),
    ).toEqual(['principal: Richard R. Verma (USA)', 'counterpart: Karma Dorji (BTN)']);
  });

  it('seat no one at a joint statement: the ministers who issue it are mentioned', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        title: 'UK-Nigeria joint statement on trade',
        body: 'The Foreign Secretary of the United Kingdom, Dana Holt, and the Secretary of Foreign Affairs of the Federal Republic of Nigeria, Tunde Okafor, issued the following joint statement: We will deepen our trade ties. The Foreign Secretary welcomed the talks.',
        publisher: 'Foreign, Commonwealth & Development Office',
      },
      { date: '2025-02-12' },
    );
    expect(doc.meeting?.kind).toBe('joint-statement');
    expect(doc.participants.map((p) => `${p.role}: ${p.name} (${p.country})`)).toEqual(['mentioned: Dana Holt (GBR)', 'mentioned: Tunde Okafor (NGA)']);
  });

  it('merge a person’s names and keep those only spoken of apart from those present', () => {
    const text =
      'Secretary of State Antony J. Blinken met with State Councilor and Foreign Minister Qin Gang and Director Wang Yi in Beijing. ' +
      'The Secretary conveyed President Biden’s greetings. Secretary Blinken stressed open channels. He thanked Foreign Minister Qin. ' +
      'They agreed to continue the talks launched by President Biden and President Xi in Bali.';
    expect(participants(text)).toEqual([
      'principal: Antony J. Blinken (USA) [4]',
      'counterpart: Qin Gang (CHN) [2]',
      'accompanying: Wang Yi (CHN) [1]',
      'mentioned: Joseph R. Biden Jr. (USA) [2]',
      'mentioned: Xi Jinping (CHN) [1]',
    ]);
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: text, publisher: 'U.S. Department of State' }, { date: '2023-06-19' });
    expect(doc.participants.map((p) => p.title)).toEqual(['Secretary of State', 'State Councilor and Foreign Minister', 'Director', 'President', 'President']);
  });

  it('seat two ambassadors an "attended" sentence names, and keep a third state’s official a "he said" follows as mentioned', () => {
    const found = participants(
      'On August 30, Foreign Minister Wang Yi held a strategic dialogue with Pakistani Foreign Minister Bilawal Bhutto Zardari by video. Bilawal Bhutto Zardari opposed the visit of U.S. House Speaker Nancy Pelosi to Taiwan. No force can undermine the friendship between Pakistan and China, he said. Chinese Ambassador to Pakistan Nong Rong and Pakistani Ambassador to China Farhan Saleem attended the dialogue.',
      'Ministry of Foreign Affairs of the People’s Republic of China',
    );
    expect(found).toContain('accompanying: Nong Rong (CHN) [1]');
    expect(found).toContain('accompanying: Farhan Saleem (PAK) [1]');
    expect(found.find((p) => p.includes('Pelosi'))).toMatch(/^mentioned: /);
  });

  it('list the spokesperson a release is attributed to as mentioned, from the line cleaning removed, and not a byline’s author', () => {
    const attributed = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'The below is attributable to Spokesperson Dana R. Whitfield:\n\nSecretary of State Antony J. Blinken met with Paraguayan Foreign Minister Rubén Ramírez Lezcano in Washington.', publisher: 'U.S. Department of State' },
      { date: '2023-06-19' },
    );
    expect(attributed.participants.map((p) => `${p.role}: ${p.name} (${p.country}) ${p.title} [${p.mentions.length}]`)).toEqual([
      'principal: Antony J. Blinken (USA) Secretary of State [1]',
      'counterpart: Rubén Ramírez Lezcano (PRY) Paraguayan Foreign Minister [1]',
      'mentioned: Dana R. Whitfield (USA) Spokesperson [0]',
    ]);
    expect(attributed.participants[2]!.line).toContain('attributable to Spokesperson Dana R. Whitfield');
    const defense = participants('Pentagon Press Secretary Air Force Maj. Gen. Cole Hartwell provided the following readout:\n\nSecretary of Defense Lloyd J. Austin III met with Paraguayan Defense Minister Óscar González at the Pentagon.', 'U.S. Department of Defense');
    expect(defense.at(-1)).toBe('mentioned: Cole Hartwell (USA) [0]');
    const byline = participants('Antony J. Blinken, Secretary of State\n\nThe United States congratulates the people of Paraguay on their elections.');
    expect(byline.filter((p) => p.startsWith('mentioned: Antony'))).toEqual([]);
  });

  it('give a sentence-opening "He" to the last subject when the sentence before names people only after a preposition', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body:
          'Foreign Minister Wang Yi spoke on the phone with Foreign Minister Diego Alvarez of Argentina. Wang Yi said the two sides have kept up close communication. ' +
          'The meeting between President Xi Jinping and President Tomás Rivera in Lima last year set the direction of relations. He noted that China and Argentina are partners.',
        publisher: "Ministry of Foreign Affairs of the People's Republic of China",
      },
      { date: '2025-04-23' },
    );
    expect(doc.participants.map((p) => `${p.role}: ${p.name}`)).toEqual(['principal: Wang Yi', 'counterpart: Diego Alvarez', 'mentioned: Xi Jinping', 'mentioned: Tomás Rivera']);
    const he = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'He');
    expect(he?.actors.map((a) => a.name)).toEqual(['Wang Yi']);
  });

  it('take a First Lady for a person of her own, of her spouse’s state', () => {
    const found = participants('President Biden spoke with President William Ruto of Kenya. President Biden and First Lady Jill Biden look forward to welcoming President Ruto and First Lady Rachel Ruto to the White House.', 'The White House');
    expect(found.filter((p) => p.includes('Jill') || p.includes('Rachel'))).toEqual(['mentioned: Jill Biden (USA) [1]', 'mentioned: Rachel Ruto (KEN) [1]']);
  });

  it('keep the fullest title the text gives', () => {
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body: 'Foreign Minister Tunde Okafor of Nigeria met Secretary Quist. Minister Okafor thanked the Secretary.', publisher: 'U.S. Department of State' }, { date: '2024-01-10' });
    const okafor = doc.participants.filter((p) => p.name.includes('Okafor'));
    expect(okafor.map((p) => [p.title, p.country, p.mentions.length])).toEqual([['Foreign Minister', 'NGA', 2]]);
  });

  it('make every lead a lead cue names a principal or counterpart, and the others accompanying', () => {
    const text =
      'On May 2, the two countries held a working group meeting in Geneva. Senior Director Mark Ellis opened the meeting, which was co-chaired by Senior Director Ana Ruiz and Deputy Assistant Secretary Paul Ng. ' +
      'The Chinese delegation was led by Director General Zhou Ming of China.';
    expect(participants(text, 'The White House')).toEqual([
      'accompanying: Mark Ellis (USA) [1]',
      'principal: Ana Ruiz (USA) [1]',
      'principal: Paul Ng (USA) [1]',
      'counterpart: Zhou Ming (CHN) [1]',
    ]);
  });

  it('give each other state’s lead of a trilateral meeting the counterpart role', () => {
    const text =
      'Foreign Minister Wang Yi met with Foreign Minister Tunde Okafor of Nigeria and Foreign Minister Amara Diallo of Senegal in Beijing. Vice Foreign Minister Sun Lei was present. Wang Yi said that China stands ready to deepen cooperation.';
    expect(participants(text, "Ministry of Foreign Affairs of the People's Republic of China")).toEqual([
      'principal: Wang Yi (CHN) [2]',
      'counterpart: Tunde Okafor (NGA) [1]',
      'counterpart: Amara Diallo (SEN) [1]',
      'accompanying: Sun Lei (CHN) [1]',
    ]);
  });

  it('take an unnamed office in a government’s own release for the one person who held it that day (British style)', () => {
    const body =
      'The Prime Minister spoke to Chancellor Anna Berg of Austria this afternoon.\n\nThe Prime Minister underlined the importance of supporting Ukraine. The Foreign Secretary also joined the call. The leaders agreed to speak again soon.';
    const doc = pipeline.run({ id: null, origin: 't', format: 'text', body, publisher: "Prime Minister's Office, 10 Downing Street" }, { date: '2024-11-20' });
    expect(doc.meeting?.kind).toBe('call');
    expect(doc.participants.map((p) => `${p.role}: ${p.name} (${p.country})`)).toEqual(['principal: Keir Starmer (GBR)', 'counterpart: Anna Berg (AUT)', 'accompanying: David Lammy (GBR)']);
  });
});


describe('participants of a quoted readout, with a citizen whose case is raised', () => {
  it('seat the two leaders after a "spokesperson said:" line and keep the citizen and "He" apart', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        title: 'PM call with Premier Wen Hao: 3 March 2025',
        body:
          'A Downing Street spokesperson said:\n\n"The Prime Minister spoke to Premier Wen Hao of China this afternoon.\n\n' +
          '"The Prime Minister raised the case of British citizen Tom Ashby and the UK’s concerns about human rights. He called on the Chinese authorities to release Mr Ashby."',
        publisher: "Prime Minister's Office, 10 Downing Street",
      },
      { date: '2025-03-03' },
    );
    expect(doc.meeting?.kind).toBe('call');
    const roles = doc.participants.map((p) => `${p.role}: ${p.name} (${p.country})`);
    expect(roles).toContain('counterpart: Wen Hao (CHN)');
    expect(roles).toContain('mentioned: Tom Ashby (GBR)');
    const he = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'He');
    expect(he?.actors[0]?.name).toBe('Keir Starmer');
  });
});

describe('a title that refers back to someone only spoken of', () => {
  it('does not seat the President whose determination the Secretary conveyed', () => {
    const found = participants(
      'Secretary of State Marco Rubio spoke today with Russian Foreign Minister Sergey Lavrov. The Secretary conveyed President Trump’s determination to end the war. He made clear that the President was prepared to consider additional sanctions.',
    );
    expect(found.filter((p) => p.includes('Trump'))).toEqual(['mentioned: Donald J. Trump (USA) [2]']);
  });
});

describe('who came along, and who only plans to come', () => {
  it('seat an envoy "who accompanied the minister", not a president who "will lead a delegation" later, nor a body read as a name', () => {
    const publisher = "Ministry of Foreign Affairs of the People's Republic of China";
    const text =
      'On March 30, Foreign Minister Wang Yi held talks with Nigerian Foreign Minister Tunde Okafor in Tunxi, Anhui Province. ' +
      'Special Envoy for the Sahel Liu Ming, who accompanied the minister, will attend the regional meeting tomorrow. ' +
      'Tunde Okafor said that President Amadu Sani has accepted the invitation and will lead a high-level delegation to Beijing in September. ' +
      'Cai Qi, Member of the Standing Committee of the Political Bureau of the CPC Central Committee and Director of the General Office of the CPC Central Committee, was present.';
    const found = participants(text, publisher);
    expect(found).toContain('accompanying: Liu Ming (CHN) [1]');
    expect(found).toContain('mentioned: Amadu Sani (NGA) [1]');
    expect(found.some((p) => p.includes('Central Committee') || p.includes('Office'))).toBe(false);
  });
});

describe('who leads a side, and who joined the lead', () => {
  it('seat those who "joined the Secretary for the talks", titled without the nickname they were written with', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body: 'Secretary of State Marco Rubio held talks today in Riyadh with a Russian delegation led by Foreign Minister Sergey Lavrov. National Security Advisor Mike Waltz joined the Secretary for the talks.',
        publisher: 'U.S. Department of State',
      },
      { date: '2025-02-18' },
    );
    const waltz = doc.participants.find((p) => p.name === 'Michael Waltz');
    expect(waltz?.role).toBe('accompanying');
    expect(waltz?.title).toBe('National Security Advisor');
  });

  it('make two people of one side named together in the meeting sentence its leads, and end a lead cue at "which included"', () => {
    const publisher = 'Ministry of Foreign Affairs of the Russian Federation';
    const text =
      'On March 3, Foreign Minister Sergey Lavrov and Deputy Minister Pavel Orlov held talks in Geneva with a Ghanaian delegation headed by Foreign Minister Kofi Mensah, which included Trade Minister Ama Boateng. ' +
      'The sides discussed trade.';
    const found = participants(text, publisher);
    expect(found).toContain('principal: Sergey Lavrov (RUS) [1]');
    expect(found).toContain('principal: Pavel Orlov (RUS) [1]');
    expect(found).toContain('counterpart: Kofi Mensah (GHA) [1]');
    expect(found).toContain('accompanying: Ama Boateng (GHA) [1]');
  });

  it('make the two people met lead their side too when two of one side meet two of the other (a "2+2"), past given names and titles set off', () => {
    const us = outline(
      'Secretary Rivers and Secretary Holt at the U.S.-Japan Security Consultative Committee',
      'Secretary of State Antony J. Blinken and Secretary of Defense Lloyd J. Austin III met today in Tokyo with Japanese Minister for Foreign Affairs Kamikawa Yoko and Minister of Defense Kihara Minoru for the U.S.-Japan Security Consultative Committee. The ministers discussed deterrence.',
      'U.S. Department of State',
      '2024-07-28',
    );
    expect(us.kind).toBe('dialogue');
    expect(us.participants).toEqual(expect.arrayContaining(['principal: Lloyd J. Austin III (USA)', 'counterpart: Yoko Kamikawa (JPN)', 'counterpart: Minoru Kihara (JPN)']));
    const japan = outline(
      'Japan-U.S. Security Consultative Committee (2+2)',
      'On July 28, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, and Mr. KIHARA Minoru, Minister of Defense, held the Japan-U.S. Security Consultative Committee ("2+2") in Tokyo with the Honorable Antony J. Blinken, Secretary of State of the United States of America, and the Honorable Lloyd J. Austin III, Secretary of Defense of the United States of America, who are visiting Japan. The four Ministers concurred to further strengthen the Alliance.',
      'Ministry of Foreign Affairs of Japan',
      '2024-07-28',
    );
    expect(japan.kind).toBe('dialogue');
    expect(japan.location?.name).toBe('Tokyo');
    expect(japan.participants).toEqual(expect.arrayContaining(['principal: Minoru Kihara (JPN)', 'counterpart: Antony J. Blinken (USA)', 'counterpart: Lloyd J. Austin III (USA)']));
    // Met with one minister and another: the second accompanies, as before.
    const one = participants('Secretary Blinken met today in Lima with Foreign Minister Ana Flores and Trade Minister Luis Vega of Peru.');
    expect(one).toContain('counterpart: Ana Flores (PER) [1]');
    expect(one).toContain('accompanying: Luis Vega (PER) [1]');
  });

  it('read initials run together ("A.Yu.Rudenko") as a name with its initials spaced, and a title whose list has a serial comma', () => {
    const found = participants(
      'On June 24, Deputy Minister of Foreign Affairs of the Russian Federation A.Yu.Rudenko met with Deputy Prime Minister and Minister for Foreign Affairs of Nepal N.K.Shrestha. The interlocutors discussed trade.',
      'Ministry of Foreign Affairs of the Russian Federation',
    );
    expect(found).toContain('principal: A. Yu. Rudenko (RUS) [1]');
    expect(found).toContain('counterpart: N. K. Shrestha (NPL) [1]');
    const envoy = outline(
      'Special Representative Tate and Special Envoy Amiri Meet with Taliban Representatives in Doha',
      'Special Representative for Afghanistan Thomas West and Special Envoy for Afghan Women, Girls, and Human Rights Rina Amiri met on July 30 in Doha with a Taliban delegation led by Taliban-appointed Foreign Minister Amir Khan Muttaqi. The two sides agreed to meet again.',
      'U.S. Department of State',
      '2023-07-31',
    );
    expect(envoy.participants).toContain('principal: Rina Amiri (USA)');
    // The capital after "in" in the title is where they met, not a party: not a visit to Qatar.
    expect(envoy.kind).toBe('meeting');
    expect(envoy.participants).toContain('counterpart: Amir Khan Muttaqi (AFG)');
  });

  it('seat no one a "who" clause says takes part in another gathering, and read a francophone "Minister Delegate in charge of" as the host state’s', () => {
    const japan = participants(
      'On August 27, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with Hon. Tendai Moyo, Minister of Foreign Affairs of the Republic of Zimbabwe. ' +
        'At the outset, Minister Hayashi conveyed the greetings of Prime Minister KISHIDA Fumio, who is taking part in TICAD 8 online, and thanked Minister Moyo.',
      'Ministry of Foreign Affairs of Japan',
    );
    expect(japan).toContain('mentioned: Fumio Kishida (JPN) [1]');
    const uk = participants(
      "Minister for Africa Lord Collins of Highbury met Cameroon's Minister of External Relations, Paul Essomba, in Yaoundé today. Minister Delegate in charge of Cooperation with the Commonwealth Felix Ndong also took part in the meeting.",
      'Foreign, Commonwealth & Development Office',
    );
    expect(uk).toContain('accompanying: Felix Ndong (CMR) [1]');
  });

  it('keep what those rules leave alone: a "who" clause of company or of a day, "in charge of" a state, a venue as the only other side, two met at a visit', () => {
    expect(participants('Secretary Blinken met President William Ruto in Nairobi. President Ruto, who was accompanied by the Minister of Defense Aden Duale, welcomed the Secretary.')).toContain('accompanying: Aden Duale (KEN) [1]');
    expect(participants('Secretary Blinken met Foreign Minister Musalia Mudavadi in Nairobi. Cabinet Secretary Rebecca Miano of Kenya, who took part in Tuesday’s talks, welcomed the plan.')).toContain('accompanying: Rebecca Miano (KEN) [1]');
    const uk = participants(
      "Minister for Africa Lord Collins of Highbury met Cameroon's Minister of External Relations, Paul Essomba, in Yaoundé today. Minister Delegate in charge of Relations with Nigeria Felix Ndong also took part in the meeting.",
      'Foreign, Commonwealth & Development Office',
    );
    expect(uk).toContain('accompanying: Felix Ndong (CMR) [1]');
    const beijing = outline('Deputy Secretary Campbell’s Meetings in Beijing', 'Deputy Secretary Campbell met Vice Foreign Minister Ma Zhaoxu. They discussed bilateral relations.', 'U.S. Department of State', '2024-05-01');
    expect(beijing.participants).toContain('counterpart: Ma Zhaoxu (CHN)');
    expect(participants('President Biden and Secretary Blinken met with President Zelenskyy and Foreign Minister Dmytro Kuleba in Kyiv.', 'The White House')).toContain('accompanying: Dmytro Kuleba (UKR) [1]');
  });

  it('give one who joined a foreign leader that leader’s state, a body’s chief executive no implied state, and read names after an en-dash compound or with a hyphened particle', () => {
    const uk = 'Foreign, Commonwealth & Development Office';
    const palau = participants('Lord Goldsmith, Minister for Pacific and the Environment, met President Surangel Whipps Jr., who was joined by Minister of State Gustav Aitaro, in Koror today. Minister Aitaro welcomed the plan.', uk);
    expect(palau).toContain('accompanying: Gustav Aitaro (PLW) [2]');
    // Not one who came with the publisher's own official.
    expect(participants('The Minister, who was joined by Minister of State Ann Reid, met President Surangel Whipps Jr. in Koror.', uk).some((p) => p.includes('Ann Reid (GBR)'))).toBe(true);
    const treasury = record(
      'Chancellor co-chairs UK-China Economic and Financial Dialogue',
      'The Chancellor of the Exchequer, Rachel Reeves, today co-chaired the Economic and Financial Dialogue in Beijing with Vice Premier He Lifeng. She was joined by the Chief Executive of the Financial Conduct Authority, Nikhil Rathi.',
      'HM Treasury',
      '2025-01-11',
    );
    expect(treasury).toContain('principal: Rachel Reeves (GBR)');
    expect(treasury).toContain('accompanying: Nikhil Rathi (GBR)');
    const lu = participants('The United States and Tajikistan held their Annual Bilateral Consultations in Dushanbe. Assistant Secretary of State Donald Lu led the U.S. delegation, which included Deputy Assistant Secretary of Defense for Afghanistan, Pakistan, and Central Asia Rebecca Zimmerman.');
    expect(lu.some((p) => p.includes('Rebecca Zimmerman (USA)'))).toBe(true);
    const russia = participants(
      'On April 8, Deputy Foreign Minister Mikhail Bogdanov met with Minister of Foreign Affairs of the Republic of Liberia Sara Beysolow Nyanti. Ambassador-at-Large and Head of the Secretariat of the Russia–Africa Partnership Forum Oleg Ozerov took part in the conversation.',
      'Ministry of Foreign Affairs of the Russian Federation',
    );
    expect(russia).toContain('accompanying: Oleg Ozerov (RUS) [1]');
    const yemen = participants("Wang Yi held a video call with Yemeni Minister of Foreign Affairs and Expatriates Shaya Mohsen al-Zindani at the latter's request.", "Ministry of Foreign Affairs of the People's Republic of China");
    expect(yemen.some((p) => p.startsWith('counterpart: ') && p.includes('al-Zindani (YEM)'))).toBe(true);
  });
});

describe('names and titles of the people at the table', () => {
  it('give a trailing "he said" to the paragraph’s speaker, and read portfolios listed after a comma, a second title, a suffix and a Portuguese "e"', () => {
    const china = "Ministry of Foreign Affairs of the People's Republic of China";
    const benin = participants(
      'Foreign Minister Wang Yi held talks in Beijing with Minister of Foreign Affairs of Benin Koffi Adjovi. ' +
        'Wang Yi said that under the guidance of President Xi Jinping and President Amadou Sossa, the partnership has moved forward. ' +
        'China firmly supports Benin in safeguarding its security, he said.',
      china,
    );
    expect(benin).toContain('mentioned: Amadou Sossa (BEN) [1]');
    const suriname = participants(
      'On February 6, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Albert KROMO, Minister of Foreign Affairs, International Business and International Cooperation of the Republic of Suriname.',
      'Ministry of Foreign Affairs of Japan',
    );
    expect(suriname).toContain('counterpart: Albert KROMO (SUR) [1]');
    const palau = participants(
      'Special Presidential Envoy for Compact Negotiations Ambassador Dana Quist and Palau’s Minister of Finance and Chief Compact Negotiator Kaleb Remeliik Jr. held a round of negotiations in Honolulu on December 9.',
    );
    expect(palau).toContain('principal: Dana Quist (USA) [1]');
    expect(palau).toContain('counterpart: Kaleb Remeliik Jr. (PLW) [1]');
    expect(participants('Secretary of State Dana Quist met today in Praia with Cabo Verdean Prime Minister José Ulisses Monteiro e Tavares.')).toContain(
      'counterpart: José Ulisses Monteiro e Tavares (CPV) [1]',
    );
  });
});

describe('delegations as subjects', () => {
  it('seat no one the delegations only speak of, but those a delegation is led by', () => {
    const found = participants(
      'Assistant Secretary Dana Holt met Minister of Foreign Affairs Kofi Mensah of Ghana in Accra. The two delegations welcomed the peaceful transfer of power that brought President Kwame Boateng into office. The delegation was led by Deputy Assistant Secretary Mary Lee.',
    );
    expect(found).toContain('mentioned: Kwame Boateng (GHA) [1]');
    expect(found).toContain('principal: Mary Lee (USA) [1]');
  });
});

describe('bodies and sessions', () => {
  it('seat no head of a body "headed by" someone, and seat one who joined the plenary session', () => {
    const found = participants(
      'Foreign Minister Sergey Lavrov held talks in Moscow with Minister of Foreign Affairs of the Republic of the Niger Amadou Issa. The Russian side appreciated the steps taken by the Nigerien leadership headed by President Moussa Kane. Niger’s Minister of Finance Ali Garba joined the plenary session.',
      'Ministry of Foreign Affairs of the Russian Federation',
    );
    expect(found).toContain('counterpart: Amadou Issa (NER) [1]');
    expect(found).toContain('mentioned: Moussa Kane (NER) [1]');
    expect(found).toContain('accompanying: Ali Garba (NER) [1]');
  });
});

describe('titles and seats of batch 29 and 30', () => {
  it('seat an ambassador who accompanied the minister, and read an adviser for foreign affairs, a UN personal envoy and a peace commissioner', () => {
    const jp = participants(
      'Mr. SATO Kenta, Minister for Foreign Affairs of Japan, held a meeting with Mr. Tunde Okafor, Minister of Foreign Affairs of Nigeria, in Abuja. Mr. MORI Hiroshi, Ambassador of Japan to Nigeria, accompanied Minister Sato.',
      'Ministry of Foreign Affairs of Japan',
    );
    expect(jp).toContain('accompanying: Hiroshi Mori (JPN) [1]');
    const cn = participants(
      'Foreign Minister Wang Yi held talks in Beijing with Karim Uddin, Adviser for Foreign Affairs of the Interim Government of Bangladesh. Karim Uddin conveyed the greetings of Chief Adviser Rahim Ali.',
      'Ministry of Foreign Affairs of the People’s Republic of China',
    );
    expect(cn).toContain('counterpart: Karim Uddin (BGD) [2]');
    expect(cn).toContain('mentioned: Rahim Ali (BGD) [1]');
    const uk = participants(
      'The Minister for the Americas, Dana Holt, visited Bogotá. He met Foreign Minister Luis Vega. He also met the High Commissioner for Peace, Tomas Ruiz. He supported the work of UN Personal Envoy Karl Berg.',
      'Foreign, Commonwealth & Development Office',
    );
    expect(uk).toContain('mentioned: Tomas Ruiz (COL) [1]');
    expect(uk).toContain('mentioned: Karl Berg (UNO) [1]');
  });
});

describe('titles and seats of batches 31 and 32', () => {
  it('give an unmarked office the publisher holds in someone else’s name to the other state, read a hyphenated particle, and leave out one met before', () => {
    const cn = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        title: 'Wang Yi Meets with President of Kiribati Tomas Kiri',
        body: 'State Councilor and Foreign Minister Wang Yi, who is paying an official visit to Kiribati, met with President and Foreign Minister Tomas Kiri in Tarawa. Vice President Anote Toa was present.',
        publisher: 'Ministry of Foreign Affairs of the People’s Republic of China',
      },
      { date: '2022-05-27' },
    );
    expect(cn.participants.map((p) => `${p.role}: ${p.name} (${p.country})`)).toEqual(['principal: Wang Yi (CHN)', 'counterpart: Tomas Kiri (KIR)', 'accompanying: Anote Toa (KIR)']);
    const ru = participants(
      'Foreign Minister Sergey Lavrov held talks in Moscow with Minister of Foreign Affairs and Expatriates of the State of Palestine Karim al-Hadi, who is in Russia on a working visit.',
      'Ministry of Foreign Affairs of the Russian Federation',
    );
    expect(ru).toContain('counterpart: Karim al-Hadi (PSE) [1]');
    const us = participants('Secretary of State Antony J. Blinken met with Nigerian Minister of Foreign Affairs Tunde Okafor in Abuja today, following the Secretary’s meeting with President Bola Adeyemi.');
    expect(us).toContain('counterpart: Tunde Okafor (NGA) [1]');
    expect(us).toContain('mentioned: Bola Adeyemi (NGA) [1]');
    expect(participants('Secretary of State Antony J. Blinken met with President Tomas Kiri in Nairobi and after that with Foreign Minister Musa Odhiambo of Kenya.')).toContain('accompanying: Musa Odhiambo (KEN) [1]');
    expect(participants('Foreign Minister Sergey Lavrov held talks in Moscow with Palestinian Foreign Minister Karim al-Hadi.', 'Ministry of Foreign Affairs of the Russian Federation')).toContain('counterpart: Karim al-Hadi (PSE) [1]');
    // With no other state in the title, an office the publisher's holder has is still read as the publisher's: the person is kept.
    const untitled = participants('State Councilor and Foreign Minister Wang Yi met with Vice President Anote Toa in Tarawa.', 'Ministry of Foreign Affairs of the People’s Republic of China');
    expect(untitled.some((p) => p.includes('Anote Toa'))).toBe(true);
  });
});

describe('titles of batches 33 and 34', () => {
  it('read a federal minister after a state’s adjective, and end a title’s complement before the next person’s title', () => {
    const cn = participants('Foreign Minister Wang Yi held a video call with Austrian Federal Minister for European and International Affairs Karl Berger.', 'Ministry of Foreign Affairs of the People’s Republic of China');
    expect(cn).toContain('counterpart: Karl Berger (AUT) [1]');
    const ru = participants(
      'Foreign Minister Sergey Lavrov had a telephone conversation with Minister of International Relations of Namibia Anna Shikongo. Anna Shikongo conveyed warm greetings from President of Namibia Peter Nangolo to President of Russia Vladimir Putin.',
      'Ministry of Foreign Affairs of the Russian Federation',
    );
    expect(ru).toContain('mentioned: Peter Nangolo (NAM) [1]');
    expect(ru).toContain('mentioned: Vladimir Putin (RUS) [1]');
  });
});


describe('batches 35 and 36', () => {
  it('seat no one named at another, earlier event or in a plan, and read a second title joined by "and" as the same person’s', () => {
    const uk = participants(
      'Foreign Secretary Dana Holt held talks with Turkmenistan’s Deputy Chairman of the Cabinet of Ministers and Minister of Foreign Affairs, Murad Orazov, in Ashgabat today, as part of her visit to Central Asia and Mongolia. ' +
        'The Foreign Secretary asked Minister Orazov to pass on the greetings of the Prime Minister to President Batyr Annayev, who attended the Coronation in London last May. ' +
        'She said she looked forward to welcoming President Annayev and Turkmenistan’s delegation to London.',
      'Foreign, Commonwealth & Development Office',
    );
    expect(uk).toContain('counterpart: Murad Orazov (TKM) [2]');
    expect(uk).toContain('mentioned: Batyr Annayev (TKM) [2]');
  });

  it('seat one "taking part in the talks"', () => {
    const ru = participants(
      'On November 8, Foreign Minister Sergey Lavrov held talks in Moscow with Minister of Foreign Affairs of the Republic of Rwanda Jean Habimana. Taking part in the talks on the Russian side was Deputy Foreign Minister Mikhail Bogdanov.',
      'Ministry of Foreign Affairs of the Russian Federation',
    );
    expect(ru).toContain('accompanying: Mikhail Bogdanov (RUS) [1]');
  });

  it('seat those who opened a dialogue as its leads', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        title: 'Joint Statement on the U.S.-Lesotho Strategic Dialogue',
        body: 'The United States and the Kingdom of Lesotho held their Strategic Dialogue in Washington on May 4, 2023. Assistant Secretary of State for African Affairs Dana Quist and Minister of Foreign Affairs Thabo Mokoena opened the Dialogue. The U.S. Ambassador to Lesotho, Kate Rivers, also took part.',
        publisher: 'U.S. Department of State',
      },
      { date: '2023-05-04' },
    );
    expect(doc.participants.map((p) => `${p.role}: ${p.name} (${p.country})`)).toEqual(['principal: Dana Quist (USA)', 'counterpart: Thabo Mokoena (LSO)', 'accompanying: Kate Rivers (USA)']);
  });

  it('keep an owner named in a call out of it when "he" follows, and give a head of an organisation who first holds a state’s office to that state', () => {
    const cn = participants(
      'On 6 June 2024, Foreign Minister Wang Yi had a phone call with Papua New Guinea’s Minister for Foreign Affairs Tom Kila. Kila conveyed Prime Minister James Marape’s gratitude to China for its assistance, which he said had reached the affected communities within days.',
      'Ministry of Foreign Affairs of the People’s Republic of China',
    );
    expect(cn).toContain('mentioned: James Marape (PNG) [1]');
    const us = participants(
      'Secretary of State Antony J. Blinken met today with President of the Union of the Comoros and Chairperson of the African Union Azali Assoumani in New Delhi. The Secretary congratulated President Azali on the African Union’s new seat.',
    );
    expect(us).toContain('counterpart: Azali Assoumani (COM) [2]');
  });
});

describe('batches 37 and 38', () => {
  it('read a counterpart named after "his Chadian counterpart", a minister in a release styled "H.E.", and a minister of the state the title names', () => {
    expect(
      record('Sergey Lavrov’s talks with Foreign Minister of Chad', 'On June 5, Foreign Minister Sergey Lavrov held talks in N’Djamena with his Chadian counterpart Ali Mahamat Zene. Lavrov thanked his counterpart.', 'Ministry of Foreign Affairs of the Russian Federation', '2024-06-05'),
    ).toContain('counterpart: Ali Mahamat Zene (TCD)');
    expect(
      record(
        'Japan-Paraguay Summit Meeting',
        'On May 3, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Mr. Santiago PEÑA PALACIOS, President of the Republic of Paraguay, in Asunción. H.E. Mr. Carlos BENÍTEZ, Minister of Foreign Affairs, also attended.',
        'Ministry of Foreign Affairs of Japan',
        '2024-05-03',
      ),
    ).toContain('accompanying: Carlos BENÍTEZ (PRY)');
    expect(
      record(
        'Foreign Secretary visits Tajikistan',
        'The Foreign Secretary, Lord Cameron, today visited Tajikistan, holding talks in Dushanbe with Foreign Minister Karim Nazarov at the start of a tour of Central Asia and Mongolia.',
        'Foreign, Commonwealth & Development Office',
        '2024-04-22',
      ),
    ).toContain('counterpart: Karim Nazarov (TJK)');
  });

  it('give an envoy named after an organisation official’s possessive to that organisation', () => {
    expect(
      record(
        'Sergey Lavrov’s telephone conversation with Foreign Minister of Yemen',
        'Foreign Minister Sergey Lavrov had a telephone conversation with Minister of Foreign Affairs of Yemen Ali Qasim. Both sides expressed support for the efforts of the UN Secretary-General’s Special Envoy for Yemen, Erik Lund, to agree a roadmap.',
        'Ministry of Foreign Affairs of the Russian Federation',
        '2024-10-29',
      ),
    ).toContain('mentioned: Erik Lund (UNO)');
  });

  it('keep the narrow readings: two people joined by "and" after an article, the one warned, a way forward, and an owner’s "he" with no verb of saying', () => {
    const run = (body: string, publisher: string) => pipeline.run({ id: null, origin: 't', format: 'text', body, publisher }, { date: '2024-06-10' });
    const uk = run('The Prime Minister spoke with the President of France and European Commission President Ursula von der Leyen.', 'Prime Minister’s Office, 10 Downing Street');
    expect(uk.mentions.find((m) => m.actors[0]?.name === 'Ursula von der Leyen')?.actors[0]?.party).not.toBe('FRA');
    const us = run('Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. The Secretary warned Foreign Minister Okafor that he would be held responsible for any delay.', 'U.S. Department of State');
    expect(us.mentions.find((m) => us.text.slice(m.start, m.end) === 'he')?.actors[0]?.party).toBe('NGA');
    const seated = participants('Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. Both sides agreed on the way forward, and Deputy Foreign Minister Musa Bello also took part in the talks.');
    expect(seated).toContain('accompanying: Musa Bello (NGA) [1]');
    const owner = run('Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. The Secretary discussed President Bola Adeyemi’s visit, during which he will address Congress.', 'U.S. Department of State');
    expect(owner.mentions.find((m) => owner.text.slice(m.start, m.end) === 'he')?.actors[0]?.name).toBe('Bola Adeyemi');
  });
});

describe('batches 39 and 40', () => {
  it('keep the chair of a body named before "chaired by" and a mediator after a delegation that acts from the table; seat a deputy the publisher’s own deputy is known not to be', () => {
    const russian = 'Ministry of Foreign Affairs of the Russian Federation';
    const kenya = record(
      'Sergey Lavrov’s telephone conversation with Kenyan Foreign Minister',
      'Foreign Minister Sergey Lavrov had a telephone conversation with Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs of the Republic of Kenya Daniel Otieno. Daniel Otieno informed Sergey Lavrov of the efforts of the East African Community, currently chaired by President William Ruto, to end the fighting.',
      russian,
      '2025-03-04',
    );
    expect(kenya).toContain('counterpart: Daniel Otieno (KEN)');
    expect(kenya).toContain('mentioned: William Ruto (KEN)');
    const drc = record(
      'Joint Statement on the U.S.-DRC Strategic Dialogue',
      'Deputy Secretary of State Kurt M. Campbell and Minister of Foreign Affairs Marie Lukusa co-chaired the dialogue in Washington. The DRC delegation reaffirmed its backing for the Luanda process, facilitated by Angolan President João Lourenço.',
      'U.S. Department of State',
      '2024-11-14',
    );
    expect(drc).toContain('mentioned: João Lourenço (AGO)');
    expect(
      record(
        'Minister for the Indo-Pacific visits Fiji',
        'Minister for the Indo-Pacific Anne-Marie Trevelyan visited Suva, where she met Prime Minister Sitiveni Rabuka and Deputy Prime Minister and Minister for Finance Tomasi Vula.',
        'Foreign, Commonwealth & Development Office',
        '2023-08-10',
      ),
    ).toContain('accompanying: Tomasi Vula (FJI)');
  });
});

describe('batches 41 and 42', () => {
  it('keep the head of a state’s leadership named after "of", a person named before in a sentence about another state, and annual ministerial consultations in an Australian city', () => {
    const senegal = outline(
      'Sergey Lavrov’s telephone conversation with Foreign Minister of Senegal',
      'Foreign Minister Sergey Lavrov had a telephone conversation with Minister of Foreign Affairs of the Republic of Senegal Aminata Sow. Sergey Lavrov conveyed wishes of success to the new leadership of Senegal headed by President Bassirou Diomaye Faye.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2024-07-03',
    );
    expect(senegal.participants).toContain('counterpart: Aminata Sow (SEN)');
    expect(senegal.participants).toContain('mentioned: Bassirou Diomaye Faye (SEN)');
    const dominica = outline(
      'Minister for the Caribbean visits Dominica',
      'Minister for the Caribbean Jane Holt travelled to Roseau, meeting Prime Minister Roosevelt Skerrit. They discussed the situation in Haiti, and the Minister thanked Prime Minister Skerrit for his engagement with CARICOM partners there.',
      'Foreign, Commonwealth & Development Office',
      '2023-11-08',
    );
    expect(dominica.participants.filter((p) => p.includes('Skerrit'))).toEqual(['counterpart: Roosevelt Skerrit (DMA)']);
    const aukmin = outline(
      'Foreign Secretary meets Australian counterparts',
      'Foreign Secretary David Cameron met Australian Foreign Minister Penny Wong in Adelaide on 22 March for the annual Australia-UK Ministerial Consultations.',
      'Foreign, Commonwealth & Development Office',
      '2024-03-22',
    );
    expect([aukmin.kind, aukmin.location?.country]).toEqual(['dialogue', 'AUS']);
  });
});

describe('batches 43 and 44', () => {
  it('seat the minister of a state’s own body, read a name past a long list of portfolios or a word a known person bears, and call a special representatives’ meeting a dialogue', () => {
    const fcdo = 'Foreign, Commonwealth & Development Office';
    const nug = outline(
      'Minister for the Indo-Pacific meets Myanmar opposition foreign minister',
      'The Minister for the Indo-Pacific, Jane Holt, met Daw Khin Lay, Foreign Minister of Myanmar’s National Unity Government (NUG), in London today. Daw Khin Lay thanked the Minister.',
      fcdo,
      '2023-11-14',
    );
    expect(nug.participants).toContain('counterpart: Daw Khin Lay (MMR)');
    const tuvalu = outline(
      'Deputy Secretary meets Prime Minister of Tuvalu',
      'Deputy Secretary of State Kurt M. Campbell met today with Prime Minister of Tuvalu Feleti Teo in Nuku’alofa. Prime Minister Teo was accompanied by Minister for Foreign Affairs, Labour and Trade Paulson Tafia.',
      'U.S. Department of State',
      '2024-08-28',
    );
    expect(tuvalu.participants).toContain('accompanying: Paulson Tafia (TUV)');
    const lucia = outline(
      'Joint statement of the United States and Saint Lucia',
      'The following joint statement was released by Secretary of State Antony J. Blinken and Saint Lucia’s Minister for External Affairs, International Trade, Civil Aviation and Diaspora Affairs Marie Joseph. The two governments will deepen their partnership.',
      'U.S. Department of State',
      '2024-06-12',
    );
    expect(lucia.participants).toContain('mentioned: Marie Joseph (LCA)');
    const mechanism = outline(
      'Wang Yi and the Special Representative of India hold the 24th Meeting of the Special Representatives',
      'On December 18, Wang Yi and Indian National Security Advisor Ajit Doval held the 24th Meeting of the Special Representatives on the Boundary Question in Beijing.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2025-08-19',
    );
    expect(mechanism.kind).toBe('dialogue');
  });
});

describe('batches 45 and 46', () => {
  it('seat a person on the side a sentence names after them, a delegate named before an unmarked title, a signatory in the presence of the leaders, and no state’s long name as a person', () => {
    const russia = 'Ministry of Foreign Affairs of the Russian Federation';
    const dhaka = outline(
      'Sergey Lavrov’s talks with Foreign Minister of Bangladesh',
      'On September 7, Sergey Lavrov held talks in Dhaka with Minister of Foreign Affairs of Bangladesh Rahim Uddin. State Minister for Foreign Affairs Karim Hossain took part in the talks on the Bangladeshi side.',
      russia,
      '2023-09-07',
    );
    expect(dhaka.participants).toContain('accompanying: Karim Hossain (BGD)');
    const thai = outline(
      'U.S.-Thailand Strategic Dialogue',
      'Assistant Secretary of State Dana Quist led the U.S. delegation in Washington. The Thai delegation included Somchai Rattana, Permanent Secretary of the Ministry of Foreign Affairs.',
      'U.S. Department of State',
      '2022-05-10',
    );
    expect(thai.participants).toContain('counterpart: Somchai Rattana (THA)');
    const port = outline(
      'Secretary Quist’s meeting with Prime Minister Tamate',
      'Secretary of State Dana Quist met Prime Minister Joseph Tamate in Port Moresby. Following the meeting, the Secretary and Minister for Defence Peter Kaia signed a Defense Cooperation Agreement in the presence of the Prime Minister.',
      'U.S. Department of State',
      '2023-05-22',
    );
    expect(port.participants).toContain('accompanying: Peter Kaia (PNG)');
    const lanka = outline(
      'Japan-Sri Lanka Foreign Ministers’ Telephone Talk',
      'Mr. IWAYA Takeshi, Minister for Foreign Affairs, held a telephone talk with Hon. Nimal PERERA, Minister of Foreign Affairs of the Democratic Socialist Republic of Sri Lanka, at the request of the Sri Lankan side.',
      'Ministry of Foreign Affairs of Japan',
      '2024-10-29',
    );
    expect(lanka.participants).toEqual(['principal: Takeshi Iwaya (JPN)', 'counterpart: Nimal PERERA (LKA)']);
    const tower = outline('PM meets Prime Minister of Japan', 'The Prime Minister welcomed Prime Minister Fumio Kishida of Japan to the Tower of London this afternoon.', "Prime Minister's Office, 10 Downing Street", '2023-01-11');
    expect(tower.location).toMatchObject({ name: 'Tower of London', country: 'GBR' });
  });
});

describe('batches 47 and 48', () => {
  it('take a brief exchange for a meeting, seat those who joined the leaders or attended from a side, and read the meeting a joint statement reports', () => {
    const brief = outline(
      'Li Qiang Has a Brief Exchange with Japanese Prime Minister Taro Sato in Jakarta',
      'On 6 September local time, Premier of the State Council Li Qiang had a brief exchange with Japanese Prime Minister Taro Sato in Jakarta before the summit.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2023-09-06',
    );
    expect([brief.kind, brief.location?.name]).toEqual(['meeting', 'Jakarta']);
    expect(brief.participants).toEqual(['principal: Li Qiang (CHN)', 'counterpart: Taro Sato (JPN)']);
    const side = outline(
      'Japan-Solomon Islands Summit Meeting',
      'Prime Minister KISHIDA Fumio held a summit meeting with Prime Minister Jeremiah MANELE of Solomon Islands. Mr. Peter RUKA, Minister of Foreign Affairs and External Trade, also attended from the Solomon Islands side.',
      'Ministry of Foreign Affairs of Japan',
      '2024-07-17',
    );
    expect(side.participants).toContain('accompanying: Peter RUKA (SLB)');
    const joined = outline(
      'PM meets President Biden at the White House',
      'The Prime Minister met President Biden at the White House today. Foreign Secretary David Lammy and US Secretary of State Antony Blinken joined the leaders.',
      "Prime Minister's Office, 10 Downing Street",
      '2024-09-13',
    );
    expect(joined.participants).toContain('accompanying: David Lammy (GBR)');
    const commission = outline(
      'Joint Statement on the U.S.-Portugal Standing Bilateral Commission',
      'The United States and Portugal convened the annual meeting of the Standing Bilateral Commission in Lisbon on November 8-9, 2023. The two delegations reviewed cooperation at Lajes Field.',
      'U.S. Department of State',
      '2023-11-09',
    );
    expect([commission.kind, commission.location?.name]).toEqual(['dialogue', 'Lisbon']);
  });

  it('seat no one "in the presence of" at another event on another day, but keep one who came along and will go on to another day', () => {
    const japan = record(
      'Japan-Armenia Foreign Ministers\' Telephone Talk',
      'On August 19, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Ararat MIRZOYAN, Minister of Foreign Affairs of the Republic of Armenia. ' +
        'Minister Iwaya welcomed the declaration signed by President Ilham ALIYEV of the Republic of Azerbaijan and Prime Minister Nikol PASHINYAN of the Republic of Armenia in Washington on August 8 in the presence of President Donald TRUMP of the United States.',
      'Ministry of Foreign Affairs of Japan',
      '2025-08-19',
    );
    expect(japan.filter((p) => !p.startsWith('mentioned'))).toEqual(['principal: Takeshi Iwaya (JPN)', 'counterpart: Ararat MIRZOYAN (ARM)']);
    const russia = record(
      "Foreign Minister Sergey Lavrov's talks with Foreign Minister Wang Yi",
      'On March 30, Sergey Lavrov held talks with Wang Yi in Tunxi. Special Presidential Envoy for Afghanistan Zamir Kabulov, who accompanied the minister, will represent Russia at the meeting of the extended troika in Tunxi on March 31.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2022-03-30',
    );
    expect(russia).toContain('accompanying: Zamir Kabulov (RUS)');
  });

  it('read a long name with its hyphens after styles, and keep the styles out of the title', () => {
    expect(
      record(
        'Secretary Blinken Meets Kuwaiti Foreign Minister',
        'Secretary of State Antony J. Blinken and Kuwaiti Foreign Minister Sheikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah co-chaired the Strategic Dialogue today in Washington.',
        'U.S. Department of State',
        '2022-01-26',
      ),
    ).toEqual(['principal: Antony J. Blinken (USA)', 'counterpart: Ahmad Nasser Al-Mohammad Al-Sabah (KWT)']);
    expect(titled('Secretary Blinken Meets Kuwaiti Foreign Minister', 'Secretary of State Antony J. Blinken met Kuwaiti Foreign Minister Sheikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah today.', 'U.S. Department of State', '2022-01-26').participants[1]?.title).toBe(
      'Kuwaiti Foreign Minister',
    );
  });

  it('keep those who did something a day before, in the meeting\'s sentence, apart from those present', () => {
    expect(
      record(
        'President Trump Meets Prime Minister Starmer',
        'President Donald J. Trump met with Prime Minister Keir Starmer of the United Kingdom today at Trump Turnberry in Scotland, one day after the President and European Commission President Ursula von der Leyen reached a trade agreement at the same resort.',
        'The White House',
        '2025-07-28',
      ),
    ).toEqual(['principal: Donald J. Trump (USA)', 'counterpart: Keir Starmer (GBR)', 'mentioned: Ursula von der Leyen (EUR)']);
  });

  it('seat no office named only in a visit looked forward to', () => {
    expect(
      record(
        'PM meeting with President Trump',
        'The Prime Minister met President Trump at Turnberry today. The Prime Minister said he looked forward to welcoming the President back to the UK in September for a State Visit hosted by His Majesty The King.',
        "Prime Minister's Office, 10 Downing Street",
        '2025-07-28',
      ),
    ).toContain('mentioned: Charles III (GBR)');
  });

  it('read "he" after an owner named in the clause before as the sentence\'s subject, and seat a peer by her dictionary name', () => {
    expect(
      record(
        'Secretary Rubio Meets Foreign Minister Lavrov',
        "Secretary of State Marco Rubio met today with Russian Foreign Minister Sergey Lavrov in New York. The Secretary conveyed President Trump's insistence that the killing must end, and he pressed Moscow to take serious steps.",
        'U.S. Department of State',
        '2025-09-24',
      ),
    ).toEqual(['principal: Marco Rubio (USA)', 'counterpart: Sergey Lavrov (RUS)', 'mentioned: Donald J. Trump (USA)']);
    expect(
      record('Minister meets Bolivian Foreign Minister', "The Minister for Latin America and the Caribbean, Baroness Chapman of Darlington, met Bolivia's Minister of Foreign Affairs, Celinda Sosa Lunda, in London today.", 'Foreign, Commonwealth & Development Office', '2025-03-05'),
    ).toEqual(['principal: Baroness Chapman of Darlington (GBR)', 'counterpart: Celinda Sosa Lunda (BOL)']);
  });

  it('seat an ambassador who joined the meetings, and those met during the visit', () => {
    const seated = record(
      'Minister for Africa visits Zimbabwe',
      'Minister for Africa Lord Collins of Highbury visited Harare on 18 and 19 February. During the visit he met President Emmerson Mnangagwa and Minister of Foreign Affairs Amon Murwira. British Ambassador to Zimbabwe Peter Hale joined the meetings.',
      'Foreign, Commonwealth & Development Office',
      '2025-02-19',
    );
    expect(seated).toContain('accompanying: Amon Murwira (ZWE)');
    expect(seated).toContain('accompanying: Peter Hale (GBR)');
  });

  it('keep the met seated when a clause a span of time before says what they did, and seat no one met on an earlier visit', () => {
    expect(record('President Trump meets Prime Minister Takaichi', 'Just weeks after Prime Minister Sanae Takaichi took office, President Donald J. Trump met her in Tokyo.', 'The White House', '2025-10-28')).toContain(
      'counterpart: Sanae Takaichi (JPN)',
    );
    expect(
      record('Secretary Quist meets Foreign Minister Silva', 'Secretary Quist met Foreign Minister Ana Silva of Portugal in Washington. The Foreign Minister recalled her first trip to Washington in 2022. During that visit, she met President Joseph R. Biden Jr.', 'U.S. Department of State', '2024-03-12'),
    ).toContain('mentioned: Joseph R. Biden Jr. (USA)');
  });

  it('seat no one of a relative clause on what the meeting\'s channel was launched by, and no one a "He" after the owner of a commitment refers to', () => {
    const dialogue = outline(
      'U.S.-Portugal Strategic Dialogue on Technology',
      "Today, National Security Advisor Dana Holt and Portuguese National Security Adviser Rui Costa convened a virtual session of the U.S.-Portugal Strategic Dialogue on Technology, which President Biden and Prime Minister Luís Montenegro launched during the President's visit to Portugal last July. The two sides reviewed the work of the dialogue.",
      'The White House',
      '2025-05-16',
    );
    expect(dialogue.participants).toEqual(['principal: Dana Holt (USA)', 'counterpart: Rui Costa (PRT)', 'mentioned: Joseph R. Biden Jr. (USA)', 'mentioned: Luís Montenegro (PRT)']);
    expect(dialogue.location).toBeNull();
    expect(
      record(
        'Minister for Africa visits Mozambique',
        "The UK's Minister for Africa, Lord Collins of Highbury, met Mozambique's Minister of Foreign Affairs and Cooperation, Maria Manuela Lucas, in Maputo today. The ministers discussed the elections, and Lord Collins welcomed President Daniel Chapo's commitment to a national dialogue. He stressed the importance of accountability.",
        'Foreign, Commonwealth & Development Office',
        '2025-03-27',
      ),
    ).toEqual(['principal: Lord Collins of Highbury (GBR)', 'counterpart: Maria Manuela Lucas (MOZ)', 'mentioned: Daniel Chapo (MOZ)']);
  });

  it('seat no one of a summit still to come, but those who joined the discussion; the Northern Ireland Secretary is British; "He" after a foreign minister welcomed the publisher\'s official\'s commitment is that official', () => {
    expect(
      record(
        "Readout of President Biden's Meeting with Prime Minister Kishida",
        'Ahead of the trilateral summit with President Yoon Suk Yeol of the Republic of Korea, President Biden met with Prime Minister Kishida Fumio of Japan at Camp David.',
        'The White House',
        '2023-08-18',
      ),
    ).toContain('mentioned: Yoon Suk Yeol (KOR)');
    expect(
      record('Foreign Secretary hosts Austrian Foreign Minister', "The Foreign Secretary hosted Austria's Foreign Minister, Beate Meinl-Reisinger, in London today. Minister for Europe Stephen Doughty joined the discussion.", 'Foreign, Commonwealth & Development Office', '2025-06-10'),
    ).toContain('accompanying: Stephen Doughty (GBR)');
    expect(record('PM meets President Biden in Belfast', 'The Prime Minister met President Biden in Belfast today. The Prime Minister was joined by the Secretary of State for Northern Ireland, Chris Heaton-Harris.', "Prime Minister's Office, 10 Downing Street", '2023-04-12')).toContain('accompanying: Chris Heaton-Harris (GBR)');
    const doc = titled('Secretary Quist meets Foreign Minister Silva', "Secretary Quist met Foreign Minister Ana Silva of Portugal in Lisbon. They discussed the war, and Foreign Minister Silva welcomed Secretary Quist's commitment to humanitarian access. He pledged to provide $5 million in additional aid.", 'U.S. Department of State', '2025-05-20');
    expect(doc.commitments.map((c) => c.parties.join('+'))).toEqual(['USA']);
  });

  it('seat who joined the Vice President, not an office that will meet others later nor a "he" of a relative clause\'s judgement; know a Minister for External Affairs as no one of the five, and Bürgenstock', () => {
    const harris = outline(
      'Vice President Harris meets President Amherd',
      'Today, Vice President Kamala Harris met with President Viola Amherd of the Swiss Confederation at Bürgenstock, where Switzerland is hosting the Summit on Peace in Ukraine. National Security Advisor Jake Sullivan joined the Vice President for the meeting.',
      'The White House',
      '2024-06-15',
    );
    expect(harris.participants).toContain('accompanying: Jake Sullivan (USA)');
    expect(harris.location?.country).toBe('CHE');
    expect(record('PM meeting with President Biden', 'The Prime Minister met President Biden at the White House today. The Prime Minister said the Defence Secretary would meet his American and Australian counterparts in the autumn.', "Prime Minister's Office, 10 Downing Street", '2024-07-10')).toContain('mentioned: John Healey (GBR)');
    expect(record('Deputy Secretary meets Minister Diba', "Today, Deputy Secretary of the Treasury Wally Adeyemo met with Senegal's Minister of Finance Cheikh Diba in Washington. Deputy Secretary Adeyemo congratulated Minister Diba on the peaceful transfer of power that followed the election of President Bassirou Diomaye Faye in March, which he called a testament to the strength of Senegal's institutions.", 'U.S. Department of the Treasury', '2024-10-24')).toContain('mentioned: Bassirou Diomaye Faye (SEN)');
    expect(record('Minister visits Saint Lucia', 'The Minister met the Prime Minister of Saint Lucia, Philip J. Pierre, and the Minister for External Affairs, Alva Baptiste, in Castries.', 'Foreign, Commonwealth & Development Office', '2024-02-08')).toContain('counterpart: Alva Baptiste (LCA)');
  });

  it('keep what a second read of the rules showed: the one met after a gathering named first, an official who joins later the same day, the people of a clause of what they had launched', () => {
    expect(record("Readout of President Biden's Meeting with Prime Minister Kishida", 'Ahead of the NATO Summit President Biden met with Prime Minister Kishida Fumio of Japan in Washington.', 'The White House', '2023-07-10')).toContain('counterpart: Fumio Kishida (JPN)');
    expect(record('PM meeting with President Biden', 'The Prime Minister met President Biden at the White House today. The Foreign Secretary would join the talks in the afternoon.', "Prime Minister's Office, 10 Downing Street", '2024-07-10')).toContain('accompanying: David Lammy (GBR)');
    const dialogue = outline('Secretary Quist meets Foreign Minister Silva', 'Secretary Quist met Foreign Minister Ana Silva of Portugal at a session of the Atlantic Dialogue, which President Biden and Prime Minister Luís Montenegro had launched in Lisbon in 2022.', 'U.S. Department of State', '2025-05-20');
    expect(dialogue.location).toBeNull();
    expect(dialogue.participants).toContain('mentioned: Luís Montenegro (PRT)');
  });

  it('read the "she" after an aside opened by "stated that," as the one who states, so the leader named in the aside is not seated', () => {
    expect(
      record(
        'Japan-China Foreign Ministers Meeting',
        'Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with Mr. Wang Yi in Busan. At the outset, Minister Kamikawa stated that, building on the outcome of the Japan-China Summit Meeting between Prime Minister KISHIDA Fumio and President Xi Jinping in San Francisco on November 16, she would like to work with Minister Wang.',
        'Ministry of Foreign Affairs of Japan',
        '2023-11-25',
      ),
    ).toContain('mentioned: Xi Jinping (CHN)');
  });
});

describe('hosts after "by"', () => {
  it('seat the official a summoned ambassador "was received by", but not one a letter was signed by', () => {
    const r = record(
      'German Ambassador summoned to the Foreign Ministry',
      'On October 22, Ambassador of Germany to Russia Hans Weber was summoned to the Russian Foreign Ministry, where he was received by Deputy Foreign Minister Pavel Orlov. He was handed a letter signed by Foreign Minister Sergey Lavrov.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2024-10-22',
    );
    expect(r).toContain('principal: Pavel Orlov (RUS)');
    expect(r).toContain('mentioned: Sergey Lavrov (RUS)');
  });
});

describe('callers and audiences', () => {
  it('seat the caller "a telephone call today from" names, and keep a king met later "ahead of his audience with" absent', () => {
    expect(
      record(
        'Readout of Secretary of Defense Sam Carver’s Phone Call With Russian Minister of Defense Ivan Petrov',
        'Secretary of Defense Sam Carver received a telephone call today from Russian Minister of Defense Ivan Petrov, who had asked to speak with him.',
        'U.S. Department of Defense',
        '2024-07-12',
      ),
    ).toEqual(['principal: Sam Carver (USA)', 'counterpart: Ivan Petrov (RUS)']);
    expect(
      record(
        'Foreign Secretary meets the Prime Minister of St Kitts and Nevis',
        'The Foreign Secretary, David Lammy, met the Prime Minister of St Kitts and Nevis, Dr Terrance Drew, in London today, ahead of his audience with His Majesty King Charles III.',
        'Foreign, Commonwealth & Development Office',
        '2025-01-23',
      ),
    ).toContain('mentioned: Charles III (GBR)');
  });
});

describe('possessives of states and people introduced', () => {
  it('seat a leader "of Libya’s Government", keep a leader whose initiative was introduced absent, and seat one introduced in person', () => {
    expect(
      record('PM call with Prime Minister Dbeibah of Libya', 'The Prime Minister spoke to Prime Minister Abdul Hamid Dbeibah of Libya’s Government of National Unity this morning.', "Prime Minister's Office, 10 Downing Street", '2023-09-15'),
    ).toContain('counterpart: Abdul Hamid Dbeibah (LBY)');
    const mofa = record(
      'Japan-Barbados Foreign Ministers’ Meeting',
      'On September 20, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with the Hon. Mr. Kerrie SYMMONDS, Minister of Foreign Affairs and Foreign Trade of Barbados. Minister Symmonds introduced the Bridgetown Initiative led by Prime Minister Mia Mottley.',
      'Ministry of Foreign Affairs of Japan',
      '2023-09-20',
    );
    expect(mofa).toContain('counterpart: Kerrie SYMMONDS (BRB)');
    expect(mofa).toContain('mentioned: Mia Mottley (BRB)');
    expect(
      record(
        'Readout of President Biden’s Meeting with President Zelenskyy of Ukraine',
        'President Biden met President Zelenskyy of Ukraine at the White House. President Biden introduced Special Representative for Ukraine’s Economic Recovery Ann Carver, who will focus on the private sector.',
        'The White House',
        '2023-09-21',
      ),
    ).toContain('accompanying: Ann Carver (USA)');
  });
});

describe('joined titles of one state', () => {
  it('give a set-off name the state of the first of its joined titles, under the Northern Ireland Office', () => {
    expect(
      record(
        'British-Irish Intergovernmental Conference',
        'The Secretary of State for Northern Ireland, John Hale, and the Tánaiste and Minister for Foreign Affairs and Minister for Defence, Sean Byrne, co-chaired a meeting of the British-Irish Intergovernmental Conference in Dublin today.',
        'Northern Ireland Office',
        '2024-12-03',
      ),
    ).toEqual(['principal: John Hale (GBR)', 'counterpart: Sean Byrne (IRL)']);
  });
});
