import { describe, expect, it } from 'vitest';
import { inventedSet } from '../../../test/fixtures/inventedDictionarySet.js';
import { readDictionarySet } from '../../dictionaries/petrarch/DictionarySet.js';
import { createPipeline, type PipelineOptions } from '../../pipeline/defaultPipeline.js';
import type { Pipeline } from '../../pipeline/Pipeline.js';

const SET = inventedSet();
const BUILTIN_ACTORS = inventedSet({ actors: 'builtin', agents: 'builtin' });
// One pipeline per set and options: each loads wink's model, which is slow to do dozens of times.
const pipelines = new Map<string, Pipeline>();
function pipelineFor(set: string, options: Omit<PipelineOptions, 'dictionaries'>): Pipeline {
  const key = `${set}|${options.requireDyad ?? true}`;
  let p = pipelines.get(key);
  if (!p) {
    p = createPipeline(undefined, { dictionaries: readDictionarySet(set), ...options });
    pipelines.set(key, p);
  }
  return p;
}

function code(text: string, date = '2012-05-01', options: Omit<PipelineOptions, 'dictionaries'> = {}, set = SET): string[] {
  const rec = pipelineFor(set, options).process({ id: 't', origin: 't', format: 'text', body: text, date }, { date });
  return rec.events.map((e) => `${e.source.code}>${e.target.code}:${e.code}`).sort();
}

describe('the dictionary coder (PETRARCH-format sets)', () => {
  it('codes subject, verb pattern and object from the words alone', () => {
    expect(code('Valdoria is about to restore full diplomatic ties with Kestria.')).toEqual(['VAL>KES:064']);
    expect(code('Valdoria will not restore relations with Kestria.')).toEqual(['VAL>KES:112']);
    expect(code('Valdoria gave two million gold marks to Kestria.')).toEqual(['VAL>KES:071']);
    expect(code('Valdoria gave advice to Kestria.')).toEqual(['VAL>KES:070']);
  });

  it('expands compounds and combines actors with agents before or after them', () => {
    expect(code('Valdoria and Kestria condemned Orvane.')).toEqual(['KES>ORV:122', 'VAL>ORV:122']);
    expect(code("Kestria's foreign minister condemned soldiers from Valdoria.")).toEqual(['KESGOVFRM>VALMIL:122']);
    expect(code('The Valdorian relief agency condemned the government of Kestria.')).toEqual(['NGOVAL>KESGOV:122']);
    expect(code('Officials in Valdoria and Kestria condemned Orvane.')).toEqual(['KESGOV>ORV:122', 'VALGOV>ORV:122']);
    expect(code('Valdoria condemned the Isles.')).toEqual(['VAL>ISA:122', 'VAL>ISB:122']);
  });

  it('codes a verb joined by "and" with the same source, and paired codes both ways', () => {
    expect(code('The Valdorian government condemned Orvane on Thursday and promised aid to Kestria.')).toEqual(['VALGOV>KES:050', 'VALGOV>ORV:122']);
    expect(code('The Kestria minister arrived in Valdoria on Monday.')).toEqual(['KESGOV>VAL:032', 'VAL>KESGOV:033']);
  });

  it('reads the passive and the compound subject of a % pattern', () => {
    expect(code('Kestria was condemned by Valdoria.')).toEqual(['VAL>KES:122']);
    expect(code('Valdoria and Kestria have postponed their meeting.')).toEqual(['KES>VAL:191', 'VAL>KES:191']);
  });

  it('picks dated codes by the story date', () => {
    expect(code('Talwyn condemned Valdoria.', '2012-05-01')).toEqual(['TALGOV>VAL:122']);
    expect(code('Talwyn condemned Valdoria.', '2016-05-01')).toEqual(['TAL>VAL:122']);
  });

  it('drops a sentence or, with +, the whole story on a discard phrase', () => {
    expect(code('Valdoria condemned Kestria. Valdoria and Kestria played chess.')).toEqual(['VAL>KES:122']);
    expect(code('Valdoria condemned Kestria. Football fans were happy.')).toEqual([]);
  });

  it('codes events with no target when require_dyad is off', () => {
    expect(code('Valdoria restored ties, a senior official said.')).toEqual([]);
    expect(code('Valdoria restored ties, a senior official said.', '2012-05-01', { requireDyad: false })).toEqual(['---GOV>---:023', 'VAL>---:064']);
    const rec = pipelineFor(SET, { requireDyad: false }).process({ id: 't', origin: 't', format: 'text', body: 'Valdoria restored ties.', date: '2012-05-01' });
    expect(rec.events.map((e) => [e.source.span, e.target.span, e.target.party])).toEqual([[{ start: 0, end: 8 }, null, null]]);
  });

  it("mixes readout's own actors with PETRARCH verbs: today's officials, dated", () => {
    expect(code('Secretary Blinken met Foreign Minister Wang Yi in Beijing.', '2023-06-19', {}, BUILTIN_ACTORS)).toEqual(['USAGOV>CHNGOV:031']);
  });
});
