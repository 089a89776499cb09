import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReadoutError } from '../src/errors.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLES = join(ROOT, 'examples');
/** The read-only shared folder beside the clone; a user's clone has none. */
export const SHARED = join(ROOT, '..', 'shared');
export const SEED = join(SHARED, 'examples', 'state-dept-blinken-beijing-2023-06.txt');
export const RAW = join(SHARED, 'corpus', 'us-readouts', 'raw');

export function hasShared(what: string): boolean {
  if (existsSync(what)) return true;
  console.warn(`SKIPPED: ${what} is not here (tests on real readouts need ../shared beside the clone)`);
  return false;
}

/** The one line a user would see for what `fn` throws (a ReadoutError), for tests of messages. */
export function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof ReadoutError)) throw e;
    return e.describe();
  }
  throw new Error('nothing was thrown');
}
