import { CueMatcher } from '../matching/CueMatcher.js';
import type { MeetingKind } from '../model/Meeting.js';
import { loadDataFile, type DataSource } from './loadDataFile.js';

export interface MeetingCuesFile {
  version: 1;
  kinds: { kind: MeetingKind; title: string[]; text: string[] }[];
  occasion: string[];
  locationCues: string[];
  present: string[];
  occasionEnd: string[];
  absentBefore: string[];
  presentNotAfter?: string[];
  presentPlanned?: string[];
  presentPast?: string[];
  attendingVerbs?: string[];
  ledBodies?: string[];
  releaseVoices?: string[];
  leadsAfter?: string[];
  leadsBefore?: string[];
  leadsEnd?: string[];
  earlierEncounter?: string[];
  occasionAt?: string[];
  gatherings?: string[];
  hostVerbs?: string[];
  hostedNouns?: string[];
  residentCues?: string[];
  visitFormats?: string[];
  ownVenues?: string[];
  postTitles?: string[];
  otherEncounters?: string[];
  recallVerbs?: string[];
  resultGoesTo?: string[];
  sentTo?: string[];
  officeOfSide?: string[];
  nearCues?: string[];
  visitsUnderWay?: string[];
  presentAfterJoin?: string[];
  joinVerbs?: string[];
  delegationHeads?: string[];
  onBehalfNouns?: string[];
  otherDayOpeners?: string[];
  travelWords?: string[];
  hostlessOccasions?: string[];
  marginWords?: string[];
  spansOfTime?: string[];
  concludedVerbs?: string[];
  sameDayWords?: string[];
  presentBe?: string[];
  hostsBy?: string[];
  presentBeforePerson?: string[];
  callsFrom?: string[];
  notCallTitles?: string[];
  placeParticles?: string[];
}

/** A kind cue: which kind, how early in the list (lower wins), and the phrase. */
export interface KindCue {
  kind: MeetingKind;
  rank: number;
  phrase: string;
}

/** data/meetings.yaml compiled: matchers for kind cues in titles and text, occasions, location cues. */
export interface MeetingCues {
  title: CueMatcher<KindCue>;
  text: CueMatcher<KindCue>;
  occasion: CueMatcher<string>;
  /** Words before an occasion that is a named gathering only ("at the G20 Leaders' Summit"). */
  occasionAt: CueMatcher<string>;
  /** Words that make a capitalised phrase a gathering (lower-case). */
  gatherings: ReadonlySet<string>;
  /** Verbs after a seat of government that make it the meeting's place ("Moscow hosted political consultations"). */
  hostVerbs: ReadonlySet<string>;
  /** What such a verb must host, within three words, for the seat to be the meeting's place (not "hosts the SCO summit next year"). */
  hostedNouns: ReadonlySet<string>;
  /** Kind cues of a meeting with someone posted in the host's capital ("summoned the Ambassador"): never a visit. */
  residentCues: ReadonlySet<string>;
  /** Dialogue cues that name a format of talks ("strategic communication"): in one side's country on the other's trip, a visit. */
  visitFormats: ReadonlySet<string>;
  /** Seating cues that seat only after a verb of joining earlier in the sentence ("joined President Bio for the meeting"). */
  presentAfterJoin: ReadonlySet<string>;
  joinVerbs: ReadonlySet<string>;
  /** Nouns before "of" that make a seating cue the head's sentence ("The head of the Russian delegation"): it seats no one. */
  delegationHeads: ReadonlySet<string>;
  /** Nouns before "of" that name one on whose behalf or order others act ("on behalf of", "by decision of"): not present. */
  onBehalfNouns: ReadonlySet<string>;
  /** Sentence openings that put what the sentence tells on another day ("The day before, ... was received by"). */
  otherDayOpeners: CueMatcher<string>;
  /** Visit cues, with the words before them, that tell a visit under way ("on a state visit", "is visiting"). */
  visitsUnderWay: readonly string[];
  /** Location cues that place a meeting only near a party's own city ("held talks outside Beijing"). */
  nearCues: ReadonlySet<string>;
  /** Venues named bare that are the publisher's own ("was called in to the Ministry"): in its state. */
  ownVenues: ReadonlySet<string>;
  /** Titles of a post abroad: "to" after one names where the post is, not where the meeting was. */
  postTitles: readonly string[];
  /** After a seating cue and a possessive, encounters other than the one reported ("joined the President's calls"). */
  otherEncounters: ReadonlySet<string>;
  /** Verbs of recalling: a seating cue after one tells an earlier encounter. */
  recallVerbs: ReadonlySet<string>;
  /** Words just before a name that keep the person from the table in any sentence ("to be put before President X"). */
  resultGoesTo: ReadonlySet<string>;
  /** Nouns before "to" and a name that send something to one away ("pass his regards to President Xi"). */
  sentTo: ReadonlySet<string>;
  /** Words before a title referring back that make it an office spoken of ("to its President"). */
  officeOfSide: ReadonlySet<string>;
  /** Words of the opening that say someone travelled ("who was paying a visit to China"). */
  travelWords: CueMatcher<string>;
  /** Names of gatherings no member state hosts ("General Assembly"), found inside an occasion: never a visit. */
  hostlessOccasions: readonly string[];
  /** Words of a meeting held beside a gathering ("on the margins of"), read a few words before it. */
  marginWords: ReadonlySet<string>;
  /** Nouns that set a clause a span of time before the meeting ("one day after"). */
  spansOfTime: ReadonlySet<string>;
  /** Verbs of something concluded in such a clause ("reached a trade agreement"). */
  concludedVerbs: ReadonlySet<string>;
  /** Words that put a relative clause's act on the meeting's own day ("which the two ministers inaugurated earlier today"). */
  sameDayWords: ReadonlySet<string>;
  /** Present forms of "be" in a relative clause that say what the thing is ("which is held there every spring"). */
  presentBe: ReadonlySet<string>;
  /** Passive verbs whose agent after "by" sits at the table, after a form of "be" ("was received by Deputy Foreign Minister ...", not "the dinner hosted by"). */
  hostsBy: ReadonlySet<string>;
  /** Seating cues that seat only a person named a few words after them ("introduced Special Representative ..."). */
  presentBeforePerson: ReadonlySet<string>;
  /** Nouns of a call whose caller after "from" is on the line ("received a telephone call today from Minister X"). */
  callsFrom: ReadonlySet<string>;
  /** Title phrases whose "call" is a visit paid in person ("Courtesy Call on Prime Minister Kishida by ..."). */
  notCallTitles: CueMatcher<string>;
  /** Small words inside a place's name ("Punta del Este"). */
  placeParticles: ReadonlySet<string>;
  location: CueMatcher<string>;
  /** Words that make the people of their sentence present. */
  present: CueMatcher<string>;
  /** Words that end an occasion's noun phrase (lower-case). */
  occasionEnd: ReadonlySet<string>;
  /** Words before a name that make the person spoken of, not present (lower-case). */
  absentBefore: ReadonlySet<string>;
  /** Words a few words before a present cue that make it a plan, not a seating ("will lead a delegation"). */
  presentNotAfter: ReadonlySet<string>;
  /** Phrases anywhere before a present cue in its sentence that make it a plan ("looked forward to welcoming ... the delegation"). */
  presentPlanned: CueMatcher<string>;
  /** Words a few words after a present cue in a "who" clause that put it at another, earlier event ("who attended the Coronation in London last May"). */
  presentPast: ReadonlySet<string>;
  /** The words of the seating cues that say someone attends something ("who is taking part in TICAD 8"). */
  attendingVerbs: ReadonlySet<string>;
  /** Nouns before "headed by", "led by": a body's head, not a delegation's ("the leadership headed by President X"). */
  ledBodies: ReadonlySet<string>;
  /** Words of a speaker's title that make them the release's voice, named as `mentioned` ("Spokesperson", "Press Secretary"; lower-case). */
  releaseVoices: readonly string[];
  /** Words that make the people after (`after`) or before (`before`) them in a present sentence their sides' leads, and words that end an `after` cue's leads (`end`). */
  leads: CueMatcher<'after' | 'before' | 'end'>;
  /** Words just before a kind cue that make it an earlier encounter, not the one reported ("following up on their phone call"), and its people absent ("following the Secretary's meeting with President X"). */
  earlierEncounter: CueMatcher<string>;
}

export function loadMeetingCues(dataDir: DataSource): MeetingCuesFile {
  return loadDataFile<MeetingCuesFile>(dataDir, 'meetings.yaml', 'meetings.schema.json');
}

export function compileMeetingCues(file: MeetingCuesFile, tokenize: (phrase: string) => string[]): MeetingCues {
  const cues = (which: 'title' | 'text') => file.kinds.flatMap((k, rank) => k[which].map((phrase) => [phrase, { kind: k.kind, rank, phrase }] as const));
  return {
    title: new CueMatcher(cues('title'), tokenize),
    text: new CueMatcher(cues('text'), tokenize),
    occasion: new CueMatcher(
      file.occasion.map((p) => [p, p] as const),
      tokenize,
    ),
    occasionAt: new CueMatcher(
      (file.occasionAt ?? []).map((p) => [p, p] as const),
      tokenize,
    ),
    gatherings: new Set(file.gatherings ?? []),
    hostVerbs: new Set(file.hostVerbs ?? []),
    hostedNouns: new Set(file.hostedNouns ?? []),
    residentCues: new Set(file.residentCues ?? []),
    visitFormats: new Set(file.visitFormats ?? []),
    ownVenues: new Set(file.ownVenues ?? []),
    postTitles: file.postTitles ?? [],
    otherEncounters: new Set(file.otherEncounters ?? []),
    recallVerbs: new Set(file.recallVerbs ?? []),
    resultGoesTo: new Set(file.resultGoesTo ?? []),
    sentTo: new Set(file.sentTo ?? []),
    officeOfSide: new Set(file.officeOfSide ?? []),
    nearCues: new Set(file.nearCues ?? []),
    visitsUnderWay: file.visitsUnderWay ?? [],
    presentAfterJoin: new Set(file.presentAfterJoin ?? []),
    joinVerbs: new Set(file.joinVerbs ?? []),
    delegationHeads: new Set(file.delegationHeads ?? []),
    onBehalfNouns: new Set(file.onBehalfNouns ?? []),
    otherDayOpeners: new CueMatcher((file.otherDayOpeners ?? []).map((p) => [p, p] as const), tokenize),
    travelWords: new CueMatcher((file.travelWords ?? []).map((p) => [p, p] as const), tokenize),
    hostlessOccasions: file.hostlessOccasions ?? [],
    marginWords: new Set(file.marginWords ?? []),
    spansOfTime: new Set(file.spansOfTime ?? []),
    concludedVerbs: new Set(file.concludedVerbs ?? []),
    sameDayWords: new Set(file.sameDayWords ?? []),
    presentBe: new Set(file.presentBe ?? []),
    hostsBy: new Set(file.hostsBy ?? []),
    presentBeforePerson: new Set(file.presentBeforePerson ?? []),
    callsFrom: new Set(file.callsFrom ?? []),
    notCallTitles: new CueMatcher((file.notCallTitles ?? []).map((p) => [p, p] as const), tokenize),
    placeParticles: new Set(file.placeParticles ?? []),
    location: new CueMatcher(
      file.locationCues.map((p) => [p, p] as const),
      tokenize,
    ),
    present: new CueMatcher(
      file.present.map((p) => [p, p] as const),
      tokenize,
    ),
    occasionEnd: new Set(file.occasionEnd),
    absentBefore: new Set(file.absentBefore),
    presentNotAfter: new Set(file.presentNotAfter ?? []),
    presentPlanned: new CueMatcher((file.presentPlanned ?? []).map((p) => [p, p] as const), tokenize),
    presentPast: new Set(file.presentPast ?? []),
    attendingVerbs: new Set(file.attendingVerbs ?? []),
    ledBodies: new Set(file.ledBodies ?? []),
    releaseVoices: file.releaseVoices ?? [],
    earlierEncounter: new CueMatcher(
      (file.earlierEncounter ?? []).map((p) => [p, p] as const),
      tokenize,
    ),
    leads: new CueMatcher([...(file.leadsAfter ?? []).map((p) => [p, 'after'] as const), ...(file.leadsBefore ?? []).map((p) => [p, 'before'] as const), ...(file.leadsEnd ?? []).map((p) => [p, 'end'] as const)], tokenize),
  };
}
