import { compileActors } from '../dictionaries/actors.js';
import { compileCommitmentCues } from '../dictionaries/commitmentCues.js';
import { type LanguageData, loadLanguageData } from '../dictionaries/LanguageData.js';
import { compileMeetingCues } from '../dictionaries/meetingCues.js';
import { compileTopics } from '../dictionaries/topics.js';
import { compileDictionarySet, type DictionarySet } from '../dictionaries/petrarch/DictionarySet.js';
import { createWink, entryTokens, entryTokensMany } from '../nlp/wink.js';
import { dictionaryEventsStage } from '../stages/petrarch/dictionaryEventsStage.js';
import { actorsStage } from '../stages/actors/actorsStage.js';
import { cleanStage } from '../stages/clean/cleanStage.js';
import { commitmentsStage } from '../stages/commitments/commitmentsStage.js';
import { eventsStage } from '../stages/events/eventsStage.js';
import { extractStage } from '../stages/extract/extractStage.js';
import { intentsStage } from '../stages/intents/intentsStage.js';
import { meetingStage } from '../stages/meeting/meetingStage.js';
import { metadataStage } from '../stages/metadata/metadataStage.js';
import { participantsStage } from '../stages/participants/participantsStage.js';
import { tokensStage } from '../stages/tokens/tokensStage.js';
import { topicsStage } from '../stages/topics/topicsStage.js';
import { Pipeline } from './Pipeline.js';

export interface PipelineOptions {
  /** Code events with these PETRARCH-format dictionaries instead of readout's own patterns. */
  dictionaries?: DictionarySet;
  /** With `dictionaries`: PETRARCH's require_dyad (default true); false also codes events with no target. */
  requireDyad?: boolean;
}

/**
 * The default pipeline: extract → clean → metadata → tokens → actors → events → meeting →
 * participants → topics → commitments → intents. Pass `data` to
 * run with other language data, `options.dictionaries` to code events with a PETRARCH set; each pipeline owns its compiled dictionaries and wink instance.
 */
export function createPipeline(data: LanguageData = loadLanguageData(), options: PipelineOptions = {}): Pipeline {
  const wink = createWink();
  const tokenize = (phrase: string) => entryTokens(wink, phrase);
  const meetingCues = compileMeetingCues(data.meetings, tokenize);
  const events = options.dictionaries
    ? dictionaryEventsStage(compileDictionarySet(options.dictionaries, tokenize, data.actors, (phrases) => entryTokensMany(wink, phrases)), data.cameo, { requireDyad: options.requireDyad ?? true })
    : eventsStage({ patterns: data.patterns, codes: data.cameo, grammar: data.grammar, states: new Map(data.actors.countries.map((c) => [c.code, c.name])) });
  const commitmentCues = compileCommitmentCues(data.commitments, tokenize);
  return new Pipeline([
    extractStage(),
    cleanStage(data),
    metadataStage(data.publishers),
    tokensStage(wink, data.abbreviations),
    actorsStage({ actors: compileActors(data.actors, wink), references: data.references, publishers: data.publishers, grammar: data.grammar }),
    events,
    meetingStage(meetingCues, tokenize),
    participantsStage(data.grammar, meetingCues, commitmentCues.wishes),
    topicsStage(compileTopics(data.topics, tokenize)),
    commitmentsStage(commitmentCues, data.grammar),
    // A PETRARCH dictionary set codes what its own verbs say, nothing more.
    ...(options.dictionaries ? [] : [intentsStage(data.cameo, data.commitments.fulfilment.flatMap((r) => r.words))]),
  ]);
}
