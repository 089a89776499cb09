import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/defaultPipeline.js';

// Invented readouts in the styles of several governments; no real text.
const pipeline = createPipeline();

function meeting(body: string, options: { date?: string; title?: string; publisher?: string } = {}) {
  const doc = pipeline.run({ id: null, origin: 't', format: 'text', body, title: options.title ?? null, publisher: options.publisher ?? null }, { date: options.date ?? '2024-03-12' });
  return doc.meeting;
}

describe('meeting', () => {
  it('reads a Defense readout: its spokesperson line is the speaker, mentioned and not present, and a guest welcomed to the Pentagon is a visit there', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        body: 'Pentagon Press Secretary Air Force Maj. Gen. Dana Holt provided the following readout:\n\nSecretary of Defense Sam Carver welcomed Nigerian Minister of Defence Tunde Okafor to the Pentagon today. The two leaders discussed maritime security.',
        title: "Readout of Secretary of Defense Sam Carver's Meeting With Nigerian Minister of Defence Tunde Okafor",
        publisher: 'U.S. Department of Defense',
      },
      { date: '2024-12-04' },
    );
    expect(doc.meeting).toMatchObject({ kind: 'visit', location: { name: 'Pentagon', country: 'USA' } });
    expect(doc.meta.speaker?.value).toBe('Dana Holt');
    expect(doc.participants.map((p) => `${p.name} ${p.role}`)).toEqual(['Sam Carver principal', 'Tunde Okafor counterpart', 'Dana Holt mentioned']);
  });

  it('reads a visit: kind, destination, and a date range resolved against the reference date', () => {
    const m = meeting('Secretary of State Dana Quist traveled to Ottawa, Canada for meetings with Prime Minister Ellis Morrow from March 10-11. The two sides discussed Arctic security.', { publisher: 'U.S. Department of State' });
    expect(m).toMatchObject({ kind: 'visit', location: { name: 'Ottawa', country: 'CAN' }, start: '2024-03-10', end: '2024-03-11', parties: ['USA', 'CAN'] });
    expect(m?.evidence.kind.rule).toBe('traveled to');
  });

  it('reads a joint statement whose opening says its signatories met as that meeting, and a visit to a third country as a meeting there', () => {
    const statement = meeting('On September 26, Minister of Foreign Affairs of Canada Ellis Morrow and Minister of Foreign Affairs of Japan Aiko Tanabe met in New York on the sidelines of the UN General Assembly. The ministers discussed Arctic shipping.', {
      title: 'Joint press statement of the foreign ministers of Canada and Japan',
      date: '2024-09-26',
    });
    expect(statement).toMatchObject({ kind: 'meeting', location: { name: 'New York', country: 'USA' } });
    const third = meeting('On July 27, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, who is visiting Vientiane, Laos, to attend the ASEAN-related Foreign Ministers\' Meetings, held a meeting with Foreign Minister Mélanie Joly of Canada.', {
      publisher: 'Ministry of Foreign Affairs of Japan',
      date: '2024-07-27',
    });
    expect(third?.kind).toBe('meeting');
    expect(third?.location?.country).toBe('LAO');
  });

  it('takes a call from the title, with no location, on the reference date', () => {
    const m = meeting('The Secretary spoke today with Japanese Foreign Minister Aiko Tanabe. They discussed the Indo-Pacific.', { title: 'Secretary Quist’s Call with Japanese Foreign Minister Tanabe', publisher: 'U.S. Department of State' });
    expect(m).toMatchObject({ kind: 'call', location: null, start: '2024-03-12', end: '2024-03-12' });
    expect(m?.evidence.kind.rule).toBe('title: call');
  });

  it('takes a summit held by video teleconference for a call', () => {
    const m = meeting('On February 13, Mr. ISHIBA Shigeru, Prime Minister of Japan, held a video teleconference with the Prime Minister of Australia.', {
      title: 'Japan-Australia Summit Video Teleconference Meeting',
      publisher: 'Ministry of Foreign Affairs of Japan',
      date: '2025-02-13',
    });
    expect(m).toMatchObject({ kind: 'call', location: null, parties: ['JPN', 'AUS'] });
  });

  it('reads a meeting on the margins of a summit: the summit is the occasion, not the kind, and with the host a visit', () => {
    const m = meeting('Prime Minister Ellis Morrow met President Lucas Ferreira of Brazil on the margins of the G20 Leaders’ Summit in Rio de Janeiro, Brazil on Monday.', { date: '2024-11-19' });
    expect(m).toMatchObject({ kind: 'visit', occasion: 'G20 Leaders’ Summit', location: { country: 'BRA' }, start: '2024-11-18' });
  });

  it('reads a Chinese-style talks readout and a joint statement', () => {
    // "held talks" is how Chinese and Russian readouts say "met"; in the host's capital it is a visit.
    expect(meeting('On 12 March, Wang Yi held talks with Foreign Minister Aiko Tanabe of Japan in Beijing. The two sides had an in-depth exchange of views.', { publisher: "Ministry of Foreign Affairs of the People's Republic of China" })).toMatchObject({ kind: 'visit', location: { country: 'CHN' } });
    expect(meeting('The delegations of Japan and Nigeria held a third round of talks on a trade agreement in Geneva.')?.kind).toBe('talks');
    expect(meeting('The leaders of Japan and the Philippines issued the following joint statement. The two countries reaffirmed their strategic partnership.')).toMatchObject({ kind: 'joint-statement', start: null });
  });

  it('calls a meeting with no place written a meeting, and one in a side’s own country a visit', () => {
    const title = 'Readout of National Security Advisor Paul Rennick’s Meeting with Foreign Secretary Anna Hale of the United Kingdom';
    expect(meeting('National Security Advisor Paul Rennick met today with Foreign Secretary Anna Hale of the United Kingdom. They discussed Ukraine.', { title, publisher: 'The White House' })?.kind).toBe('meeting');
    expect(meeting('National Security Advisor Paul Rennick met today in Washington with Foreign Secretary Anna Hale of the United Kingdom.', { title, publisher: 'The White House' })).toMatchObject({ kind: 'visit', location: { country: 'USA' } });
  });

  it('takes where the delegations met, not where their officials came from, and knows venue cities', () => {
    const m = meeting('Officials from the White House and the Department of State met with a PRC delegation on May 14 in Geneva, Switzerland, to discuss AI risk.', { publisher: 'The White House', title: 'Statement on the U.S.-PRC Talks on AI Risk' });
    expect(m?.location).toMatchObject({ name: 'Geneva', country: 'CHE' });
  });

  it('reads a MOFA Japan opening: the country visited, and a date after "On the evening of"', () => {
    const m = meeting('On June 3, commencing at 4:00 p.m. for approximately 40 minutes, Ms. TANABE Aiko, Minister for Foreign Affairs, held a Japan-Nigeria Foreign Ministers\' Meeting with H.E. Mr. Tunde Okafor, Minister of Foreign Affairs of Nigeria, who is visiting Japan.', { publisher: 'Ministry of Foreign Affairs of Japan', date: '2024-06-04' });
    expect(m).toMatchObject({ location: { country: 'JPN' }, start: '2024-06-03' });
    const c = meeting('On the evening of 2 April 2024, Vice Premier Wen Hao held a video call with Nigerian Finance Minister Tunde Okafor.', { publisher: "Ministry of Foreign Affairs of the People's Republic of China", date: '2024-04-03' });
    expect(c).toMatchObject({ kind: 'call', start: '2024-04-02', end: '2024-04-02' });
  });

  it('finds no meeting in a statement that reports none', () => {
    expect(meeting('The United States condemns the missile launch. We call on all parties to exercise restraint.')).toBeNull();
  });
});

describe('meetings in a third country and sessions of a standing body', () => {
  it('reads two leaders meeting on the margins of a summit as a meeting, with the other leader’s state as party, not the host’s', () => {
    const m = meeting(
      'On July 11, commencing at 9:00 a.m. local time for approximately 20 minutes, Mr. AOKI Ren, Prime Minister of Japan, who is visiting Vilnius, Lithuania to attend the NATO Summit, held a summit meeting with Mr. Ola HALVORSEN, Prime Minister of the Kingdom of Norway. ' +
          'The two leaders concurred to strengthen cooperation on energy.',
      { date: '2023-07-11', title: 'Japan-Norway Summit Meeting', publisher: 'Ministry of Foreign Affairs of Japan' },
    );
    expect(m).toMatchObject({ kind: 'meeting', location: { country: 'LTU' }, parties: ['JPN', 'NOR'], occasion: 'NATO Summit' });
  });

  it('reads MOFA Japan’s "summit meeting" of two leaders, one visiting the other, as a visit, not a summit', () => {
    const m = meeting(
      'On March 3, commencing at 6:00 p.m. for approximately 45 minutes, Mr. AOKI Ren, Prime Minister of Japan, held a summit meeting with the Hon. Tomasi VUNILAGI, Prime Minister of the Republic of Fiji, who is visiting Japan.',
      { date: '2025-03-03', title: 'Japan-Fiji Summit Meeting', publisher: 'Ministry of Foreign Affairs of Japan' },
    );
    expect(m).toMatchObject({ kind: 'visit', location: { country: 'JPN' }, parties: ['JPN', 'FJI'] });
  });

  it('reads a leader who came for a gathering the host holds as visiting the host, and a Chinese province as China', () => {
    const m = meeting(
      'On August 21, commencing at 5:00 p.m. for approximately 30 minutes, Mr. AOKI Ren, Prime Minister of Japan, held a summit meeting with H.E. Mr. Peter Banda, President of the Republic of Zambia, who is visiting Yokohama to attend TICAD 9.',
      { date: '2025-08-21', title: 'Japan-Zambia Summit Meeting', publisher: 'Ministry of Foreign Affairs of Japan' },
    );
    expect(m).toMatchObject({ kind: 'visit', location: { country: 'JPN' }, parties: ['JPN', 'ZMB'] });
    expect(meeting('On March 30, Foreign Minister Wang Yi met with Nigerian Foreign Minister Tunde Okafor in Tunxi, Anhui Province.', { date: '2022-03-30', publisher: "Ministry of Foreign Affairs of the People's Republic of China" })).toMatchObject({ kind: 'visit', location: { country: 'CHN' } });
  });

  it('reads a session of an intergovernmental committee two ministers co-chair as a dialogue', () => {
    const m = meeting(
      'On the morning of 5 December, Foreign Minister Wang Yi and Laotian Minister of Foreign Affairs and International Cooperation Tan Vanh co-chaired a meeting of the China-Laos Intergovernmental Coordination Committee in Beijing.',
      { date: '2024-12-05', publisher: "Ministry of Foreign Affairs of the People's Republic of China", title: 'Wang Yi and Tan Vanh Co-chair a Meeting of the China-Laos Intergovernmental Coordination Committee' },
    );
    expect(m).toMatchObject({ kind: 'dialogue', location: { name: 'Beijing', country: 'CHN' }, parties: ['CHN', 'LAO'] });
  });

  it('takes the party the title names: an organisation whose chair is a state’s leader', () => {
    const m = meeting(
      'On October 10, commencing at 4:00 p.m. local time for approximately 60 minutes, Mr. AOKI Ren, Prime Minister of Japan, who is visiting Vientiane, attended the 27th ASEAN-Japan Summit Meeting. ' +
          'The meeting was chaired by Mr. Sonexay SIPHANDONE, Prime Minister of the Lao People’s Democratic Republic, as ASEAN Chair.',
      { date: '2024-10-10', title: 'The 27th ASEAN-Japan Summit Meeting', publisher: 'Ministry of Foreign Affairs of Japan' },
    );
    expect(m).toMatchObject({ kind: 'summit', parties: ['JPN', 'ASEAN'] });
  });

  it('reads a joint meeting of two ministries’ collegiums as a dialogue, and a visit to a city that is no capital', () => {
    const publisher = 'Ministry of Foreign Affairs of the Russian Federation';
    expect(meeting('On November 14, Foreign Minister Sergey Lavrov and Minister of Foreign Affairs of Belarus Ivan Petrov co-chaired a joint meeting of the collegiums of the two foreign ministries in Minsk.', { date: '2024-11-14', publisher })).toMatchObject({ kind: 'dialogue', location: { country: 'BLR' } });
    expect(meeting('On August 12, Foreign Minister Wang Yi held talks with Omani Foreign Minister Ali Hassan in Qingdao, Shandong Province.', { date: '2022-08-12', publisher: "Ministry of Foreign Affairs of the People's Republic of China" })).toMatchObject({ kind: 'visit', location: { name: 'Qingdao', country: 'CHN' } });
  });
});

describe('a place set off by a comma', () => {
  it('ends before the person named after the comma ("in Tiznit, Foreign Minister ... met")', () => {
    const found = meeting('On December 20, on the sidelines of the forum in Tiznit, Foreign Minister Sergey Lavrov met with Foreign Minister Kofi Mensah of Ghana.', {
      publisher: 'Ministry of Foreign Affairs of the Russian Federation',
      date: '2023-12-20',
    });
    expect(found?.location?.name).toBe('Tiznit');
    expect(found?.location?.country).not.toBe('RUS');
  });
});

describe('a strategic channel over two days', () => {
  it('is a dialogue, from the first day to the second when written "on January 26 and 27"', () => {
    const found = meeting('National Security Advisor Dana Holt met with Director Liu Ming in Bangkok, Thailand, on January 26 and 27, in the latest session of the strategic channel between the two countries.', {
      publisher: 'The White House',
      date: '2024-01-27',
    });
    expect(found).toMatchObject({ kind: 'dialogue', start: '2024-01-26', end: '2024-01-27' });
    const china = meeting('From 26 to 27 January, Foreign Minister Liu Ming held a new round of strategic communication in Bangkok with Dana Holt, Assistant to the President for National Security Affairs of the United States.', {
      publisher: "Ministry of Foreign Affairs of the People's Republic of China",
      date: '2024-01-27',
    });
    expect(china?.kind).toBe('dialogue');
  });
});

describe('a joint statement on one meeting', () => {
  it('is that meeting, placed and dated by the opening sentence that names its place, with its leads present', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        title: 'Joint Statement on the Third U.S.-Ghana Partnership Dialogue',
        body: 'The text of the following statement was released by the Governments of the United States of America and the Republic of Ghana.\n\nBegin text:\n\nThe United States and the Republic of Ghana held the third session of the U.S.-Ghana Partnership Dialogue in Accra on May 12-13, 2025. Assistant Secretary of State Dana Holt led the U.S. delegation, and Minister of Foreign Affairs Kofi Mensah led the Ghanaian delegation.',
        publisher: 'U.S. Department of State',
      },
      { date: '2025-05-14' },
    );
    expect(doc.meeting).toMatchObject({ kind: 'dialogue', location: { name: 'Accra', country: 'GHA' }, start: '2025-05-12', end: '2025-05-13' });
    const inaugural = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        title: 'Joint Statement on the U.S.-Ghana Strategic Dialogue',
        body: 'The text of the following statement was released by the Governments of the United States of America and the Republic of Ghana.\n\nBegin text:\n\nOn October 3, 2024, Deputy Secretary of State Dana Holt and Minister of Foreign Affairs Kofi Mensah convened the inaugural United States–Ghana Strategic Dialogue in Washington.',
        publisher: 'U.S. Department of State',
      },
      { date: '2024-10-03' },
    );
    expect(inaugural.participants.map((p) => `${p.role}:${p.name}`)).toEqual(['principal:Dana Holt', 'counterpart:Kofi Mensah']);
  });
});

describe('a joint statement on a negotiation round', () => {
  it('is the round it reports, though its opening says it is a joint statement', () => {
    const found = meeting(
      'The governments of the United Kingdom and the Republic of Mauritius issued the following joint statement:\n\nThe United Kingdom and Mauritius held a second round of negotiations on maritime delimitation in London on 11 and 12 January 2023.',
      { title: 'UK-Mauritius joint statement on the second round of negotiations on maritime delimitation', publisher: 'Foreign, Commonwealth & Development Office', date: '2023-01-13' },
    );
    expect(found).toMatchObject({ kind: 'talks', location: { name: 'London', country: 'GBR' }, start: '2023-01-11', end: '2023-01-12' });
  });
});

describe('a town no dictionary knows', () => {
  it('is in the visited side’s country', () => {
    const found = meeting('The Foreign Secretary, Dana Holt, met Chad’s Foreign Minister, Ali Mahamat, in Mongo today, before the two ministers travelled to the border.', {
      title: 'Foreign Secretary visits Chad',
      publisher: 'Foreign, Commonwealth & Development Office',
      date: '2025-01-24',
    });
    expect(found).toMatchObject({ kind: 'visit', location: { name: 'Mongo', country: 'TCD' } });
  });
});

describe('a meeting placed only by its occasion, a committee’s session, and a visit’s meeting', () => {
  it('is where the capital its occasion names is, a round of a standing body, and seats the minister met', () => {
    const russia = 'Ministry of Foreign Affairs of the Russian Federation';
    expect(meeting('On October 31, on the sidelines of the Third Minsk Forum on Regional Security, Sergey Lavrov met with Minister of Foreign Affairs of Serbia Marko Petrović.', { publisher: russia, date: '2024-10-31' })).toMatchObject({ location: { name: 'Minsk', country: 'BLR' } });
    expect(
      meeting('On May 9, Vice Premier Ding Xuexiang and Deputy Prime Minister of Kazakhstan Aidar Nurlanov co-chaired the fourth meeting of the China-Kazakhstan Intergovernmental Cooperation Committee in Astana.', {
        title: 'Ding Xuexiang Co-chairs the Fourth Meeting of the China-Kazakhstan Intergovernmental Cooperation Committee',
        publisher: "Ministry of Foreign Affairs of the People's Republic of China",
      })?.kind,
    ).toBe('dialogue');
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        title: 'Minister for Asia visits Bhutan',
        body: 'Minister for Asia Dana Holt visited Thimphu from 3 to 5 March. In her meeting with Foreign Minister Karma Wangdi, the Minister discussed climate finance. During the visit, the Minister also met Prime Minister Sonam Dorji.',
        publisher: 'Foreign, Commonwealth & Development Office',
      },
      { date: '2025-03-05' },
    );
    expect(doc.participants.map((p) => `${p.role}:${p.name}`)).toEqual(['principal:Dana Holt', 'counterpart:Karma Wangdi', 'mentioned:Sonam Dorji']);
  });

  it('is a round of an annual leaders’ meeting, not the state visit its text recalls, and seats a minister met "in talks with" and one with a hyphenated second title', () => {
    const doc = pipeline.run(
      {
        id: null,
        origin: 't',
        format: 'text',
        title: "Premier Li Qiang and Prime Minister Tom Hardy Hold the Fifth China-Fiji Annual Leaders' Meeting in Suva",
        body: 'Premier Li Qiang and Fijian Prime Minister Tom Hardy jointly presided over the fifth China-Fiji Annual Leaders’ Meeting in Suva on 17 June. Recalling that President Xi Jinping paid a state visit to Fiji ten years ago, Li Qiang said relations had grown.',
        publisher: "Ministry of Foreign Affairs of the People's Republic of China",
      },
      { date: '2024-06-17' },
    );
    expect(doc.meeting?.kind).toBe('dialogue');
    expect(doc.participants.map((p) => `${p.role}:${p.name}`)).toEqual(['principal:Li Qiang', 'counterpart:Tom Hardy', 'mentioned:Xi Jinping']);
    const uk = pipeline.run(
      { id: null, origin: 't', format: 'text', title: 'Minister for Europe visits Bhutan', body: 'The Minister for Europe, Dana Holt, visited Thimphu on 20 February. In talks with Minister of Foreign Affairs Karma Wangdi, the Minister discussed trade.', publisher: 'Foreign, Commonwealth & Development Office' },
      { date: '2025-02-20' },
    );
    expect(uk.participants.map((p) => `${p.role}:${p.name}`)).toEqual(['principal:Dana Holt', 'counterpart:Karma Wangdi']);
    const us = pipeline.run(
      { id: null, origin: 't', format: 'text', body: 'Secretary of State Dana Quist met today in Nadi with Fijian Acting Prime Minister and Attorney-General Tom Hardy.', publisher: 'U.S. Department of State' },
      { date: '2022-02-12' },
    );
    expect(us.participants.find((p) => p.name === 'Tom Hardy')).toMatchObject({ role: 'counterpart', country: 'FJI' });
  });

  it('reads a meeting that follows up on an earlier call as the meeting, not the call', () => {
    const m = meeting('Secretary of State Dana Quist met with Nigerian Foreign Minister Tunde Okafor today in Geneva, following up on their phone call earlier this week. The Secretary thanked the Swiss government.', { date: '2022-01-21', publisher: 'U.S. Department of State' });
    expect(m).toMatchObject({ kind: 'meeting', location: { name: 'Geneva', country: 'CHE' } });
  });

  it('places a meeting at a summit in the summit’s city, and a visit to Georgetown in Guyana', () => {
    expect(meeting('The Prime Minister met Prime Minister Shigeru Ishiba of Japan at the G20 Leaders’ Summit in Rio de Janeiro this evening.', { date: '2024-11-18', publisher: 'Prime Minister’s Office, 10 Downing Street' })).toMatchObject({ location: { name: 'Rio de Janeiro', country: 'BRA' } });
    expect(meeting('Secretary of State Marco Rubio met with Guyanese President Mohamed Irfaan Ali today in Georgetown.', { date: '2025-03-27', publisher: 'U.S. Department of State', title: 'Secretary Rubio’s Meeting with Guyanese President Ali' })).toMatchObject({ kind: 'visit', location: { name: 'Georgetown', country: 'GUY' } });
  });

  it('reads a named gathering after "at the" as the occasion, but not a place the sentence later calls a summit', () => {
    expect(meeting('The Prime Minister met Prime Minister Shigeru Ishiba of Japan at the G20 Leaders’ Summit in Rio de Janeiro this evening.', { date: '2024-11-18', publisher: 'Prime Minister’s Office, 10 Downing Street' })?.occasion).toBe('G20 Leaders’ Summit');
    expect(meeting('President Dana Quist hosted President Tomas Kiri of Kiribati at the White House today for a trilateral peace summit.', { date: '2025-08-08', publisher: 'The White House' })?.occasion).toBeNull();
  });

  it('reads a title that holds talks during a visit as the visit, and a steering committee’s session as a dialogue', () => {
    expect(meeting('Foreign Secretary Dana Holt held talks with Foreign Minister Murad Orazov of Turkmenistan in Ashgabat today, as part of her visit to Central Asia.', { date: '2024-04-24', publisher: 'Foreign, Commonwealth & Development Office', title: 'Foreign Secretary holds talks in Ashgabat during visit to Turkmenistan' })?.kind).toBe('visit');
    expect(
      meeting('On 10 December 2024, Foreign Minister Wang Yi and Vietnamese Foreign Minister Tran Van Nam co-chaired the 16th meeting of the China-Vietnam Steering Committee for Bilateral Cooperation in Beijing.', {
        date: '2024-12-10',
        publisher: "Ministry of Foreign Affairs of the People's Republic of China",
        title: 'Wang Yi and Tran Van Nam Co-chair the 16th Meeting of the China-Vietnam Steering Committee for Bilateral Cooperation',
      })?.kind,
    ).toBe('dialogue');
  });

  it('reads a session of a partnership commission as a dialogue', () => {
    expect(
      meeting('Deputy Secretary of State Kurt Campbell and Georgian Foreign Minister Ilia Darchiashvili co-chaired a plenary session of the U.S.-Georgia Strategic Partnership Commission in Washington on March 14.', {
        publisher: 'U.S. Department of State',
      })?.kind,
    ).toBe('dialogue');
  });

  it('places a meeting in Rarotonga in the Cook Islands', () => {
    const m = meeting('Minister for the Indo-Pacific Jane Hart met the Prime Minister of the Cook Islands, Tom Vaka, in Rarotonga on 10 November.', { publisher: 'Foreign, Commonwealth & Development Office' });
    expect([m?.kind, m?.location?.country]).toEqual(['visit', 'COK']);
  });

  it('places a summons at the ministry, not at the post in a diplomat\'s title', () => {
    const m = meeting("On June 20, Chargé d'Affaires a.i. of the Republic of Lithuania in Moscow Ona Petraitė was summoned to the Ministry of Foreign Affairs of the Russian Federation.", {
      publisher: 'Ministry of Foreign Affairs of the Russian Federation',
      date: '2022-06-20',
    });
    expect([m?.location?.name, m?.location?.country]).toEqual(['Ministry of Foreign Affairs of the Russian Federation', 'RUS']);
  });

  it('places Trump Turnberry in the United Kingdom, not with the President', () => {
    const m = meeting('President Donald J. Trump met with Prime Minister Keir Starmer of the United Kingdom today at Trump Turnberry in Scotland.', { publisher: 'The White House', date: '2025-07-28' });
    expect([m?.location?.name, m?.location?.country]).toEqual(['Trump Turnberry', 'GBR']);
  });

  it('reads a meeting on the margins of the General Assembly in New York as no visit, and consultations held by video as a dialogue', () => {
    expect(meeting('Secretary of State Marco Rubio met today with Russian Foreign Minister Sergey Lavrov on the margins of the 80th United Nations General Assembly in New York.', { publisher: 'U.S. Department of State', date: '2025-09-24' })?.kind).toBe('meeting');
    expect(
      meeting('On November 15, political consultations between the Ministry of Foreign Affairs of the Russian Federation and the Ministry of Foreign Affairs of the Republic of Costa Rica were held via videoconference.', {
        publisher: 'Ministry of Foreign Affairs of the Russian Federation',
        title: 'Russian-Costa Rican political consultations',
        date: '2022-11-15',
      })?.kind,
    ).toBe('dialogue');
  });

  it('keeps a meeting in Washington ahead of the General Assembly a visit', () => {
    expect(meeting('Secretary Quist met with Foreign Minister Mauro Vieira of Brazil in Washington ahead of the UN General Assembly.', { publisher: 'U.S. Department of State' })?.kind).toBe('visit');
  });

  it('read "talks at the highest level" in a visited capital as a visit', () => {
    const m = meeting('On 21 March, President of the Russian Federation Vladimir Putin held talks in the Kremlin with Chairman of the People\'s Republic of China Xi Jinping, who is in Russia on a state visit.', {
      title: 'On Russian-Chinese talks at the highest level',
      publisher: 'Ministry of Foreign Affairs of the Russian Federation',
      date: '2023-03-21',
    });
    expect(m?.kind).toBe('visit');
  });

  it('keep the place of a relative clause on what was done earlier today or what a gathering is', () => {
    expect(meeting("The Foreign Secretary met Kenya's Foreign Minister, Musalia Mudavadi, at the new UK-Kenya Innovation Hub, which the two ministers inaugurated earlier today in Nairobi.", { publisher: 'Foreign, Commonwealth & Development Office', date: '2025-03-12' })?.location?.country).toBe('KEN');
    expect(meeting('Secretary Quist met Foreign Minister Ana Silva of Portugal at the annual Atlantic Forum, which was founded in Lisbon in 1995 and is held there every spring.', { publisher: 'U.S. Department of State', date: '2025-05-20' })?.location?.country).toBe('PRT');
  });

  it('read a joint economic committee as a dialogue', () => {
    expect(meeting('Foreign Minister Iwaya co-chaired the first meeting of the committee in Algiers with Minister Ahmed Attaf.', { title: 'The First Meeting of the Japan-Algeria Intergovernmental Joint Economic Committee', publisher: 'Ministry of Foreign Affairs of Japan', date: '2025-05-04' })?.kind).toBe('dialogue');
  });

  it('read a meeting ahead of a joint economic committee as no round of it', () => {
    expect(meeting('Foreign Minister Iwaya met Cabinet Secretary Musalia Mudavadi in Tokyo.', { title: 'Foreign Minister Iwaya meets Kenyan Cabinet Secretary ahead of the Japan-Kenya Joint Economic Committee', publisher: 'Ministry of Foreign Affairs of Japan', date: '2025-05-04' })?.kind).not.toBe('dialogue');
  });
});

describe('meeting places from a dateline and past a gathering, and a government committee', () => {
  it('take the dateline’s city when the text names no place, a place after a gathering’s name, and a government committee as a dialogue', () => {
    expect(
      meeting('JOHANNESBURG – United States Trade Representative Dana Holt met today with Madagascar’s Minister of Trade Ravo Rakoto on the margins of the 20th AGOA Forum.', {
        date: '2023-11-03',
        publisher: 'Office of the United States Trade Representative',
        title: 'Readout of Ambassador Holt’s Meeting with Madagascar’s Minister of Trade',
      }),
    ).toMatchObject({ location: { name: 'JOHANNESBURG', country: 'ZAF' } });
    expect(
      meeting('The Prime Minister met the Prime Minister of Kosovo, Albin Kurti, at the European Political Community summit at Blenheim Palace today.', {
        date: '2024-07-18',
        publisher: "Prime Minister's Office, 10 Downing Street",
        title: 'PM meeting with Prime Minister Kurti of Kosovo',
      }),
    ).toMatchObject({ kind: 'visit', location: { name: 'Blenheim Palace', country: 'GBR' } });
    expect(
      meeting('On September 4, Foreign Minister Wang Yi and Italian Foreign Minister Marco Conti co-chaired the 11th Joint Meeting of the China-Italy Government Committee in Beijing.', {
        date: '2023-09-04',
        publisher: "Ministry of Foreign Affairs of the People's Republic of China",
        title: 'Wang Yi and Italian Foreign Minister Marco Conti Co-chair the 11th Joint Meeting of the China-Italy Government Committee',
      })?.kind,
    ).toBe('dialogue');
  });
});

describe('regular meetings of heads of government', () => {
  it('read the regular meeting between two heads of government as a dialogue', () => {
    expect(
      meeting('On 3 November, Premier Li Qiang and Russian Prime Minister Ivan Petrov co-chaired the 30th regular meeting between Chinese and Russian heads of government in Hangzhou.', {
        date: '2025-11-03',
        publisher: "Ministry of Foreign Affairs of the People's Republic of China",
        title: 'Li Qiang and Russian Prime Minister Ivan Petrov Co-chair the 30th Regular Meeting Between Chinese and Russian Heads of Government',
      })?.kind,
    ).toBe('dialogue');
  });
});
