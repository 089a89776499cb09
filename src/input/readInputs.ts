import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ReadoutError } from '../errors.js';
import type { SourceDocument } from '../model/SourceDocument.js';
import { decode } from './decode.js';
import { formatOfName, type InputFormat, sniffFormat } from './formats.js';
import { parseJsonlLine } from './parseJsonlLine.js';
import { readPetrarchXml } from './readPetrarchXml.js';

/** What reading inputs yields: a document, or a problem with one file or line. */
export type InputItem = { ok: true; source: SourceDocument } | { ok: false; error: ReadoutError };

export interface ReadOptions {
  /** Largest single document (a file, or a JSONL line) in bytes; default 10 MiB. */
  maxBytes?: number;
  /** How to read `-`; the CLI passes process.stdin. */
  stdin?: () => Promise<Uint8Array>;
}

export interface InputFile {
  path: string;
  /** null: decide from the content (stdin, explicitly named files with other extensions). */
  format: InputFormat | null;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** A folder's own notes are not documents of the corpus (a file named on the command line still is). */
const NOT_DOCUMENTS = /^(?:readme|license|licence|changelog|contributing|notice)(?:\.[a-z]+)?$/i;

function fsProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'ENOTDIR') return 'a path component is not a directory';
  return (e as Error).message;
}

function megabytes(n: number): string {
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The files named by the paths: files as given, directories walked recursively (hidden entries and
 * README/LICENSE files skipped) for the extensions readout reads, `-` for stdin. Problems come back beside the list.
 */
export async function listInputs(paths: readonly string[]): Promise<{ files: InputFile[]; errors: ReadoutError[] }> {
  const files: InputFile[] = [];
  const errors: ReadoutError[] = [];
  // Real paths of the folders walked: a link back up (or twice to one place) is not read again.
  const visited = new Set<string>();

  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (e) {
      errors.push(new ReadoutError('E_UNREADABLE', `cannot read directory: ${fsProblem(e)}`, dir));
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      errors.push(new ReadoutError('E_UNREADABLE', `cannot read directory: ${fsProblem(e)}`, dir));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || NOT_DOCUMENTS.test(entry.name)) continue;
      const full = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const s = await stat(full);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch (e) {
          errors.push(new ReadoutError('E_UNREADABLE', fsProblem(e), full));
          continue;
        }
      }
      if (isDir) await walk(full);
      else if (isFile) {
        const format = formatOfName(full);
        if (format) files.push({ path: full, format });
      }
    }
  };

  for (const p of paths) {
    if (p === '-') {
      files.push({ path: '-', format: null });
      continue;
    }
    let s: import('node:fs').Stats;
    try {
      s = await stat(p);
    } catch (e) {
      errors.push(new ReadoutError(fsProblem(e) === 'no such file or directory' ? 'E_NOT_FOUND' : 'E_UNREADABLE', fsProblem(e), p));
      continue;
    }
    if (s.isDirectory()) {
      const before = files.length;
      const errorsBefore = errors.length;
      await walk(p);
      if (files.length === before && errors.length === errorsBefore) {
        errors.push(new ReadoutError('E_NOT_FOUND', 'directory holds no .txt, .md, .html, .jsonl or .xml files', p));
      }
    } else files.push({ path: p, format: formatOfName(p) });
  }
  return { files, errors };
}

/** Splits a byte stream into lines without decoding, so each line's encoding is checked alone. */
async function* byteLines(path: string): AsyncGenerator<Buffer> {
  // The unfinished line is kept as a list of chunks and joined once, when its newline comes:
  // joining it to every new chunk made a long line (a 50 MB one) quadratic to read.
  let rest: Buffer[] = [];
  for await (const chunk of createReadStream(path)) {
    let buf = chunk as Buffer;
    let nl = buf.indexOf(10);
    while (nl >= 0) {
      yield rest.length ? Buffer.concat([...rest, buf.subarray(0, nl)]) : buf.subarray(0, nl);
      rest = [];
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(10);
    }
    if (buf.length) rest.push(Buffer.from(buf));
  }
  if (rest.length) yield Buffer.concat(rest);
}

function* jsonlDocuments(lines: Iterable<Uint8Array>, origin: string, maxBytes: number): Generator<InputItem> {
  let n = 0;
  for (const raw of lines) yield* jsonlLine(raw, ++n, origin, maxBytes);
}

function* jsonlLine(raw: Uint8Array, n: number, origin: string, maxBytes: number): Generator<InputItem> {
  const where = `${origin}:${n}`;
  if (raw.length > maxBytes) {
    yield { ok: false, error: new ReadoutError('E_TOO_LARGE', `line is ${megabytes(raw.length)}, over the ${megabytes(maxBytes)} limit for one document (--max-size)`, where) };
    return;
  }
  let line: string;
  try {
    line = new TextDecoder('utf-8', { fatal: true, ignoreBOM: n !== 1 }).decode(raw);
  } catch {
    yield { ok: false, error: new ReadoutError('E_ENCODING', 'line is not valid UTF-8 (JSONL must be UTF-8)', where) };
    return;
  }
  if (!line.trim()) return;
  try {
    yield { ok: true, source: parseJsonlLine(line, where) };
  } catch (e) {
    yield { ok: false, error: e as ReadoutError };
  }
}

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let from = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, from)) {
    out.push(bytes.subarray(from, i));
    from = i + 1;
  }
  if (from < bytes.length) out.push(bytes.subarray(from));
  return out;
}

/** Reads one input file and yields its documents (one, or one per JSONL line). */
export async function* readInputFile(file: InputFile, options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const origin = file.path;
  if (file.format === 'jsonl') {
    let n = 0;
    try {
      for await (const raw of byteLines(file.path)) {
        yield* jsonlLine(raw, ++n, origin, maxBytes);
      }
    } catch (e) {
      yield { ok: false, error: new ReadoutError('E_UNREADABLE', fsProblem(e), origin) };
      return;
    }
    if (n === 0) yield { ok: false, error: new ReadoutError('E_EMPTY', 'file is empty', origin) };
    return;
  }

  let bytes: Uint8Array;
  try {
    if (file.path === '-') {
      if (!options.stdin) throw new ReadoutError('E_UNREADABLE', 'no standard input to read');
      bytes = await options.stdin();
    } else {
      const size = (await stat(file.path)).size;
      // A PETRARCH file holds many documents: the limit applies to each sentence, not the file.
      if (size > maxBytes && file.format !== 'petrarch-xml') {
        throw new ReadoutError('E_TOO_LARGE', `file is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit for one document (--max-size)`);
      }
      bytes = await readFile(file.path);
    }
  } catch (e) {
    const err = e instanceof ReadoutError ? e : new ReadoutError('E_UNREADABLE', fsProblem(e));
    yield { ok: false, error: new ReadoutError(err.code, err.message, origin) };
    return;
  }

  let text: string;
  try {
    text = decode(bytes);
  } catch (e) {
    yield { ok: false, error: new ReadoutError((e as ReadoutError).code, (e as ReadoutError).message, origin) };
    return;
  }
  const format = file.format ?? sniffFormat(text);
  if (format === 'jsonl') {
    yield* jsonlDocuments(splitLines(new TextEncoder().encode(text)), origin, maxBytes);
    return;
  }
  if (format === 'petrarch-xml') {
    for (const item of readPetrarchXml(text, origin)) {
      if (item.ok && item.source.body.length > maxBytes) yield { ok: false, error: new ReadoutError('E_TOO_LARGE', `text is ${megabytes(item.source.body.length)}, over the ${megabytes(maxBytes)} limit for one document (--max-size)`, item.source.origin) };
      else yield item;
    }
    return;
  }
  if (bytes.length > maxBytes) {
    yield { ok: false, error: new ReadoutError('E_TOO_LARGE', `input is ${megabytes(bytes.length)}, over the ${megabytes(maxBytes)} limit for one document (--max-size)`, origin) };
    return;
  }
  yield { ok: true, source: { id: null, origin, format, body: text } };
}

/** Every document of every input, in order, with problems in place. */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const { files, errors } = await listInputs(paths);
  for (const error of errors) yield { ok: false, error };
  for (const file of files) yield* readInputFile(file, options);
}
