import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReadoutError } from '../errors.js';
import type { CameoCode } from '../model/CameoCode.js';

export type { CameoCode };

const COLUMNS = ['code', 'root', 'name', 'quad', 'goldstein', 'plover'];

/** data/cameo/event-codes.tsv: every CAMEO code with its root, quad class, Goldstein score and PLOVER type. */
export function loadCameoCodes(dataDir: string): ReadonlyMap<string, CameoCode> {
  const file = join(dataDir, 'cameo', 'event-codes.tsv');
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  } catch (e) {
    throw new ReadoutError('E_DATA', `cannot read data file (${(e as Error).message})`, file);
  }
  if (lines[0] !== COLUMNS.join('\t')) throw new ReadoutError('E_DATA', `line 1: header must be ${COLUMNS.join(', ')}`, file);
  const codes = new Map<string, CameoCode>();
  lines.slice(1).forEach((line, i) => {
    const [code, root, name, quad, goldstein, plover] = line.split('\t');
    const q = Number(quad);
    const g = Number(goldstein);
    if (!code || !/^\d{2,4}$/.test(code) || !root || !name || !(q >= 1 && q <= 4) || goldstein === '' || !Number.isFinite(g)) {
      throw new ReadoutError('E_DATA', `line ${i + 2}: expected code, root, name, quad 1-4, goldstein number, plover`, file);
    }
    codes.set(code, { code, root, name, quad: q, goldstein: g, plover: plover || null });
  });
  return codes;
}
