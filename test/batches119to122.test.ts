import { describe, expect, it } from 'vitest';
import { promises, read, seats } from './readText.js';

// Invented sentences in the shapes held-out batches 119–122 showed the coder misreading; no real text.

describe('meetings', () => {
  it('read "held a meeting in Astana" as the meeting, a venue joined by a hyphen in a U.S. state, and "called in to the Ministry" as a meeting in the publisher’s state', () => {
    const cn = read(
      'On the evening of 3 July, President Xi Jinping held a meeting in Astana with President Vladimir Putin. Xi Jinping recalled Putin’s state visit to China in May.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2024-07-03',
      'President Xi Jinping Meets Russian President Vladimir Putin in Astana',
    );
    expect(cn.meeting).toMatchObject({ kind: 'meeting', location: { name: 'Astana', country: 'KAZ' } });
    const wh = read('President Donald J. Trump met today with President Vladimir Putin of the Russian Federation at Joint Base Elmendorf-Richardson in Anchorage, Alaska.', 'The White House', '2025-08-15', 'Readout of President Donald J. Trump’s Meeting with President Vladimir Putin');
    expect(wh.meeting).toMatchObject({ kind: 'visit', location: { name: 'Joint Base Elmendorf-Richardson', country: 'USA' } });
    const ru = read(
      'On 21 September, Chargé d’Affaires ad interim of the Republic of Latvia in Moscow Anna Berzina was called in to the Ministry, where Deputy Minister of Foreign Affairs Alexander Grushko received her.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2023-09-21',
    );
    expect(ru.meeting).toMatchObject({ kind: 'meeting', location: { name: 'Ministry', country: 'RUS' } });
  });
});

describe('participants', () => {
  it('read a set-off name whose first word names someone else, a name after an article’s hyphen, a UK nature minister, and no "Staff"; keep away one stood in for', () => {
    const fcdo = read(
      "The UK and Belize held their first Strategic Dialogue in London today, co-chaired by the Minister for Latin America and the Caribbean, Baroness Chapman of Darlington, and Belize's Minister of Foreign Affairs and Foreign Trade, Francis Fonseca.",
      'Foreign, Commonwealth & Development Office',
      '2024-10-22',
    );
    expect(seats(fcdo)).toContain('counterpart: Francis Fonseca BLZ');
    const ru = read(
      'On November 9, in Sochi, Deputy Foreign Minister of Russia Mikhail Bogdanov met with Deputy Minister of Foreign Affairs of the Republic of Liberia Ibrahim Al-bakri Nyei. Ibrahim Al-bakri Nyei is heading the Liberian delegation at the conference on behalf of Minister of Foreign Affairs Sara Beysolow Nyanti.',
      'Ministry of Foreign Affairs of the Russian Federation',
      '2024-11-09',
    );
    expect(seats(ru)).toEqual(['principal: Mikhail Bogdanov RUS', 'counterpart: Ibrahim Al-bakri Nyei LBR', 'mentioned: Sara Beysolow Nyanti LBR']);
    const defra = read("Nature Minister Mary Creagh met Madagascar's Minister of Environment, Max Fontaine, today in Cali, Colombia.", 'Department for Environment, Food & Rural Affairs', '2024-10-29');
    expect(seats(defra)).toEqual(['principal: Mary Creagh GBR', 'counterpart: Max Fontaine MDG']);
    const dod = read(
      'Secretary of Defense Lloyd J. Austin III spoke with Russian Minister of Defense Sergey Shoygu. General Mark A. Milley is expected to seek a call with the Chief of the Russian General Staff, General Valery Gerasimov.',
      'U.S. Department of Defense',
      '2022-05-13',
    );
    expect(dod.participants.map((p) => p.name)).not.toContain('Staff');
  });
});

describe('commitments', () => {
  it('take a promise after ", but" back to the sentence’s subject, an accepted invitation as the one who accepted’s, a clause past "as an opportunity to", no object in "agreed on in May", and new horizons', () => {
    const mod = read(
      'The Armed Forces Minister held a video call with the Djiboutian Minister of Defence Hassan Omar. The UK does not intend to open a permanent base in Djibouti, the Minister made clear, but will continue to rotate ships through the region. He said the UK would keep working with Djibouti to keep the sea lanes open for as long as the threat persists.',
      'Ministry of Defence',
      '2024-11-19',
    );
    expect(promises(mod)).toEqual(['1 GBR', '2 GBR (for as long as the threat persists)']);
    const no10 = read(
      'The Prime Minister spoke to the Emir of Kuwait, His Highness Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, this afternoon. His Highness accepted the Prime Minister’s invitation to visit the UK at a mutually convenient time.',
      "Prime Minister's Office, 10 Downing Street",
      '2024-10-08',
    );
    expect(promises(no10)).toEqual(['1 KWT (at a mutually convenient time)']);
    const cn = read(
      'Wang Yi held talks with Foreign Minister Regis Onanga Ndiaye of Gabon in Beijing. The two sides agreed to take the anniversary as an opportunity to hold a series of commemorative activities within the year. Wang Yi said China attaches importance to carrying out everything the two sides agreed on in May.',
      "Ministry of Foreign Affairs of the People's Republic of China",
      '2024-04-19',
    );
    expect(promises(cn)).toEqual(['1 CHN+GAB (within the year)']);
    const wh = read('President Biden spoke with Prime Minister Dick Schoof of the Netherlands. They agreed to keep working together to strengthen Ukraine’s air defenses ahead of the winter.', 'The White House', '2024-10-02');
    expect(promises(wh)).toEqual(['1 USA+NLD (ahead of the winter)']);
  });
});
