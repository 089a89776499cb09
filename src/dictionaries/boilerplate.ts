import { ReadoutError } from '../errors.js';
import { loadDataFile, type DataSource } from './loadDataFile.js';

export type BoilerplateAction = 'drop' | 'end' | 'strip';
export type BoilerplateWhere = 'any' | 'head' | 'tail';

interface BoilerplateFile {
  version: 1;
  rules: { id: string; pattern: string; action: BoilerplateAction; where: BoilerplateWhere; ignoreCase?: boolean }[];
}

export interface BoilerplateRule {
  id: string;
  /** Anchored to the whole paragraph, or to its start for `strip`. */
  re: RegExp;
  action: BoilerplateAction;
  where: BoilerplateWhere;
}

/** Chrome is short: a paragraph longer than this is never tested against the rules. */
export const MAX_CHROME_LENGTH = 400;

export function compileBoilerplate(rules: BoilerplateFile['rules'], file: string): BoilerplateRule[] {
  return rules.map((r) => {
    const anchored = r.action === 'strip' ? `^(?:${r.pattern})` : `^(?:${r.pattern})$`;
    let re: RegExp;
    try {
      re = new RegExp(anchored, r.ignoreCase === false ? 'u' : 'iu');
    } catch (e) {
      throw new ReadoutError('E_DATA', `rule ${r.id}: bad pattern: ${(e as Error).message}`, file);
    }
    return { id: r.id, re, action: r.action, where: r.where };
  });
}

export function loadBoilerplate(dataDir: DataSource): BoilerplateRule[] {
  const file = loadDataFile<BoilerplateFile>(dataDir, 'boilerplate.yaml', 'boilerplate.schema.json');
  return compileBoilerplate(file.rules, 'boilerplate.yaml');
}
