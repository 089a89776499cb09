/**
 * A corpus of invented readouts and news reports for the scale benchmark, one JSON object a line
 * (`{id, date, title, publisher, text}`, what `readout ingest` reads). Every sentence is built
 * from the templates below with made-up officials, so no real readout text is in the repo; the
 * states, capitals and offices are real so that the coder finds actors, events, meetings, topics
 * and commitments as it would in real ones. Deterministic for a seed; documents are made one at
 * a time, so a million take no more memory than one.
 *
 *   node bench/scale/generate.mjs COUNT [SEED] > corpus.jsonl
 */
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';

// [name as written, adjective, capital, publisher that speaks for it (null: none of ours)]
const STATES = [
  ['the United States', 'U.S.', 'Washington', 'U.S. Department of State'],
  ['China', 'Chinese', 'Beijing', "Ministry of Foreign Affairs of the People's Republic of China"],
  ['Russia', 'Russian', 'Moscow', 'Ministry of Foreign Affairs of the Russian Federation'],
  ['Japan', 'Japanese', 'Tokyo', 'Ministry of Foreign Affairs of Japan'],
  ['the United Kingdom', 'British', 'London', 'Foreign, Commonwealth & Development Office'],
  ['India', 'Indian', 'New Delhi', 'Ministry of External Affairs, Government of India'],
  ['Germany', 'German', 'Berlin', 'Federal Foreign Office'],
  ['France', 'French', 'Paris', 'Ministry for Europe and Foreign Affairs'],
  ['Ukraine', 'Ukrainian', 'Kyiv', 'Ministry of Foreign Affairs of Ukraine'],
  ['Canada', 'Canadian', 'Ottawa', 'Global Affairs Canada'],
  ['Australia', 'Australian', 'Canberra', 'Department of Foreign Affairs and Trade'],
  ['South Korea', 'South Korean', 'Seoul', 'Ministry of Foreign Affairs of the Republic of Korea'],
  ['Brazil', 'Brazilian', 'Brasilia', null],
  ['Indonesia', 'Indonesian', 'Jakarta', null],
  ['Egypt', 'Egyptian', 'Cairo', null],
  ['Turkey', 'Turkish', 'Ankara', null],
  ['Saudi Arabia', 'Saudi', 'Riyadh', null],
  ['Nigeria', 'Nigerian', 'Abuja', null],
  ['Mexico', 'Mexican', 'Mexico City', null],
  ['Vietnam', 'Vietnamese', 'Hanoi', null],
  ['Poland', 'Polish', 'Warsaw', null],
  ['Kazakhstan', 'Kazakh', 'Astana', null],
  ['Iran', 'Iranian', 'Tehran', null],
  ['Israel', 'Israeli', 'Jerusalem', null],
];
const FIRST = ['Elena', 'Marcus', 'Hiroshi', 'Amara', 'Tomasz', 'Lucia', 'Ravi', 'Ingrid', 'Omar', 'Mei', 'Jonas', 'Adaeze', 'Pavel', 'Sofia', 'Kenji', 'Leila', 'Dmitri', 'Claire', 'Arjun', 'Nadia'];
const LAST = ['Marsh', 'Okafor', 'Tanaka', 'Kowalczyk', 'Ferreira', 'Lindqvist', 'Haddad', 'Novak', 'Castellanos', 'Brenner', 'Adeyemi', 'Sato', 'Volkov', 'Duarte', 'Hale', 'Nakamura', 'Petrov', 'Moreau', 'Iyer', 'Whitcombe'];
const OFFICES = ['Foreign Minister', 'Prime Minister', 'President', 'Defense Minister', 'National Security Advisor', 'Trade Minister', 'Deputy Foreign Minister'];
const OCCASIONS = ['the G20 Summit', 'the UN General Assembly', 'the ASEAN Regional Forum', 'the Munich Security Conference', 'the East Asia Summit', 'the OSCE Ministerial Council'];
const TOPICS = ['climate change', 'trade and investment', 'the war in Ukraine', 'the situation in the Middle East', 'nuclear non-proliferation', 'food security', 'cybersecurity', 'maritime security in the South China Sea', 'global health', 'counternarcotics cooperation', 'energy security', 'human rights', 'critical minerals supply chains', 'humanitarian assistance to Gaza'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WIRES = ['Meridian Wire', 'Global Dispatch', 'Continental Press', 'Harbor News Service'];

/** mulberry32: small, fast, and the same sequence for a seed on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Yields `count` documents; about 70% government readouts, the rest wire-style news reports. */
export function* generateDocuments(count, seed = 1) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const twoStates = () => {
    // Readouts come from the states with a publisher; their counterparts from anywhere.
    const home = STATES[Math.floor(r() * 12)];
    let other = pick(STATES);
    while (other === home) other = pick(STATES);
    return [home, other];
  };
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const of = (s) => (s.endsWith('s') ? `${s}’` : `${s}’s`);
  // A few different sentences of a list, not the same one twice.
  const some = (list, n) => {
    const copy = [...list];
    for (let k = 0; k < n; k++) {
      const j = k + Math.floor(r() * (copy.length - k));
      [copy[k], copy[j]] = [copy[j], copy[k]];
    }
    return copy.slice(0, n);
  };
  for (let i = 0; i < count; i++) {
    const [home, other] = twoStates();
    const year = 2015 + Math.floor(r() * 11);
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const written = `${MONTHS[month]} ${day}, ${year}`;
    const [hOffice, oOffice] = [pick(OFFICES), pick(OFFICES)];
    const [hName, oName] = [person(), person()];
    const topicA = pick(TOPICS);
    const topicB = pick(TOPICS);
    const third = pick(STATES);
    const call = r() < 0.4;
    const body = [];
    let title;
    let publisher;
    if (r() < 0.7) {
      publisher = home[3];
      title = `${home[1]} ${hOffice} ${of(hName)} ${call ? 'Call' : 'Meeting'} with ${other[1]} ${oOffice} ${oName}`;
      const where = r() < 0.3 ? ` on the margins of ${pick(OCCASIONS)}` : ` in ${pick([home, other])[2]}`;
      body.push(
        call
          ? `${home[1]} ${hOffice} ${hName} spoke by phone today with ${other[1]} ${oOffice} ${oName}. They discussed ${topicA} and ${topicB}.`
          : `${home[1]} ${hOffice} ${hName} met with ${other[1]} ${oOffice} ${oName} on ${written}${where}. The two sides discussed ${topicA}.`,
      );
      const middle = [
        `${hOffice} ${hName.split(' ')[1]} reaffirmed ${of(home[0])} commitment to ${topicB} and welcomed progress by the joint working group.`,
        `The ${hOffice} raised concerns about ${of(other[0])} support for ${third[0] === other[0] ? 'armed groups in the region' : `the government of ${third[0]}`}.`,
        `${hOffice} ${hName.split(' ')[1]} urged ${other[0]} to release detained nationals and to respect freedom of navigation.`,
        `Both sides condemned the attack on civilians in ${third[2]} and called for restraint.`,
        `${hName.split(' ')[1]} thanked ${oOffice} ${oName.split(' ')[1]} for ${of(other[0])} humanitarian assistance.`,
        `The two leaders underscored the importance of maintaining open channels of communication.`,
      ];
      body.push(...some(middle, 2 + Math.floor(r() * 3)));
      body.push(
        pick([
          `The two sides agreed to hold the next round of consultations in ${other[2]} in the coming months.`,
          `${hOffice} ${hName.split(' ')[1]} invited ${oOffice} ${oName.split(' ')[1]} to visit ${home[0]} at a mutually convenient time.`,
          `They agreed to establish a working group on ${topicA} by the end of the year.`,
          `${cap(home[0])} will provide further assistance on ${topicB}.`,
        ]),
      );
    } else {
      publisher = pick(WIRES);
      title = `${other[1]} ${oOffice} ${pick(['warns', 'visits', 'meets', 'criticises'])} ${home[0]} over ${topicA}`;
      body.push(`${other[2].toUpperCase()}, ${written} (${publisher}) — ${other[1]} ${oOffice} ${oName} said on Tuesday that ${home[0]} must stop interfering in ${of(other[0])} internal affairs.`);
      const middle = [
        `${cap(home[0])} imposed sanctions on ${other[1]} officials last week, a move ${other[0]} called unacceptable.`,
        `Protesters gathered outside the ${home[1]} embassy in ${other[2]}, police said.`,
        `${cap(other[0])} accused ${third[0] === home[0] ? 'its neighbours' : third[0]} of massing troops near the border.`,
        `${home[1]} ${hOffice} ${hName} is expected to travel to ${third[2]} next month for talks on ${topicB}.`,
        `The ${other[1]} foreign ministry rejected the proposal and threatened to expel the ${home[1]} ambassador.`,
        `Officials from both countries signed an agreement on ${topicB}, according to state media.`,
      ];
      body.push(...some(middle, 3 + Math.floor(r() * 4)));
    }
    yield { id: `scale-${seed}-${i}`, date, title, publisher, text: body.join('\n\n') };
  }
}

/** Writes `count` documents as JSONL to `out`, waiting for the stream when its buffer is full. */
export async function writeCorpus(out, count, seed = 1) {
  for (const doc of generateDocuments(count, seed)) {
    if (!out.write(`${JSON.stringify(doc)}\n`)) await once(out, 'drain');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [count = '1000', seed = '1'] = process.argv.slice(2);
  await writeCorpus(process.stdout, Number(count), Number(seed));
}
