import type { ReadoutError } from '../../errors.js';
import { dictionaryLines, lineError, reporter } from './dictionaryLines.js';

/** An agent ("President", "police"): a code put after the actor's (`~GOV`) or before it (`NGO~`). */
export interface PetrarchAgent {
  phrases: string[];
  code: string;
  placement: 'suffix' | 'prefix';
  line: number;
}

/** TABARI's regular plurals of an agent's last word; `{}` in the file turns them off. */
export function agentPlurals(phrase: string): string[] {
  const m = /^(.*?)([A-Z'-]+)$/i.exec(phrase);
  if (!m) return [];
  const [, head, last] = m as unknown as [string, string, string];
  if (/(S|SH|CH|X|Z)$/i.test(last)) return [`${head}${last}ES`];
  if (/[^AEIOU]Y$/i.test(last)) return [`${head}${last.slice(0, -1)}IES`];
  if (/MAN$/i.test(last)) return [`${head}${last.slice(0, -3)}MEN`];
  return [`${head}${last}S`];
}

/**
 * Reads a PETRARCH agents file: `PHRASE {PLURALS} [~CODE]`, with `!NAME! = A, B` substitution sets
 * usable inside phrases. Without a `{...}` list the regular plural is added.
 */
export function readAgents(content: string, file: string, problems?: ReadoutError[]): PetrarchAgent[] {
  const report = reporter(problems);
  const substitutions = new Map<string, string[]>();
  const agents: PetrarchAgent[] = [];
  for (const { text, line } of dictionaryLines(content, file)) {
    try {
      readAgentLine(text.trim(), line);
    } catch (e) {
      report(e);
    }
  }
  return agents;

  function readAgentLine(t: string, line: number): void {
    if (!t) return;
    const sub = /^!([A-Z0-9_]+)!\s*=\s*(.+)$/i.exec(t);
    if (sub) {
      substitutions.set(sub[1]!.toUpperCase(), sub[2]!.split(',').map((w) => w.trim()).filter(Boolean));
      return;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*?)\s*\]\s*$/.exec(t);
    if (!m) throw lineError(file, line, `cannot read the agent "${t}" (expected PHRASE {PLURALS} [~CODE])`);
    const code = m[3]!;
    const placement = code.startsWith('~') ? 'suffix' : code.endsWith('~') ? 'prefix' : null;
    if (!placement) throw lineError(file, line, `the agent code "[${code}]" needs a "~" before it (suffix) or after it (prefix)`);
    const bare = code.replace('~', '').trim();
    const plurals = m[2] === undefined ? null : m[2].split(/\s+/).filter(Boolean);
    const phrases: string[] = [];
    for (const phrase of expand(m[1]!.trim(), substitutions, file, line)) {
      phrases.push(phrase);
      if (plurals === null) phrases.push(...agentPlurals(phrase));
    }
    if (plurals) for (const p of plurals) phrases.push(...expand(p, substitutions, file, line));
    agents.push({ phrases, code: bare, placement, line });
  }
}

function expand(phrase: string, substitutions: ReadonlyMap<string, string[]>, file: string, line: number): string[] {
  const m = /!([A-Z0-9_]+)!/i.exec(phrase);
  if (!m) return [phrase];
  const words = substitutions.get(m[1]!.toUpperCase());
  if (!words) throw lineError(file, line, `"!${m[1]}!" is not defined (define it first: !${m[1]}! = WORD, WORD)`);
  return words.flatMap((w) => expand(phrase.slice(0, m.index) + w + phrase.slice(m.index + m[0].length), substitutions, file, line));
}
