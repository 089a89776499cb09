import { Command } from 'commander';
import { type CodingFlags, codingPipeline, withCodingOptions } from '../codingOptions.js';
import { type Io, write } from '../Io.js';
import { dateOption } from '../options.js';

interface ExplainOptions extends CodingFlags {
  date?: string;
  publisher?: string;
  json?: boolean;
}

/** `readout explain`: how one sentence (or short text) is coded, for dictionary authors. */
export function explainCommand(io: Io, done: (code: number) => void): Command {
  return withCodingOptions(new Command('explain'))
    .description('show how a sentence is coded: tokens and tags, actors, the pattern that fired, the events')
    .argument('<text>', 'a sentence or a short text, in quotes')
    .option('--date <YYYY-MM-DD>', 'reference date for dated roles and relative dates', dateOption)
    .option('--publisher <name>', 'publisher, whose state unmarked titles ("the Secretary") belong to')
    .option('--json', 'the same as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ readout explain "Secretary Blinken met Chinese Foreign Minister Qin Gang in Beijing." --date 2023-06-19
  $ readout explain "The Chinese side expressed serious concern over the sanctions." --json
  $ readout explain "Arnor will restore diplomatic ties with Gondor." --dictionaries suite.set.json`,
    )
    .action(async (text: string, opts: ExplainOptions) => {
      const pipeline = await codingPipeline(opts, io);
      const doc = pipeline.run({ id: 'explain', origin: 'explain', format: 'text', body: text, publisher: opts.publisher ?? null }, { date: opts.date ?? null });
      const tokens = Array.from({ length: doc.tokens.length }, (_, i) => ({ text: doc.tokens.text(doc.text, i), pos: doc.tokens.posTag(i) }));
      const mentions = doc.mentions.map((m) => ({ text: doc.text.slice(m.start, m.end), sentence: m.sentence, start: m.start, end: m.end, via: m.via, place: m.place, actors: m.actors }));
      if (opts.json) {
        await write(io.stdout, `${JSON.stringify({ sentences: doc.sentences.map((s) => s.text), tokens, parties: doc.parties, mentions, events: doc.events, warnings: doc.warnings }, null, 2)}\n`);
      } else {
        const lines: string[] = [];
        for (const s of doc.sentences) {
          lines.push(`sentence ${s.index}: ${s.text}`);
          const words: string[] = [];
          for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(`${tokens[i]!.text}/${tokens[i]!.pos}`);
          lines.push(`  tokens:  ${words.join(' ')}`);
          // With a dictionary set the events name their own actors; readout's own mentions would mislead.
          for (const m of opts.dictionaries ? [] : mentions.filter((x) => x.sentence === s.index)) {
            lines.push(`  actor:   "${m.text}" → ${m.actors.map((a) => `${a.code} (${a.name})`).join(' + ')}${m.place ? ' [place]' : ''} [${m.via}]`);
          }
          for (const e of doc.events.filter((x) => x.sentence === s.index)) {
            const flags = [e.negated ? 'negated' : '', e.modality !== 'asserted' ? e.modality : ''].filter(Boolean).join(', ');
            lines.push(`  event:   ${e.code} ${e.name} | ${e.source.code} → ${e.target.code} | pattern ${e.pattern} on "${e.evidence}" | goldstein ${e.goldstein}, quad ${e.quad}, ${e.plover ?? 'no PLOVER type'} | ${e.date ?? 'no date'}${flags ? ` | ${flags}` : ''}`);
          }
        }
        lines.push(`parties: ${doc.parties.join(', ') || '-'}`);
        for (const w of doc.warnings) lines.push(`warning: ${w}`);
        await write(io.stdout, `${lines.join('\n')}\n`);
      }
      done(0);
    });
}
