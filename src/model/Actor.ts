/** Kinds of things an actor mention can name. */
export type ActorKind = 'state' | 'organisation' | 'person' | 'group';

/**
 * An actor as events carry it. `code` is the CAMEO actor code (USA, USAGOV, CHNGOV,
 * IGOWSTNAT, USABUS); `party` the state or organisation it belongs to (USA, CHN, NATO), which
 * dyads are made of; `name` how the text (or the dictionary) names it.
 */
export interface Actor {
  code: string;
  party: string | null;
  name: string;
  kind: ActorKind;
  /** CAMEO role code (GOV, MIL, BUS, ...) when the mention names one. */
  role: string | null;
  /** The title as written ("State Councilor and Foreign Minister"), for people. */
  title: string | null;
}

/** Where an actor is mentioned: token range, character span, and how it was found. */
export interface Mention {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** More than one for compound and collective mentions ("Washington and Beijing", "the two sides"). */
  actors: Actor[];
  /** A place only (after "to", "in", "at" ...): a visit's destination, not an actor that acts. */
  place: boolean;
  /** How it was resolved: dictionary, title+name, or a reference ("he", "the Secretary", "both sides"). */
  via: 'dictionary' | 'title' | 'reference';
}
