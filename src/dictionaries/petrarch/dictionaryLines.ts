import { ReadoutError } from '../../errors.js';

/** One meaningful line of a PETRARCH/TABARI dictionary: comments removed, number kept for errors. */
export interface DictionaryLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

/**
 * The lines of a PETRARCH-format file with `#` comments and `<!-- -->` blocks removed (a block
 * may span lines); blank lines are kept as "" so readers can see where a list ends, and lines
 * that held only a comment are dropped.
 */
export function dictionaryLines(content: string, file: string): DictionaryLine[] {
  if (content.includes('\u0000')) throw new ReadoutError('E_BINARY', 'is binary, not a PETRARCH dictionary', file);
  const out: DictionaryLine[] = [];
  let inBlock = false;
  const raw = content.split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) {
    let text = raw[i]!;
    if (inBlock) {
      const end = text.indexOf('-->');
      if (end < 0) continue;
      inBlock = false;
      text = text.slice(end + 3);
    }
    // Old files open comments as "<!--", "<! --" or "<!" and close them on a later line.
    const open = text.search(/<!/);
    if (open >= 0) {
      const end = text.indexOf('>', open + 2);
      const close = text.indexOf('-->', open);
      if (close >= 0) text = text.slice(0, open) + text.slice(close + 3);
      else if (end >= 0 && !text.slice(open, end).includes('--')) text = text.slice(0, open) + text.slice(end + 1);
      else {
        text = text.slice(0, open);
        inBlock = true;
      }
    }
    const hash = commentStart(text);
    if (hash >= 0) text = text.slice(0, hash);
    const kept = text.replace(/\s+$/, '');
    // A line that held only a comment is not a blank line: it does not end a list.
    if (kept.trim() === '' && raw[i]!.trim() !== '') continue;
    out.push({ text: kept, line: i + 1 });
  }
  return out;
}

/** Where a `#` comment starts; a `#` inside a code block ("[###]") is part of the code. */
function commentStart(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '#' && depth === 0) return i;
  }
  return -1;
}

/**
 * Where a reader puts the problems of single lines it skips. Without a list a problem throws;
 * with one (how sets are read: the published Phoenix files hold a few typos that PETRARCH
 * itself passes over) the line is skipped and its problem kept to report.
 */
export function reporter(problems: ReadoutError[] | undefined): (e: unknown) => void {
  return (e) => {
    if (!problems || !(e instanceof ReadoutError) || e.code !== 'E_DATA') throw e;
    problems.push(e);
  };
}

/** The error for a line a reader cannot read: names the file, the line and the problem. */
export function lineError(file: string, line: number, problem: string): ReadoutError {
  return new ReadoutError('E_DATA', problem, `${file}:${line}`);
}
