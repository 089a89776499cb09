import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { ReadoutError } from '../errors.js';

/**
 * Reads one data file (YAML or JSON) and checks it against its schema in `data/schema/`,
 * so a typo in a rule fails at start with the file and the path of the bad entry.
 */
export function loadDataFile<T>(dataDir: string, file: string, schemaFile: string): T {
  const path = join(dataDir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ReadoutError('E_DATA', `cannot read data file (${(e as Error).message})`, path);
  }
  let value: unknown;
  try {
    value = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new ReadoutError('E_DATA', `not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`, path);
  }
  const schema = JSON.parse(readFileSync(join(dataDir, 'schema', schemaFile), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);
  if (!validate(value)) {
    const problems = (validate.errors ?? []).slice(0, 3).map((err) => {
      const at = err.instancePath || '/';
      const extra = (err.params as { additionalProperty?: string }).additionalProperty;
      return extra ? `${at} has unknown key "${extra}"` : `${at} ${err.message ?? ''}`.trim();
    });
    throw new ReadoutError('E_DATA', `does not match ${schemaFile}: ${problems.join('; ')}`, path);
  }
  return value as T;
}
