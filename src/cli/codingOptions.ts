import { type Command, Option } from 'commander';
import { readDictionarySet } from '../dictionaries/petrarch/DictionarySet.js';
import { createPipeline, type PipelineOptions } from '../pipeline/defaultPipeline.js';
import type { Pipeline } from '../pipeline/Pipeline.js';
import { type Io, write } from './Io.js';

export interface CodingFlags {
  dictionaries?: string;
  requireDyad?: boolean;
}

/** Adds `--dictionaries SET.json` and `--no-require-dyad`: every command that codes text takes them. */
export function withCodingOptions(command: Command): Command {
  for (const o of codingOptions()) command.addOption(o);
  return command;
}

function codingOptions(): Option[] {
  return [
    new Option('--dictionaries <SET.json>', 'code events with PETRARCH/TABARI dictionaries: a set file {"verbs": PATH, "actors": [PATH, ...], "agents": PATH, "discards": PATH} ("builtin" for readout\'s own actors or agents)'),
    new Option('--no-require-dyad', 'with --dictionaries: also code events with no target actor (PETRARCH\'s require_dyad = false)'),
  ];
}

/** A pipeline for the flags; what it notes about the dictionaries goes to stderr once, as warnings. */
export async function codingPipeline(flags: CodingFlags, io: Io): Promise<Pipeline> {
  const pipeline = createPipeline(undefined, pipelineOptions(flags));
  for (const note of pipeline.notes) await write(io.stderr, `readout: warning: ${note}\n`);
  return pipeline;
}

/** The pipeline options the flags ask for; reading the set checks its paths and JSON. */
export function pipelineOptions(flags: CodingFlags): PipelineOptions {
  if (!flags.dictionaries) return {};
  return { dictionaries: readDictionarySet(flags.dictionaries), requireDyad: flags.requireDyad ?? true };
}
