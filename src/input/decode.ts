import { ReadoutError } from '../errors.js';

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a .docx/.xlsx)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM: in ASCII-heavy text every other byte is zero. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Bytes to text: UTF-8 with or without a BOM, UTF-16 (LE or BE, by BOM or by its zero bytes).
 * Binary files and text in another encoding are refused with what they look like.
 */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ReadoutError('E_EMPTY', 'file is empty');
  let encoding = 'utf-8';
  let offset = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) offset = 3;
  else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    offset = 2;
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    offset = 2;
  } else {
    const guess = utf16Guess(bytes);
    if (guess) encoding = guess;
    else {
      for (const [magic, what] of MAGIC) {
        if (startsWith(bytes, magic)) throw new ReadoutError('E_BINARY', `binary file (${what}); readout reads text, Markdown, HTML and JSONL`);
      }
      const nul = bytes.indexOf(0);
      if (nul >= 0) throw new ReadoutError('E_BINARY', `binary file (NUL byte at offset ${nul}); readout reads text, Markdown, HTML and JSONL`);
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(offset));
  } catch {
    const at = firstInvalidUtf8(bytes, offset);
    throw new ReadoutError('E_ENCODING', encoding === 'utf-8'
      ? `not valid UTF-8 (byte offset ${at}); convert it first, e.g. iconv -f windows-1252 -t utf-8`
      : `not valid ${encoding.toUpperCase()}`);
  }
  if (controlShare(text) > (offset === 0 && encoding !== 'utf-8' ? 0 : 0.01)) {
    throw new ReadoutError('E_BINARY', 'binary file (control characters); readout reads text, Markdown, HTML and JSONL');
  }
  if (!text.trim()) throw new ReadoutError('E_EMPTY', 'file is empty (only white space)');
  return text;
}

/** Share of control characters (other than tab, newline, form feed, carriage return) near the start. */
function controlShare(text: string): number {
  const head = text.slice(0, 8192);
  const controls = head.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return head.length ? controls / head.length : 0;
}

/** The offset of the first byte that is not UTF-8 (a prefix cut inside a character is not an error). */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let lo = from;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(from, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  // The longest good prefix may end inside a character the bad byte cut short: back up to its start.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(from, lo));
  } catch {
    while (lo > from && (bytes[lo - 1]! & 0xc0) === 0x80) lo--;
    if (lo > from && bytes[lo - 1]! >= 0xc0) lo--;
  }
  return lo;
}
