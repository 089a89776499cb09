import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/defaultPipeline.js';

// Invented readouts in US and Chinese styles; no real text.
const pipeline = createPipeline();

function topics(body: string) {
  const doc = pipeline.run({ id: null, origin: 't', format: 'text', body, publisher: 'U.S. Department of State' }, { date: '2024-03-12' });
  return Object.fromEntries(doc.topics.map((t) => [t.id, { sentences: t.sentences, stance: t.stance }]));
}

describe('topics', () => {
  it('find the topics each sentence raises, and each side’s stance from its events', () => {
    const t = topics(
      'Secretary Quist met Foreign Minister Wang Yi in Beijing. ' +
        'The Secretary raised concerns about human rights violations in Xinjiang and Tibet. ' +
        'Wang Yi said the Taiwan question is at the core of China’s interests. ' +
        'The two sides agreed to resume cooperation on counternarcotics and fentanyl precursors. ' +
        'They welcomed the increase in direct flights and people-to-people exchanges.',
    );
    expect(t['human-rights']).toEqual({ sentences: [1], stance: { USA: 'concern' } });
    expect(t.taiwan?.sentences).toEqual([2]);
    expect(t.counternarcotics?.stance).toEqual({ USA: 'agreement', CHN: 'agreement' });
    expect(t['travel-flights']?.sentences).toEqual([4]);
    expect(t['people-to-people']?.sentences).toEqual([4]);
    expect(t.climate).toBeUndefined();
  });

  it('read no topic in an official’s title or the occasion, and let a general topic yield to a specific one', () => {
    const t = topics(
      'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria on the margins of the G20 in Rome. ' +
        'Senior Director for Counterterrorism and Energy Policy Lena Marsh joined the meeting. ' +
        'They underscored freedom of navigation in the South China Sea and condemned the DPRK’s ballistic missile launches.',
    );
    expect(Object.keys(t).sort()).toEqual(['korean-peninsula', 'south-china-sea']);
  });

  it('take British and Chinese phrasings of the war and of alliances', () => {
    const t = topics(
      'The Prime Minister met Foreign Minister Tunde Okafor of Nigeria. The Prime Minister raised concerns about support for Russia’s defence industrial base. ' +
        'The leaders reaffirmed their commitment to the defence of the region and discussed economic ties.',
    );
    expect(t['russia-ukraine']?.sentences).toEqual([1]);
    expect(t.alliances?.sentences).toEqual([2]);
    expect(t['trade-economic-practices']?.sentences).toEqual([2]);
  });

  it('take Russian and Japanese phrasings of defence, trade and detained nationals', () => {
    const t = topics(
      'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria. The ministers discussed military-technical cooperation. ' +
        'The Secretary requested the lifting of import restrictions on Nigerian cocoa and the early release of the detained nationals. They agreed to deepen cooperation in the fields of security and defence.',
    );
    expect(t['defense-cooperation']?.sentences).toEqual([1, 3]);
    expect(t['trade-economic-practices']?.sentences).toEqual([2]);
    expect(t['detained-citizens']?.sentences).toEqual([2]);
  });
});


describe('gatherings as settings', () => {
  it('read no topic in a gathering where the sides will meet or in a standing they share, but one in a cooperation list', () => {
    const t = topics(
      'Foreign Secretary Dana Holt met Foreign Minister Liu Ming in Beijing. ' +
        'The two ministers agreed to work towards a meeting of their leaders at the G20 summit in Rio de Janeiro next month. ' +
        'As permanent members of the UN Security Council the two countries had a duty to talk. ' +
        'The two sides will expand cooperation in trade, climate change and health. ' +
        'Russia will continue to strengthen the combat capability of the armed forces of Niger.',
    );
    expect(t['defense-cooperation']?.sentences).toEqual([4]);
    expect(t['multilateral-institutions']).toBeUndefined();
    expect(t['global-economy']).toBeUndefined();
    expect(t['public-health']?.sentences).toEqual([3]);
  });

  it('read no topic in the remit of a title read without its name, or in the place of a gathering', () => {
    const t = topics(
      'Secretary Quist met Foreign Minister Liu Ming in Beijing. ' +
        'Special Presidential Envoy for the Middle East and Africa, Deputy Foreign Minister Ivan Petrov took part in the talks. ' +
        'The leaders agreed to meet at the Commonwealth Heads of Government Meeting in Samoa in October. ' +
        'They discussed bauxite mining and the reform of the international financial system.',
    );
    expect(t['middle-east']).toBeUndefined();
    expect(t['pacific-islands']).toBeUndefined();
    expect(t['critical-minerals']?.sentences).toEqual([3]);
    expect(t['multilateral-institutions']?.sentences).toEqual([3]);
  });

  it('read energy words as energy, not climate, a grouping as an institution, not a region, and name the defence and aid cues the annotators use', () => {
    const t = topics(
      'Secretary Quist met Foreign Minister Liu Ming in Beijing. ' +
        'They discussed cooperation in clean energy and offshore wind. ' +
        'They welcomed ASEAN centrality and the G20 presidency. ' +
        'The Secretary thanked China for its contribution to KFOR. ' +
        'The hospital built with Chinese assistance opened last year.',
    );
    expect(t.energy?.sentences).toEqual([1]);
    expect(t.climate).toBeUndefined();
    expect(t['multilateral-institutions']?.sentences).toEqual([2]);
    expect(t['indo-pacific']).toBeUndefined();
    expect(t['global-economy']).toBeUndefined();
    expect(t['defense-cooperation']?.sentences).toEqual([3]);
    expect(t['development-finance']?.sentences).toEqual([4]);
  });

  it('read the Commonwealth, CELAC and the UK’s bases as their topics, and no economy in a dialogue’s name or technology in the digital economy', () => {
    const t = topics(
      'Secretary Quist met Foreign Minister Liu Ming in Beijing. ' +
        'They agreed to work together within the Commonwealth and the China-CELAC Forum. ' +
        'They discussed the RAF station and the Gurkhas. ' +
        'They looked forward to the next Economic and Financial Dialogue. ' +
        'They discussed the digital economy. ' +
        'The Foreign, Commonwealth and Development Office thanked the Commonwealth of Virginia.',
    );
    expect(t['multilateral-institutions']?.sentences).toEqual([1]);
    expect(t['western-hemisphere']?.sentences).toEqual([1]);
    expect(t['defense-cooperation']?.sentences).toEqual([2]);
    expect(t['global-economy']).toBeUndefined();
    expect(t['emerging-technologies']).toBeUndefined();
  });

  it('find topics in the words blind annotators keyed them to', () => {
    const t = topics(
      'Secretary Quist spoke with President Amadou Diallo. ' +
        'The Secretary urged transparency in the management of public revenues. ' +
        'He welcomed work with the Drug Enforcement Administration. ' +
        'The two leaders agreed to keep making travel easier between their countries. ' +
        'The Secretary stressed the independence of the judiciary.',
    );
    expect(t.corruption?.sentences).toEqual([1]);
    expect(t['law-enforcement']?.sentences).toEqual([2]);
    expect(t['travel-flights']?.sentences).toEqual([3]);
    expect(t['democracy-governance']?.sentences).toEqual([4]);
  });

  it('read the Rarotonga Treaty, not the island, as arms control, and no pandemic or police in a date or a verb', () => {
    const t = topics(
      'Secretary Quist met Prime Minister Tom Vaka in Rarotonga. ' +
        'They discussed the economy since the pandemic. ' +
        'The Secretary welcomed work to police its exclusive economic zone. ' +
        'They reaffirmed the Rarotonga Treaty. ' +
        'He raised the recovery of assets moved abroad and the citizens abducted by the regime. ' +
        'They discussed the Asia Zero Emission Community and the British Garrison.',
    );
    expect(t['nuclear-arms-control']?.sentences).toEqual([3]);
    expect(t['public-health']).toBeUndefined();
    expect(t['law-enforcement']).toBeUndefined();
    expect(t.corruption?.sentences).toEqual([4]);
    expect(t['detained-citizens']?.sentences).toEqual([4]);
    expect(t.energy?.sentences).toEqual([5]);
    expect(t['defense-cooperation']?.sentences).toEqual([5]);
  });

  it('read gaining a nuclear weapon as proliferation, and the rights, exchanges and military channels the annotators named', () => {
    const t = topics(
      'Secretary Quist spoke with Foreign Minister Ana Silva. ' +
        'They agreed that Iran must never develop a nuclear weapon. ' +
        'The Secretary raised the Anti-Homosexuality Act and labor rights. ' +
        'They reviewed working groups on education and culture. ' +
        'He regretted that military counterparts had declined calls.',
    );
    expect(t.nonproliferation?.sentences).toEqual([1]);
    expect(t['nuclear-arms-control']).toBeUndefined();
    expect(t['human-rights']?.sentences).toEqual([2]);
    expect(t['people-to-people']?.sentences).toEqual([3]);
    expect(t['military-communication']?.sentences).toEqual([4]);
  });

  it('read Jimmy Lai, laws against Russia\'s malign activities, a Red Sea operation, language schools and opposition figures', () => {
    const t = topics(
      'Secretary Quist spoke with Foreign Minister Ana Silva. ' +
        'He pressed for Jimmy Lai, a British national held in Hong Kong, to be freed. ' +
        'She objected to the Countering Malign Russian Activities in Africa Act. ' +
        'They discussed Operation Prosperity Guardian. ' +
        'He raised the closure of language schools and the detention of opposition figures.',
    );
    expect(t['detained-citizens']?.sentences).toEqual([1]);
    expect(t.sanctions?.sentences).toEqual([2]);
    expect(t['defense-cooperation']?.sentences).toEqual([3]);
    expect(t['people-to-people']?.sentences).toEqual([4]);
    expect(t['democracy-governance']?.sentences).toEqual([4]);
  });

  it('read the militaries\' channels, an economic situation, fuel shortages, tanks and weapons pumped in', () => {
    const t = topics(
      'Secretary Quist spoke with Foreign Minister Ana Silva. ' +
        "He urged Beijing to resume communication between the two countries' militaries. " +
        "They discussed Bolivia's economic situation, including shortages of fuel. " +
        'The Russian side protested the transfer of main battle tanks and the pumping of Western weapons into Ukraine. ' +
        'He stressed accountability for the deaths during the protests.',
    );
    expect(t['military-communication']?.sentences).toEqual([1]);
    expect(t['global-economy']?.sentences).toEqual([2]);
    expect(t.energy?.sentences).toEqual([2]);
    expect(t['defense-cooperation']?.sentences).toEqual([3]);
    expect(t['human-rights']?.sentences).toEqual([4]);
  });

  it('read no economy in a humanitarian and economic situation, and Jimmy Lai as Hong Kong', () => {
    const t = topics('Secretary Quist spoke with Foreign Minister Ana Silva. They discussed the humanitarian and economic situation in Afghanistan. He raised the case of Jimmy Lai.');
    expect(t['global-economy']).toBeUndefined();
    expect(t['hong-kong']?.sentences).toEqual([2]);
  });

  it('read no aid in the humanitarian sphere, no vote in an election to a chair, no food in a hunger strike, no exchange in jobs for young people', () => {
    const t = topics(
      'Secretary Quist spoke with Foreign Minister Ana Silva. ' +
        'The parties discussed cooperation in the trade, economic and humanitarian spheres. ' +
        "She congratulated Mauritania on the President's election as Chairperson of the African Union. " +
        'He raised the case of a British national whose mother is on hunger strike. ' +
        'The Minister outlined programmes for young people and jobs for young people in the north. ' +
        "They discussed the two countries' innovation ecosystems.",
    );
    expect(t['humanitarian-aid']).toBeUndefined();
    expect(t.elections).toBeUndefined();
    expect(t['food-security']).toBeUndefined();
    expect(t['people-to-people']).toBeUndefined();
    expect(t.environment).toBeUndefined();
  });

  it('read insurgent attacks, economic reform, people who fled the fighting, UNRWA by its name, volunteers, CARSI and the training of doctors', () => {
    const t = topics(
      'Secretary Quist spoke with Foreign Minister Ana Silva. ' +
        'He expressed concern about continuing insurgent attacks on civilians. ' +
        "The Secretary welcomed Jordan's economic reform agenda. " +
        'She thanked Egypt for sheltering Sudanese who have fled the fighting. ' +
        'China supports the UN Relief and Works Agency for Palestine Refugees in the Near East. ' +
        'They welcomed the dispatch of Japan Overseas Cooperation Volunteers. ' +
        'They reviewed the Central America Regional Security Initiative. ' +
        'Japan supports the training of doctors and nurses.',
    );
    expect(t.terrorism?.sentences).toEqual([1]);
    expect(t['global-economy']?.sentences).toEqual([2]);
    expect(t.migration?.sentences).toEqual([3]);
    expect(t['humanitarian-aid']?.sentences).toEqual([4]);
    expect(t['people-to-people']?.sentences).toEqual([5]);
    expect(t['defense-cooperation']?.sentences).toEqual([6]);
    expect(t['public-health']?.sentences).toEqual([7]);
  });

  it('read the General Assembly where two sides will meet as a setting', () => {
    const t = topics('Secretary Quist spoke with Foreign Minister Ana Silva. They discussed reform of the UN Security Council. They discussed trade. They discussed energy. They discussed Sudan.\n\nThe ministers agreed to meet in person on the margins of the UN General Assembly in New York next week.');
    expect(t['multilateral-institutions']?.sentences).toEqual([1]);
  });

  it('read no vote at home in the election of the Security Council\'s non-permanent members', () => {
    const t = topics('Secretary Quist spoke with Foreign Minister Ana Silva. He requested support for Japan\'s candidacy in the election of non-permanent members of the United Nations Security Council.');
    expect(t.elections).toBeUndefined();
  });

  it('read the death penalty as human rights, and a state never to possess nuclear weapons as nonproliferation', () => {
    const t = topics('Secretary Quist spoke with Foreign Minister Ana Silva. He raised the use of the death penalty. The two concurred that Iran must never be allowed to possess nuclear weapons.');
    expect(t['human-rights']?.sentences).toEqual([1]);
    expect(t.nonproliferation?.sentences).toEqual([2]);
    expect(t['nuclear-arms-control']).toBeUndefined();
  });

  it('keep aid in the humanitarian field or sphere of a crisis, arms control for states that possess nuclear weapons, and no human rights in a figure of speech', () => {
    const t = topics(
      'Secretary Quist spoke with Foreign Minister Ana Silva. ' +
        'Japan will continue its support in the humanitarian field for the people of Gaza. ' +
        'They discussed the situation in the humanitarian sphere in the north-east, where civilians lack food and medicine. ' +
        'He called on all states that continue to possess nuclear weapons to reduce their arsenals. ' +
        'She said the delay must not become a death sentence for the hostages.',
    );
    expect(t['humanitarian-aid']?.sentences).toEqual([1, 2]);
    expect(t['nuclear-arms-control']?.sentences).toEqual([3]);
    expect(t.nonproliferation).toBeUndefined();
    expect(t['human-rights']).toBeUndefined();
  });

  it('read security in the Black Sea, gangs that smuggle people and a defense dialogue', () => {
    const t = topics(
      'Secretary Quist spoke with Foreign Minister Ana Silva. They opposed illegitimate restrictions on the work of journalists. They discussed security in the Black Sea region. They discussed the criminal gangs that smuggle people. They looked forward to the Strategic and Defense Dialogue.',
    );
    expect(t.sanctions).toBeUndefined();
    expect(t['maritime-security']?.sentences).toEqual([2]);
    expect(t.migration?.sentences).toEqual([3]);
    expect(t['defense-cooperation']?.sentences).toEqual([4]);
  });

  it('keep what a second read of the rules showed: humanitarian cooperation of culture is no aid, a death sentence one faces is human rights, a state not to possess nuclear weapons is nonproliferation', () => {
    const t = topics(
      'Secretary Quist spoke with Foreign Minister Ana Silva. ' +
        'They discussed cooperation in the humanitarian sphere, including education and culture. ' +
        'The Secretary raised the case of a U.S. citizen facing a death sentence. ' +
        'They agreed Iran must not be permitted to acquire nuclear weapons.',
    );
    expect(t['humanitarian-aid']).toBeUndefined();
    expect(t['human-rights']?.sentences).toEqual([2]);
    expect(t.nonproliferation?.sentences).toEqual([3]);
    expect(t['nuclear-arms-control']).toBeUndefined();
  });
});

describe('topics of defence ministers’ calls', () => {
  it('read a channel between defence ministries as military communication, a state’s own defence capabilities as defence, and Western weapons as defence; costs imposed stay no sanctions (the U.S. readouts’ annotations key none)', () => {
    const t = topics(
      'Secretary of Defense Sam Carver spoke by phone today with Russian Minister of Defense Ivan Petrov. ' +
        'Secretary Carver underscored the value of keeping channels of communication open between the two defense ministries. ' +
        'Minister Petrov drew attention to the growing supplies of American and other Western weapons to Ukraine. ' +
        'The Secretary welcomed Japan’s determination to fundamentally strengthen Japan’s defense capabilities. ' +
        'He said the allies would continue imposing costs on Russia for its war.',
    );
    expect(t['military-communication']?.sentences).toEqual([1]);
    expect(t['defense-cooperation']?.sentences).toEqual([2, 3]);
    expect(t.sanctions).toBeUndefined();
  });
});

describe('topics of costs, companies, missiles and bonds', () => {
  it('read companies investing as investment, the Typhon as defence, and a blue bond as debt', () => {
    const t = topics(
      'Secretary Quist met Foreign Minister Ana Reyes of Belize in Washington. ' +
        'They committed to continue imposing severe costs on Russia for its war. ' +
        'The Secretary welcomed more American companies investing in Belize. ' +
        'Minister Reyes raised the Typhon system deployed in the region. ' +
        'Minister Reyes explained Belize’s blue bond for marine conservation.',
    );
    expect(t.investment?.sentences).toEqual([2]);
    expect(t['defense-cooperation']?.sentences).toEqual([3]);
    expect(t.debt?.sentences).toEqual([4]);
  });
});

describe('navies, servicing agreements and biosafety', () => {
  it('read the Royal Navy and a cross-servicing agreement as defence, and biosafety as public health', () => {
    const t = topics(
      'Secretary Quist met Foreign Minister Ana Reyes of Belize in Washington. ' +
        'They welcomed a new Acquisition and Cross-Servicing Agreement. ' +
        'The Secretary noted that the coast guard works closely with the Royal Navy. ' +
        'They signed a memorandum on cooperation in biosafety.',
    );
    expect(t['defense-cooperation']?.sentences).toEqual([1, 2]);
    expect(t['public-health']?.sentences).toEqual([3]);
  });
});
