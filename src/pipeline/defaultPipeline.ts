import { type LanguageData, loadLanguageData } from '../dictionaries/LanguageData.js';
import { cleanStage } from '../stages/clean/cleanStage.js';
import { extractStage } from '../stages/extract/extractStage.js';
import { metadataStage } from '../stages/metadata/metadataStage.js';
import { tokensStage } from '../stages/tokens/tokensStage.js';
import { Pipeline } from './Pipeline.js';

/**
 * The default pipeline: extract → clean → metadata → tokens. Later stages (actors, events,
 * topics, commitments, meeting) are added here. Pass `data` to run with other language data.
 */
export function createPipeline(data: LanguageData = loadLanguageData()): Pipeline {
  return new Pipeline([
    extractStage(),
    cleanStage(data),
    metadataStage(data.publishers),
    tokensStage(data.abbreviations),
  ]);
}
