import type { ReadoutError } from '../../errors.js';
import { dictionaryLines, lineError, reporter } from './dictionaryLines.js';

/** An actor code, alone or valid only before, after or between dates (YYYY-MM-DD, inclusive). */
export interface DatedCode {
  code: string;
  from: string | null;
  to: string | null;
}

/** One actor entry: its phrases (the first is its name) and its codes, the undated one last. */
export interface PetrarchActor {
  phrases: string[];
  codes: DatedCode[];
  line: number;
}

/** TABARI wrote dates as YYMMDD (19xx from 50 up) or YYYYMMDD. */
function isoDate(raw: string, file: string, line: number): string {
  const d = raw.trim();
  let y: string;
  let rest: string;
  if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    y = String(yy >= 50 ? 1900 + yy : 2000 + yy);
    rest = d.slice(2);
  } else if (/^\d{8}$/.test(d)) {
    y = d.slice(0, 4);
    rest = d.slice(4);
  } else throw lineError(file, line, `"${raw.trim()}" is not a date (YYMMDD or YYYYMMDD)`);
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** "[HOBGOV 19950601 - 19990815]", "[HOB < 950601]", "[HOBREB >990816]", "[MNEGOV 20121204]", "[ELR/GAL]". */
export function parseCodeBlock(body: string, file: string, line: number): DatedCode {
  const m = /^\s*(\S+?)(?:\s*([<>])\s*(\d+)|\s+(\d+)\s*-\s*(\d+)|\s+(\d+))?\s*$/.exec(body);
  if (!m) throw lineError(file, line, `cannot read the code "[${body}]" (expected [CODE], [CODE <date], [CODE >date] or [CODE date-date])`);
  const code = m[1]!;
  if (m[2] === '<') return { code, from: null, to: previousDay(isoDate(m[3]!, file, line)) };
  if (m[2] === '>') return { code, from: isoDate(m[3]!, file, line), to: null };
  if (m[4]) return { code, from: isoDate(m[4], file, line), to: isoDate(m[5]!, file, line) };
  // "[MNEGOV 20121204]": a lone date is where the code starts.
  if (m[6]) return { code, from: isoDate(m[6], file, line), to: null };
  return { code, from: null, to: null };
}

function previousDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const CODE_BLOCK = /\[([^\]]*)\]/g;

/**
 * Reads a PETRARCH actors file: an entry is a phrase, `+synonym` lines, and one or more code
 * blocks on its line or on indented lines after it (dated ones first, the default last).
 */
export function readActors(content: string, file: string, problems?: ReadoutError[]): PetrarchActor[] {
  const report = reporter(problems);
  const actors: PetrarchActor[] = [];
  let current: PetrarchActor | null = null;
  const codes = (t: string, line: number) => {
    for (const m of t.matchAll(CODE_BLOCK)) {
      try {
        current!.codes.push(parseCodeBlock(m[1]!, file, line));
      } catch (e) {
        report(e);
      }
    }
  };
  const finish = () => {
    const done = current;
    current = null;
    if (!done) return;
    if (done.codes.length === 0) {
      actors.pop();
      report(lineError(file, done.line, `actor "${done.phrases[0]}" has no code`));
    }
    done.codes.sort((a, b) => Number(a.from === null && a.to === null) - Number(b.from === null && b.to === null));
  };
  for (const { text, line } of dictionaryLines(content, file)) {
    const t = text.trim();
    if (!t) continue;
    const indented = /^\s/.test(text);
    if (t.startsWith('+') || (t.startsWith('[') && (indented || current))) {
      if (!current) {
        report(lineError(file, line, t.startsWith('+') ? `synonym "${t}" comes before any actor` : 'a code comes before any actor'));
        continue;
      }
      if (t.startsWith('+')) current.phrases.push(t.slice(1).replace(/\[.*$/, '').trim());
      codes(t, line);
      continue;
    }
    const phrase = t.replace(/\[.*$/, '').trim();
    if (!phrase) {
      report(lineError(file, line, `cannot read "${t}"`));
      continue;
    }
    // Phrases in a row before any code are one entry: their codes follow them all.
    if (current && current.codes.length === 0) {
      current.phrases.push(phrase);
      codes(t, line);
      continue;
    }
    finish();
    current = { phrases: [phrase], codes: [], line };
    actors.push(current);
    codes(t, line);
  }
  finish();
  return actors;
}
