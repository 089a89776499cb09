import { ReadoutError } from '../errors.js';
import type { CameoCode } from '../model/CameoCode.js';
import { readDataFile, type DataSource } from './loadDataFile.js';

interface GrammarFile {
  version: 1;
  negations: string[];
  attribution: string[];
  future: string[];
  conditional: string[];
  intent: string[];
  obligation: string[];
  be: string[];
  statives: string[];
  attributive: string[];
  possessives: string[];
  beforeTarget: string[];
  placePrepositions: string[];
  subordinators?: string[];
  tellThat?: string[];
  tellers?: string[];
  foreignHonorifics?: Record<string, string[]>;
  nonStateRoles: string[];
  titleWordsNotOf?: Record<string, string[]>;
  titlesNotOf?: Record<string, string[]>;
  ownBareTitles?: Record<string, string[]>;
  nonOfficialRoles?: string[];
  givenNameFirst?: string[];
  bodyWords?: string[];
  delegationNouns?: string[];
  commonPortfolios?: string[];
  courtesyTitles?: string[];
  sidesModifiers?: string[];
  postAdverbs?: string[];
  judgingVerbs?: string[];
  publisherBodies?: Record<string, string[]>;
  companionVerbs?: string[];
  possessiveDeterminers?: string[];
  personPossessives?: string[];
  missionNouns?: string[];
  capacityNouns?: string[];
  officeNouns?: string[];
  setOffTitleModifiers?: string[];
  bygoneWords?: string[];
  governingRoots: string[];
  placeAgentRoots: string[];
  withAfterPlace?: string[];
  intentCodes: Record<string, string>;
  refusalCodes: Record<string, string>;
  arrivals: Record<string, string>;
  obligationCodes: Record<string, string>;
  reciprocal: Record<string, string>;
  mutualCodes?: Record<string, string>;
  eachOther?: string[];
}

/** data/grammar.yaml compiled: word sets (lower-case) and CAMEO code maps. */
export interface Grammar {
  negations: ReadonlySet<string>;
  /** Verbs that, right after a name, attribute the sentence to it ("..., the minister said"). */
  attribution: ReadonlySet<string>;
  future: ReadonlySet<string>;
  conditional: ReadonlySet<string>;
  intent: ReadonlySet<string>;
  /** Words before a verb that make it an act someone is asked to do ("must withdraw"). */
  obligation: ReadonlySet<string>;
  be: ReadonlySet<string>;
  /** Participles that after "be" describe the subject ("is opposed to"): no passive. */
  statives: ReadonlySet<string>;
  attributive: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  beforeTarget: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  /** Words that open a subordinate clause ("if", "when"): the comma that ends it ends a list of places too. */
  subordinators: ReadonlySet<string>;
  /** Verbs of telling someone that ...: what follows reports the teller's words ("informed the Prime Minister that he will"). */
  tellThat: ReadonlySet<string>;
  /** Of `tellThat`, the verbs after whose object a "that he" is still the teller ("informed the Prime Minister that he will"), not the one told ("warned X that he"). */
  tellers: ReadonlySet<string>;
  /** Per publishing state, honorifics it gives only to other states' officials ("H.E." in a MOFA Japan release), as written. */
  foreignHonorifics: ReadonlyMap<string, ReadonlySet<string>>;
  nonStateRoles: ReadonlySet<string>;
  /** Per state, words of titles its own officials never hold ("Minister" in the United States). */
  titleWordsNotOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whole titles a state's own officials never hold (lower-case): "minister of foreign affairs" for GBR. */
  titlesNotOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per publisher, bare titles the dictionaries give another state that are its own ("the Secretary of State" of a UK department). */
  ownBareTitles: ReadonlyMap<string, ReadonlySet<string>>;
  /** CAMEO roles of people who hold no office, who never stand for their government. */
  nonOfficialRoles: ReadonlySet<string>;
  /** States whose people English names given name first, though MOFA Japan writes "OKANO Masataka". */
  givenNameFirst: ReadonlySet<string>;
  /** Words that end the names of bodies, never of people ("Central Committee"). */
  bodyWords: ReadonlySet<string>;
  /** Nouns after a state that make the officials its sentence lists that state's ("The Sudanese delegation included ..."). */
  delegationNouns: ReadonlySet<string>;
  /** Portfolios of many states' ministries ("Foreign Affairs"), which tell no state by themselves. */
  commonPortfolios: ReadonlySet<string>;
  /** Styles before a name set off after its office ("..., Ambassador Yusuf Maitama Tuggar"), as lower-case words. */
  courtesyTitles: ReadonlySet<string>;
  /** Capitalised words that may open a sentence before the sides' plural and name no side ("Technical experts"). */
  sidesModifiers: ReadonlySet<string>;
  /** Words between an ambassador's posts and the name ("... and to the Republic of Palau concurrently Marat Pavlov"). */
  postAdverbs: ReadonlySet<string>;
  /** Verbs of judging in ", which he called a testament": the judge is the sentence's subject. */
  judgingVerbs: ReadonlySet<string>;
  /** Verbs before "by" that say the one named next came with the one named before ("joined by", "accompanied by"). */
  companionVerbs: ReadonlySet<string>;
  /** Determiners that name an owner ("its embassy in Ukraine"); lower-case. */
  possessiveDeterminers: ReadonlySet<string>;
  /** Those that name one person ("his government"); lower-case. */
  personPossessives: ReadonlySet<string>;
  /** Diplomatic missions, never of the state they sit in ("the Embassy in Havana" in a US release is the US Embassy); lower-case. */
  missionNouns: ReadonlySet<string>;
  /** Nouns before "as" and an office the subject holds ("in his capacity as President Pro Tempore of CELAC"); lower-case. */
  capacityNouns: ReadonlySet<string>;
  /** Nouns before "of" and an office spoken of, held by no one named ("the office of President of the Republic"); lower-case. */
  officeNouns: ReadonlySet<string>;
  /** Lower-case words between "the" and a title set off after a name ("the newly appointed Ambassador"). */
  setOffTitleModifiers: ReadonlySet<string>;
  /** Words before a name that say the office is no longer held ("former", "late"); lower-case. */
  bygoneWords: ReadonlySet<string>;
  /** Styles that are no title's wherever they stand before a name ("Sheikh", "Dr.", "Mr."): `beforeTarget` without determiners. */
  nameStyles: ReadonlySet<string>;
  /** By publisher's state, bodies that, named bare and capitalised, are its own ("the Administration's commitment"). */
  publisherBodies: ReadonlyMap<string, ReadonlySet<string>>;
  governingRoots: ReadonlySet<string>;
  /** Roots of acts that an agentless passive followed by "in <state>" gives to that state. */
  placeAgentRoots: ReadonlySet<string>;
  /** Code prefixes whose target is the one met "with" after a place abroad ("held talks in Riyadh with ..."). */
  withAfterPlace: readonly string[];
  intentCodes: ReadonlyMap<string, string>;
  /** The rejection (12x) for each root of a cooperative act refused for the future ("will not accept"). */
  refusalCodes: ReadonlyMap<string, string>;
  /** The code of an arrival (042) by an actor of this role: forces that arrive are deployed. */
  arrivals: ReadonlyMap<string, string>;
  /** The demand (10x) for each root of an act that "must" be done. */
  obligationCodes: ReadonlyMap<string, string>;
  reciprocal: ReadonlyMap<string, string>;
  /** The act that what sides acting together do to each other becomes (a shared view, their relationship valued). */
  mutualCodes: ReadonlyMap<string, string>;
  /** Words that aim an act of sides acting together at each other ("blamed each other"), as lower-case words. */
  eachOther: readonly (readonly string[])[];
}

export function loadGrammar(dataDir: DataSource, codes: ReadonlyMap<string, CameoCode>): Grammar {
  const file = readDataFile<GrammarFile>(dataDir, 'grammar.yaml', 'grammar.schema.json');
  const g = file.value;
  for (const key of ['intentCodes', 'refusalCodes', 'arrivals', 'obligationCodes', 'reciprocal', 'mutualCodes'] as const) {
    for (const [from, to] of Object.entries(g[key] ?? {})) {
      if (!codes.has(to)) throw new ReadoutError('E_DATA', `${key}: ${from} → "${to}" is not a CAMEO code`, file.where([key, from]));
    }
  }
  const words = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    negations: words(g.negations),
    attribution: words(g.attribution),
    future: words(g.future),
    conditional: words(g.conditional),
    intent: words(g.intent),
    obligation: words(g.obligation),
    be: words(g.be),
    statives: words(g.statives),
    attributive: words(g.attributive),
    possessives: words(g.possessives),
    beforeTarget: words(g.beforeTarget),
    placePrepositions: words(g.placePrepositions),
    subordinators: words(g.subordinators ?? []),
    tellThat: words(g.tellThat ?? []),
    tellers: words(g.tellers ?? []),
    foreignHonorifics: new Map(Object.entries(g.foreignHonorifics ?? {}).map(([state, hs]) => [state, new Set(hs)])),
    nonStateRoles: new Set(g.nonStateRoles),
    nonOfficialRoles: new Set(g.nonOfficialRoles ?? []),
    givenNameFirst: new Set(g.givenNameFirst ?? []),
    bodyWords: new Set(g.bodyWords ?? []),
    delegationNouns: new Set(g.delegationNouns ?? []),
    commonPortfolios: new Set(g.commonPortfolios ?? []),
    courtesyTitles: words(g.courtesyTitles ?? []),
    sidesModifiers: words(g.sidesModifiers ?? []),
    postAdverbs: words(g.postAdverbs ?? []),
    judgingVerbs: words(g.judgingVerbs ?? []),
    companionVerbs: words(g.companionVerbs ?? []),
    possessiveDeterminers: words(g.possessiveDeterminers ?? []),
    personPossessives: words(g.personPossessives ?? []),
    missionNouns: words(g.missionNouns ?? []),
    capacityNouns: words(g.capacityNouns ?? []),
    officeNouns: words(g.officeNouns ?? []),
    setOffTitleModifiers: words(g.setOffTitleModifiers ?? []),
    bygoneWords: words(g.bygoneWords ?? []),
    nameStyles: new Set([...words(g.beforeTarget)].filter((w) => !g.attributive.includes(w))),
    publisherBodies: new Map(Object.entries(g.publisherBodies ?? {}).map(([state, bodies]) => [state, new Set(bodies)])),
    titleWordsNotOf: new Map(Object.entries(g.titleWordsNotOf ?? {}).map(([k, v]) => [k, new Set(v)])),
    titlesNotOf: new Map(Object.entries(g.titlesNotOf ?? {}).map(([k, v]) => [k, new Set(v.map((t) => t.toLowerCase()))])),
    ownBareTitles: new Map(Object.entries(g.ownBareTitles ?? {}).map(([k, v]) => [k, new Set(v)])),
    governingRoots: new Set(g.governingRoots),
    placeAgentRoots: new Set(g.placeAgentRoots),
    withAfterPlace: g.withAfterPlace ?? [],
    intentCodes: new Map(Object.entries(g.intentCodes)),
    refusalCodes: new Map(Object.entries(g.refusalCodes)),
    arrivals: new Map(Object.entries(g.arrivals)),
    obligationCodes: new Map(Object.entries(g.obligationCodes)),
    reciprocal: new Map(Object.entries(g.reciprocal)),
    mutualCodes: new Map(Object.entries(g.mutualCodes ?? {})),
    eachOther: (g.eachOther ?? []).map((p) => p.split(' ')),
  };
}
