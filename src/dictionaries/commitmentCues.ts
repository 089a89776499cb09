import { CueMatcher } from '../matching/CueMatcher.js';
import type { MeetingKind } from '../model/Meeting.js';
import { loadDataFile, type DataSource } from './loadDataFile.js';

export type CommitmentCueKind = 'agree' | 'commit' | 'pledge' | 'invite' | 'intend' | 'plan' | 'future';

export interface CommitmentCue {
  cue: string;
  kind: CommitmentCueKind;
  takes: 'verb' | 'object' | 'invite';
  /** Only in reported speech: a "that" clause whose subject is an actor ("confirmed that the UK would provide"). */
  reported?: boolean;
  /** Only in a clause that hangs on an agreeing verb ("agreed that their teams should work"). */
  agreed?: boolean;
  /** The verb after the cue must be a gerund: "looked forward to welcoming", not "to continued coordination". */
  gerund?: boolean;
  /** Only before a passive: "is to be held in Tunis", not "the aim is to strengthen". */
  passiveOnly?: boolean;
  /** Only right after an actor, its subject: "Japan aims to", not "this effort aims to". */
  afterActor?: boolean;
  /** An actor and "to" come between the cue and its verb: "the commitment of the United States to address". */
  ofActor?: boolean;
  /** Never after a form of "be": "Uzbekistan ... intended to expand", not "which is intended to protect" (a purpose). */
  notAfterBe?: boolean;
  /** Said of no one: the table's ("An agreement was reached to continue"). */
  table?: boolean;
  /** Only of both sides together: "the two leaders asked their advisers to", not "the Gulf states had asked their officials to". */
  jointly?: boolean;
  /** An invitation that binds only once accepted, and then the invitee ("conveyed an invitation to X to visit Baghdad, which was gratefully accepted"). */
  acceptedOnly?: boolean;
  /** The inviter is named first, then one of these words and the invitee: "conveyed an invitation from President Ndayishimiye for Sergey Lavrov to visit". */
  inviteeAfter?: string[];
}

export interface CommitmentCuesFile {
  version: 1;
  clauseEnd: string[];
  cues: CommitmentCue[];
  futureStances: string[];
  hedgeNouns?: string[];
  hedgeVerbs?: string[];
  readiness?: string[];
  judgedParticiples?: string[];
  neededParticiples?: string[];
  frequencies?: string[];
  occasionNouns?: string[];
  opinionNouns?: string[];
  bodyNameJoiners?: string[];
  possessivePronouns?: string[];
  seasons?: string[];
  vagueProspects?: string[];
  refusedActs: string[];
  standingWords?: string[];
  assurances?: string[];
  futureActs: string[];
  happenings?: string[];
  jointActs?: string[];
  acceptances?: string[];
  wishes: string[];
  agreeingThat: string[];
  ownDelegates: string[];
  sidesNouns?: string[];
  agreeingNouns?: string[];
  sidesCounts?: string[];
  personRelatives?: string[];
  statedNeeds: string[];
  disapprovals?: string[];
  visitVerbs?: string[];
  invitedActs?: string[];
  contentNouns?: string[];
  scheduledPassives?: string[];
  principlePassives?: string[];
  principleManners?: string[];
  warnings?: string[];
  hostingVerbs?: string[];
  backgroundRelatives?: string[];
  perfectAuxiliaries?: string[];
  relativePassives?: string[];
  relatives: string[];
  asideOpeners?: string[];
  collectiveHeads?: string[];
  invertedConditionals?: string[];
  speakerBodies?: string[];
  committingBodies?: string[];
  encounterNouns?: string[];
  reportingParticiples?: string[];
  askingVerbs?: string[];
  receivingVerbs?: string[];
  visitorNouns?: string[];
  coAgreers?: string[];
  questionWords?: string[];
  doneParticiples?: string[];
  mechanismNouns?: string[];
  briefingVerbs?: string[];
  due: (string | { phrase: string; days: number })[];
  fulfilment: FulfilmentRule[];
}

/** A commitment whose action names one of `words` is fulfilled by a later meeting of one of `kinds`. */
export interface FulfilmentRule {
  words: string[];
  kinds: MeetingKind[];
}

/** data/commitments.yaml compiled. */
export interface CommitmentCues {
  /** Words that end a commitment's action (lower-case). */
  clauseEnd: ReadonlySet<string>;
  cues: CueMatcher<CommitmentCue>;
  /** The cues that end in "to" before a verb, without their "to": "agreed, with each side treating the other as an equal, to restore" is "agreed to". */
  headsBeforeAside: CueMatcher<CommitmentCue>;
  /** Verbs after "will" that state a stance, not a commitment (base forms: "will" takes no other). */
  futureStances: ReadonlySet<string>;
  /** Nouns that make a future a hedge whatever its verb ("would give ... consideration"). */
  hedgeNouns: ReadonlySet<string>;
  /** Verbs whose promise is none after any cue but an agreement ("expressed his intention to consider attending"). */
  hedgeVerbs: ReadonlySet<string>;
  /** Words after a future's "be" and before "to" that state readiness, not a promise ("would be prepared to speak again"). */
  readiness: ReadonlySet<string>;
  /** Participles after a future's "be" and before "by" and a question word that judge, not act ("will be measured by whether"). */
  judgedParticiples: ReadonlySet<string>;
  /** Participles after a future's "be", with no "to" after, that say what is needed, not who acts ("would be needed in the longer term"). */
  neededParticiples: ReadonlySet<string>;
  frequencies: ReadonlySet<string>;
  occasionNouns: ReadonlySet<string>;
  /** Nouns of an aside of opinion between a relative and its modal ("which in his view will"). */
  opinionNouns: ReadonlySet<string>;
  /** Lower-case words inside a body's name after its owner's possessive ("USDA's Animal and Plant Health Inspection Service"). */
  bodyNameJoiners: ReadonlySet<string>;
  /** Possessive pronouns before the speaker's own body ("said his government would"). */
  possessivePronouns: ReadonlySet<string>;
  seasons: ReadonlySet<string>;
  /** Gerunds after "looked forward to" that name no step ("working closely with him"). */
  vagueProspects: ReadonlySet<string>;
  /** Stance verbs and phrases that are acts once refused ("will never seek hegemony", "will not have any official exchanges"), as lower-case words. */
  refusedActs: readonly (readonly string[])[];
  /** Words just before a `commit` cue that make it a standing position ("has always been committed to"). */
  standingWords: ReadonlySet<string>;
  /** Verbs whose "that" clause, opened by a thing, holds their subject's promise ("confirmed that the first shipments would arrive"). */
  assurances: ReadonlySet<string>;
  /** Phrases that open with a stance verb yet are acts ("remain in close contact"), as lower-case words. */
  futureActs: readonly (readonly string[])[];
  /** Verbs after "will" that say an event happens, with no one acting ("will take place"): the table's, as a passive is. */
  happenings: readonly (readonly string[])[];
  /** Acts that take both sides whoever announces them ("We will meet again"), as lower-case words. */
  jointActs: readonly (readonly string[])[];
  /** Words that accept an invitation just made: the visit becomes the invitee's promise. */
  acceptances: ReadonlySet<string>;
  /** Words before a clause ("the hope that", "hopes") that make its future a wish for someone else. */
  wishes: ReadonlySet<string>;
  /** Verbs before "that" whose subject commits to the clause ("agreed that Minister Wang will visit"). */
  agreeingThat: ReadonlySet<string>;
  /** Words that open a clause's subject as the agreeing parties' own ("agreed that their teams should"). */
  ownDelegates: ReadonlySet<string>;
  /** Nouns after "two"/"both" that name the parties: "the teams of the two sides" are theirs. */
  sidesNouns: ReadonlySet<string>;
  /** Nouns of people who agree among themselves, the subject of an "agreed on" after them ("both teams agreed on"). */
  agreeingNouns: ReadonlySet<string>;
  /** The words before those nouns: "two", "both". */
  sidesCounts: ReadonlySet<string>;
  /** "who": a relative clause about a person between a subject and its future ("Kabulov, who accompanied the minister, will"). */
  personRelatives: ReadonlySet<string>;
  /** Nouns after "the" that make an agreed object a stated need ("agreed on the importance of"). */
  statedNeeds: ReadonlySet<string>;
  /** Words before a side's plan that make it another side's grievance ("expressed serious concern over Japan's plan to"). */
  disapprovals: ReadonlySet<string>;
  /** Verbs of an invitation's purpose that already say the invitee will come ("to visit Beijing"). */
  visitVerbs: ReadonlySet<string>;
  /** Verbs of an invitation to act, not to come ("invited her to continue the dialogue"): no promise. */
  invitedActs: ReadonlySet<string>;
  /** Nouns whose "that" opens what they say ("the understanding that"), not a relative clause. */
  contentNouns: ReadonlySet<string>;
  /** Participles that schedule a meeting ("..., to be held in London in the spring"). */
  scheduledPassives: ReadonlySet<string>;
  /** Participles of a principle, not a step: "agreed that the differences should be settled through dialogue". */
  principlePassives: ReadonlySet<string>;
  /** Words after such a participle that say how, not when or by whom ("through dialogue", "peacefully"). */
  principleManners: ReadonlySet<string>;
  /** Verbs of hosting a gathering: the other side's future one, told in a "which" clause after it, describes it. */
  hostingVerbs: ReadonlySet<string>;
  /** Verbs of warning: a future they report binds only the speaker's own side. */
  warnings: ReadonlySet<string>;
  /** Relative pronouns whose clause tells of a pledge made before ("to which Jamaica has pledged personnel"). */
  backgroundRelatives: ReadonlySet<string>;
  /** The auxiliaries of the perfect ("has pledged"). */
  perfectAuxiliaries: ReadonlySet<string>;
  /** Participles of a passive future after "which" that make it the table's ("which is to be held in Tunis"): the scheduled ones and the file's relativePassives. */
  relativePassives: ReadonlySet<string>;
  /** Relative pronouns before "will" ("an initiative which will deepen"): a future of no party. */
  relatives: ReadonlySet<string>;
  /** Words that open an aside set off by commas between a subject and its cue ("Laos, as the next ASEAN Chair, would"). */
  asideOpeners: ReadonlySet<string>;
  /** Nouns whose "of" gives them the state after it: "a team of UK humanitarian advisers would arrive" is the UK's promise. */
  collectiveHeads: ReadonlySet<string>;
  /** Words that open a sentence with a condition in inverted order ("Should the U.S. side persist"). */
  invertedConditionals: ReadonlySet<string>;
  /** Bodies a speaker's reported future binds to the speaker ("said the government would"). */
  speakerBodies: ReadonlySet<string>;
  /** Head nouns of institutions through which their owner commits ("the FCDO's Diplomatic Academy would"). */
  committingBodies: ReadonlySet<string>;
  /** Nouns of encounters a prospect with a date looks forward to ("his State Visit ... in September"). */
  encounterNouns: ReadonlySet<string>;
  /** Participles that report a future ("saying the United States would respond"). */
  reportingParticiples: ReadonlySet<string>;
  /** Verbs and words of a question put at the table ("asked how France intends to"): no promise. */
  askingVerbs: ReadonlySet<string>;
  /** Verbs of a state that only receives ("agreed that Kenya will receive"): the giver commits. */
  receivingVerbs: ReadonlySet<string>;
  /** What a state receives as a host ("a UK trade delegation"). */
  visitorNouns: ReadonlySet<string>;
  /** Words after "with" that bring in others who agree with "we" ("with our European partners"). */
  coAgreers: ReadonlySet<string>;
  /** Words that open a question ("asked how", "measured by whether"). */
  questionWords: ReadonlySet<string>;
  /** Right before a month or year, a participle of something done ("the agreement reached in July"): no horizon; not after "be" ("will be signed in March"). */
  doneBefore: RegExp;
  /** Channels whose "between A and B" names who will hold them ("a dialogue ... between China and the United States will meet"). */
  mechanismNouns: ReadonlySet<string>;
  /** Verbs of a briefing, whose "on plans to" are the briefer's plans. */
  briefingVerbs: ReadonlySet<string>;
  /** A horizon phrase, with the days after the reference date it means when it means one day. */
  due: CueMatcher<{ phrase: string; days: number | null }>;
}

export function loadCommitmentCues(dataDir: DataSource): CommitmentCuesFile {
  return loadDataFile<CommitmentCuesFile>(dataDir, 'commitments.yaml', 'commitments.schema.json');
}

export function compileCommitmentCues(file: CommitmentCuesFile, tokenize: (phrase: string) => string[]): CommitmentCues {
  return {
    clauseEnd: new Set(file.clauseEnd),
    cues: new CueMatcher(
      file.cues.map((c) => [c.cue, c] as const),
      tokenize,
    ),
    headsBeforeAside: new CueMatcher(
      file.cues.filter((c) => c.takes === 'verb' && c.cue.endsWith(' to') && !c.table && !c.ofActor).map((c) => [c.cue.slice(0, -3), c] as const),
      tokenize,
    ),
    futureStances: new Set(file.futureStances),
    hedgeNouns: new Set(file.hedgeNouns ?? []),
    hedgeVerbs: new Set(file.hedgeVerbs ?? []),
    readiness: new Set(file.readiness ?? []),
    judgedParticiples: new Set(file.judgedParticiples ?? []),
    neededParticiples: new Set(file.neededParticiples ?? []),
    frequencies: new Set(file.frequencies ?? []),
    occasionNouns: new Set(file.occasionNouns ?? []),
    opinionNouns: new Set(file.opinionNouns ?? []),
    bodyNameJoiners: new Set(file.bodyNameJoiners ?? []),
    possessivePronouns: new Set(file.possessivePronouns ?? []),
    seasons: new Set(file.seasons ?? []),
    vagueProspects: new Set(file.vagueProspects ?? []),
    refusedActs: file.refusedActs.map((phrase) => phrase.split(' ')),
    standingWords: new Set(file.standingWords ?? []),
    assurances: new Set(file.assurances ?? []),
    futureActs: file.futureActs.map((phrase) => phrase.split(' ')),
    happenings: (file.happenings ?? []).map((phrase) => phrase.split(' ')),
    jointActs: (file.jointActs ?? []).map((phrase) => phrase.split(' ')),
    acceptances: new Set(file.acceptances ?? []),
    wishes: new Set(file.wishes),
    agreeingThat: new Set(file.agreeingThat),
    ownDelegates: new Set(file.ownDelegates),
    sidesNouns: new Set(file.sidesNouns ?? []),
    agreeingNouns: new Set(file.agreeingNouns ?? []),
    sidesCounts: new Set(file.sidesCounts ?? []),
    personRelatives: new Set(file.personRelatives ?? []),
    statedNeeds: new Set(file.statedNeeds),
    disapprovals: new Set(file.disapprovals ?? []),
    visitVerbs: new Set(file.visitVerbs ?? []),
    invitedActs: new Set(file.invitedActs ?? []),
    contentNouns: new Set(file.contentNouns ?? []),
    scheduledPassives: new Set(file.scheduledPassives ?? []),
    principlePassives: new Set(file.principlePassives ?? []),
    principleManners: new Set(file.principleManners ?? []),
    warnings: new Set(file.warnings ?? []),
    hostingVerbs: new Set(file.hostingVerbs ?? []),
    backgroundRelatives: new Set(file.backgroundRelatives ?? []),
    perfectAuxiliaries: new Set(file.perfectAuxiliaries ?? []),
    relativePassives: new Set([...(file.scheduledPassives ?? []), ...(file.relativePassives ?? [])]),
    relatives: new Set(file.relatives),
    asideOpeners: new Set(file.asideOpeners ?? []),
    collectiveHeads: new Set(file.collectiveHeads ?? []),
    invertedConditionals: new Set(file.invertedConditionals ?? []),
    speakerBodies: new Set(file.speakerBodies ?? []),
    committingBodies: new Set(file.committingBodies ?? []),
    encounterNouns: new Set(file.encounterNouns ?? []),
    reportingParticiples: new Set(file.reportingParticiples ?? []),
    askingVerbs: new Set(file.askingVerbs ?? []),
    receivingVerbs: new Set(file.receivingVerbs ?? []),
    visitorNouns: new Set(file.visitorNouns ?? []),
    coAgreers: new Set(file.coAgreers ?? []),
    questionWords: new Set(file.questionWords ?? []),
    doneBefore: file.doneParticiples?.length ? new RegExp(`(?<!\\b(?:be|been|being)\\s)\\b(?:${file.doneParticiples.join('|')})\\s+$`) : /(?!)/,
    mechanismNouns: new Set(file.mechanismNouns ?? []),
    briefingVerbs: new Set(file.briefingVerbs ?? []),
    due: new CueMatcher(
      file.due.map((d): [string, { phrase: string; days: number | null }] => (typeof d === 'string' ? [d, { phrase: d, days: null }] : [d.phrase, { phrase: d.phrase, days: d.days }])),
      tokenize,
    ),
  };
}
