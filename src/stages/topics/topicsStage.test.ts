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
});
