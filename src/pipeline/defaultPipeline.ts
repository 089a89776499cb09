import { compileActors } from '../dictionaries/actors.js';
import { type LanguageData, loadLanguageData } from '../dictionaries/LanguageData.js';
import { createWink } from '../nlp/wink.js';
import { actorsStage } from '../stages/actors/actorsStage.js';
import { cleanStage } from '../stages/clean/cleanStage.js';
import { eventsStage } from '../stages/events/eventsStage.js';
import { extractStage } from '../stages/extract/extractStage.js';
import { metadataStage } from '../stages/metadata/metadataStage.js';
import { tokensStage } from '../stages/tokens/tokensStage.js';
import { Pipeline } from './Pipeline.js';

/**
 * The default pipeline: extract → clean → metadata → tokens → actors → events. Pass `data` to
 * run with other language data; each pipeline owns its compiled dictionaries and wink instance.
 */
export function createPipeline(data: LanguageData = loadLanguageData()): Pipeline {
  const wink = createWink();
  return new Pipeline([
    extractStage(),
    cleanStage(data),
    metadataStage(data.publishers),
    tokensStage(wink, data.abbreviations),
    actorsStage({ actors: compileActors(data.actors, wink), references: data.references, publishers: data.publishers, grammar: data.grammar }),
    eventsStage({ patterns: data.patterns, codes: data.cameo, grammar: data.grammar, states: new Map(data.actors.countries.map((c) => [c.code, c.name])) }),
  ]);
}
