import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { ReadoutError } from '../errors.js';

/** Writes a whole file or nothing: to a temporary name beside it, then renamed into place. */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such directory' : err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.message;
    throw new ReadoutError('E_WRITE', `cannot write the output file: ${why}`, path);
  }
}
