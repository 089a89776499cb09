import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ReadoutError } from '../../errors.js';
import { StemTrie } from '../../matching/StemTrie.js';
import type { ActorFiles } from '../actors.js';
import { builtinActorEntries, type CodingActor, type CodingAgent, type CodingDictionaries, compileActorEntries, compileAgentEntries, compileDiscards, compileVerbs, type Tokenize } from './compileDictionaries.js';
import { readActors } from './readActors.js';
import { readAgents } from './readAgents.js';
import { readDiscards } from './readDiscards.js';
import { readVerbs } from './readVerbs.js';

/** `builtin` stands for readout's own dictionary of that kind. */
export const BUILTIN = 'builtin';

/**
 * A dictionary set file (SET.json): which PETRARCH/TABARI files the coder uses. Paths are relative
 * to the set file. Actors and agents default to readout's own; discards default to none.
 */
export interface DictionarySetFile {
  verbs: string;
  actors?: string | string[];
  agents?: string;
  discards?: string;
}

/** A set with its paths resolved, ready to compile. */
export interface DictionarySet {
  file: string;
  verbs: string;
  actors: string[] | typeof BUILTIN;
  agents: string | typeof BUILTIN;
  discards: string | null;
}

function readText(path: string, role: string, set: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadoutError(code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_UNREADABLE', `cannot read the ${role} file named in ${set} (${code ?? (e as Error).message})`, path);
  }
  if (text.trim() === '') throw new ReadoutError('E_EMPTY', `the ${role} file is empty`, path);
  return text;
}

export function readDictionarySet(path: string): DictionarySet {
  const file = resolve(path);
  let json: unknown;
  try {
    json = JSON.parse(readText(file, 'dictionary set', path));
  } catch (e) {
    if (e instanceof ReadoutError) throw e;
    throw new ReadoutError('E_JSON', `not valid JSON (${(e as Error).message})`, path);
  }
  const o = json as Partial<Record<keyof DictionarySetFile, unknown>>;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ReadoutError('E_FIELD', 'a dictionary set is a JSON object: {"verbs": PATH, "actors": [PATH, ...], "agents": PATH, "discards": PATH}', path);
  const unknown = Object.keys(o).filter((k) => !['verbs', 'actors', 'agents', 'discards'].includes(k));
  if (unknown.length) throw new ReadoutError('E_FIELD', `unknown key "${unknown[0]}" (keys: verbs, actors, agents, discards)`, path);
  const dir = dirname(file);
  const str = (v: unknown, key: string): string => {
    if (typeof v !== 'string' || !v) throw new ReadoutError('E_FIELD', `"${key}" must be a path (or "${BUILTIN}")`, path);
    return v;
  };
  if (o.verbs === undefined || o.verbs === BUILTIN) throw new ReadoutError('E_FIELD', '"verbs" must name a PETRARCH verbs file: readout\'s own verb patterns run in its own coder, without a set', path);
  const actors = o.actors === undefined || o.actors === BUILTIN ? BUILTIN : (Array.isArray(o.actors) ? o.actors : [o.actors]).map((a, i) => resolve(dir, str(a, `actors[${i}]`)));
  return {
    file,
    verbs: resolve(dir, str(o.verbs, 'verbs')),
    actors,
    agents: o.agents === undefined || o.agents === BUILTIN ? BUILTIN : resolve(dir, str(o.agents, 'agents')),
    discards: o.discards === undefined ? null : resolve(dir, str(o.discards, 'discards')),
  };
}

/**
 * Reads and compiles every file of a set. A file that is missing, empty or binary throws; a line
 * that cannot be read is skipped and named in `warnings` (file:line: problem), as PETRARCH passes
 * over the handful of typos in its own published dictionaries.
 */
export function compileDictionarySet(set: DictionarySet, tokenize: Tokenize, builtin: ActorFiles, tokenizeMany?: (phrases: readonly string[]) => Map<string, string[]>): CodingDictionaries {
  const problems: ReadoutError[] = [];
  const own = set.actors === BUILTIN || set.agents === BUILTIN ? builtinActorEntries(builtin) : null;
  const actorEntries = set.actors === BUILTIN ? own!.actors : set.actors.flatMap((f) => readActors(readText(f, 'actors', set.file), f, problems));
  const agentEntries = set.agents === BUILTIN ? own!.agents : readAgents(readText(set.agents, 'agents', set.file), set.agents, problems);
  // The actor and agent phrases are tokenised in a few passes up front, not one by one.
  const known = tokenizeMany?.([...actorEntries, ...agentEntries].flatMap((e) => e.phrases.map((p) => p.replace(/_/g, ' ').trim()))) ?? new Map<string, string[]>();
  const tok: Tokenize = (p) => known.get(p) ?? tokenize(p);
  const actors = compileActorEntries(actorEntries, tok, new StemTrie<CodingActor>());
  const actorCount = actorEntries.length;
  const agents = compileAgentEntries(agentEntries, tok, new StemTrie<CodingAgent>());
  const verbFile = readVerbs(readText(set.verbs, 'verbs', set.file), set.verbs, problems);
  const verbs = compileVerbs(verbFile, tokenize, set.verbs);
  const discards = set.discards ? readDiscards(readText(set.discards, 'discards', set.file), set.discards) : [];
  return {
    actors,
    agents,
    verbs: verbs.index,
    discards: compileDiscards(discards, tokenize),
    counts: { actors: actorCount, agents: agentEntries.length, verbs: verbs.forms, patterns: verbs.patterns, discards: discards.length, skipped: verbFile.skipped.length },
    warnings: [...problems.map((p) => `${p.describe()}; the line is skipped`), ...verbFile.skipped.map((s) => `${set.verbs}:${s.line}: ${s.why}`), ...verbs.warnings],
  };
}
