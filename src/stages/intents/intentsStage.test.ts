import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/defaultPipeline.js';

// Invented readouts; no real text.
const pipeline = createPipeline();

function intents(body: string) {
  const doc = pipeline.run({ id: null, origin: 't', format: 'text', body, publisher: 'U.S. Department of State' }, { date: '2024-03-12' });
  return doc.events.filter((e) => e.pattern.startsWith('commitment:')).map((e) => `${e.sentence} ${e.code} ${e.source.party}→${e.target.party} ${e.modality} "${e.evidence}"`);
}

describe('intents', () => {
  it('code a commitment whose verb no pattern knows as intent to cooperate, each way when joint, to meet when it names a meeting', () => {
    expect(
      intents(
        'Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. ' +
          'Foreign Minister Okafor said that the Nigerian side will take all necessary measures to protect American nationals. ' +
          'Both governments will support the development of offshore wind. ' +
          'The two ministers confirmed that the next meeting of the Binational Commission will be held in Lagos.',
      ),
    ).toEqual([
      '1 030 NGA→USA future "will take all necessary measures to protect American nationals"',
      '2 030 USA→NGA future "will support the development of offshore wind"',
      '2 030 NGA→USA future "will support the development of offshore wind"',
      '3 036 USA→NGA future "will be held in Lagos"',
      '3 036 NGA→USA future "will be held in Lagos"',
    ]);
  });

  it('add nothing where the event coder already found the intent, nor for a third state’s promise', () => {
    expect(intents('Secretary Quist met Foreign Minister Tunde Okafor of Nigeria in Abuja. The two sides agreed to hold the next round of talks in Lagos. Ghana will host a regional summit next year.')).toEqual([]);
  });

  it('are not part of a pipeline that codes with PETRARCH dictionaries', () => {
    expect(pipeline.names[pipeline.names.length - 1]).toBe('intents');
  });

  it('code no intent to cooperate from a commitment to refrain', () => {
    expect(intents('Secretary Quist met Foreign Minister Tunde Okafor of Nigeria. Foreign Minister Okafor said that Nigeria would not return to the aerial spraying of crops.')).toEqual([]);
  });
});
