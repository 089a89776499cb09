import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import jsYaml from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { ReadoutError } from '../errors.js';

/** A data file's content and a way to say on which line an entry of it stands. */
export interface DataFile<T> {
  value: T;
  path: string;
  /** `file:line` of the entry at this path (["patterns", 12]), for error messages. */
  where(at: readonly (string | number)[]): string;
}

/**
 * Finds lines only when asked (an error). js-yaml loads the data fast; the `yaml` package keeps
 * source positions, which cost eight times as much, so it parses only a file that has a problem.
 */
function locator(path: string, text: string): DataFile<unknown>['where'] {
  let lines: LineCounter | null = null;
  let doc: ReturnType<typeof parseDocument> | null = null;
  return (at) => {
    if (path.endsWith('.json')) return path;
    if (!doc || !lines) {
      lines = new LineCounter();
      doc = parseDocument(text, { lineCounter: lines });
    }
    let node: unknown = doc.contents;
    for (const key of at) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node)) node = node.get(Number(key), true);
      else break;
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? `${path}:${(lines as LineCounter).linePos(range[0]).line}` : path;
  };
}

/**
 * A data directory being loaded: one schema validator for all its files (setting one up costs
 * more than the files it checks). Made by `loadLanguageData` for one load; not shared.
 */
export class DataDir {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: true });

  constructor(readonly path: string) {}

  /**
   * Reads one data file (YAML or JSON), checks it against its schema in `data/schema/`, and
   * reports any problem with the file, the line and what is wrong.
   */
  read<T>(file: string, schemaFile: string): DataFile<T> {
    const path = join(this.path, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new ReadoutError('E_DATA', `cannot read data file (${(e as Error).message})`, path);
    }
    let value: unknown;
    try {
      value = path.endsWith('.json') ? JSON.parse(text) : jsYaml.load(text, { filename: path, schema: jsYaml.CORE_SCHEMA });
    } catch (e) {
      throw new ReadoutError('E_DATA', `not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`, path);
    }
    const where = locator(path, text);
    const schemaPath = join(this.path, 'schema', schemaFile);
    let schema: object;
    try {
      schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    } catch (e) {
      throw new ReadoutError('E_DATA', `cannot read its schema: ${(e as Error).message.split('\n')[0]}`, schemaPath);
    }
    const validate = this.ajv.compile(schema);
    if (!validate(value)) {
      const errors = validate.errors ?? [];
      const first = errors[0]!;
      const problems = errors.slice(0, 3).map((err) => {
        const at = err.instancePath || '/';
        const extra = (err.params as { additionalProperty?: string }).additionalProperty;
        return extra ? `${at} has unknown key "${extra}"` : `${at} ${err.message ?? ''}`.trim();
      });
      const at = first.instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      throw new ReadoutError('E_DATA', `does not match ${schemaFile}: ${problems.join('; ')}`, where(at));
    }
    return { value: value as T, path, where };
  }
}

/** A data directory by path, or one already being loaded. */
export type DataSource = string | DataDir;

function dirOf(source: DataSource): DataDir {
  return typeof source === 'string' ? new DataDir(source) : source;
}

/** Reads one data file, checked against its schema, with the way to find its entries' lines. */
export function readDataFile<T>(dataDir: DataSource, file: string, schemaFile: string): DataFile<T> {
  return dirOf(dataDir).read<T>(file, schemaFile);
}

/** The content of a data file, checked against its schema. */
export function loadDataFile<T>(dataDir: DataSource, file: string, schemaFile: string): T {
  return dirOf(dataDir).read<T>(file, schemaFile).value;
}
