import type { Doc } from '../src/model/Doc.js';
import { createPipeline } from '../src/pipeline/defaultPipeline.js';

/** One pipeline for the end-to-end tests on invented sentences (loaded once per test file). */
const pipeline = createPipeline();

/** The document the default pipeline makes of an invented text. */
export function read(body: string, publisher: string, date: string, title: string | null = null): Doc {
  return pipeline.run({ id: null, origin: 't', format: 'text', body, title, publisher }, { date });
}

/** Its participants as "role: name country". */
export const seats = (doc: Doc): string[] => doc.participants.map((p) => `${p.role}: ${p.name} ${p.country}`);

/** Its commitments as "sentence parties (due)". */
export const promises = (doc: Doc): string[] => doc.commitments.map((c) => `${c.sentence} ${c.parties.join('+')}${c.due ? ` (${c.due})` : ''}`);
