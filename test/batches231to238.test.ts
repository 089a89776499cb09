import { describe, expect, it } from 'vitest';
import { promises, read, seats } from './readText.js';

// Invented sentences in the shapes held-out batches 231–238 showed the coder misreading; no real text.

const topicIds = (doc: ReturnType<typeof read>): string[] => doc.topics.map((t) => t.id);

describe('commitments (batches 231–234)', () => {
  it('read a season of a year, a farming season and a next journey as horizons', () => {
    const doc = read(
      'Foreign Minister Sergey Lavrov held talks with Minister of Foreign Affairs of Togo Robert Dussey in Sochi. The ministers agreed that their experts would finalise a visa agreement by the spring of 2025. Sergey Lavrov confirmed that Russia would deliver fertiliser to Togo before the planting season.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2024-11-09',
    );
    expect(doc.commitments.map((c) => c.due)).toEqual(['by the spring of 2025', 'before the planting season']);
    const us = read(
      'Administrator Jane Doe held a video call with President John Roe of Botswana. The Administrator and President Roe agreed to meet in Gaborone when the Administrator next travels to the region.',
      'U.S. Agency for International Development',
      '2023-06-14',
    );
    expect(us.commitments[0]?.due).toBe('when the Administrator next travels to the region');
  });

  it('give "his government" to the person who speaks, not to the last one named', () => {
    const uk = read(
      'The Prime Minister met Prime Minister Fumio Kishida of Japan in Washington this afternoon. The leaders said the friendship had never been closer, and the Prime Minister said his new government would make the partnership a priority.',
      "Prime Minister's Office, 10 Downing Street",
      '2024-07-11',
    );
    expect(promises(uk)).toContain('1 GBR');
    const us = read(
      'National Security Advisor Jake Sullivan spoke with President Azali Assoumani of the Comoros. President Azali briefed Mr. Sullivan on the preparations for the vote and said his government would invite international observers.',
      'The White House',
      '2023-03-21',
    );
    expect(promises(us)).toContain('1 COM');
  });

  it('make "X confirmed that <the other side\'s official> would attend" that official\'s promise, due by the last day named', () => {
    const doc = read(
      'The Foreign Secretary met Secretary of State Antony Blinken in Washington today. The UK will host the Ukraine Recovery Conference in London on 21 and 22 June, and the Foreign Secretary confirmed that Mr Blinken would attend.',
      'Foreign, Commonwealth & Development Office',
      '2023-05-09',
    );
    expect(promises(doc)).toEqual(['1 GBR (2023-06-22)', '1 USA']);
  });

  it('read "during the state visit" and "for as long as they wished" as horizons', () => {
    const cn = read(
      'Foreign Minister Wang Yi held a phone call with Peruvian Foreign Minister Javier González-Olaechea. The Chinese side will sign the upgrade protocol during the state visit.',
      'Ministry of Foreign Affairs of the People\'s Republic of China',
      '2024-10-09',
    );
    expect(cn.commitments[0]?.due).toBe('during the state visit');
    const uk = read(
      'The Prime Minister spoke to Sultan Haitham of Oman this afternoon. Sultan Haitham said Oman would continue to convene the parties for as long as they wished.',
      "Prime Minister's Office, 10 Downing Street",
      '2025-05-12',
    );
    expect(uk.commitments[0]?.due).toBe('for as long as they wished');
  });
});

describe('people, places and topics (batches 231–234)', () => {
  it('know Namibia\'s late president when he is only mentioned', () => {
    const doc = read(
      'Foreign Minister Wang Yi held phone talks with Namibian Deputy Prime Minister Netumbo Nandi-Ndaitwah. China welcomes the agreement reached by President Xi Jinping and President Hage Geingob in Johannesburg in August.',
      'Ministry of Foreign Affairs of the People\'s Republic of China',
      '2023-11-08',
    );
    expect(seats(doc)).toContain('mentioned: Hage Geingob NAM');
  });

  it('raise the topics of Indian Ocean security, a blockade, coercive economic practices and a free and fair general election', () => {
    const doc = read(
      'Foreign Minister Sergey Lavrov held a telephone conversation with Minister of Foreign Affairs of Mauritius Dhananjay Ramful. The ministers exchanged views on security in the Indian Ocean. Sergey Lavrov condemned the economic blockade of Cuba. The Deputy Secretary expressed concern about coercive economic practices in the region. Japan hopes that a free and fair general election will be held.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2025-03-12',
    );
    expect(topicIds(doc)).toEqual(expect.arrayContaining(['maritime-security', 'sanctions', 'trade-economic-practices', 'democracy-governance']));
  });
});

describe('participants (batches 235–238)', () => {
  it('seat one who "joined the Deputy Secretary"', () => {
    const doc = read(
      'Deputy Secretary of State Jane Doe led an American team in Geneva today for a round of the U.S.-Russia Strategic Stability Dialogue, where the Russian delegation was led by Deputy Foreign Minister Sergey Ryabkov. Under Secretary for Arms Control and International Security John Roe joined the Deputy Secretary.',
      'U.S. Department of State',
      '2022-01-10',
      "Deputy Secretary Doe's Participation in the U.S.-Russia Strategic Stability Dialogue",
    );
    expect(seats(doc)).toContain('accompanying: John Roe USA');
  });
});
