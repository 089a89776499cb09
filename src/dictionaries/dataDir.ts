import { fileURLToPath } from 'node:url';

/** The `data/` folder shipped with the package (same depth from src/ and dist/). */
export function defaultDataDir(): string {
  return fileURLToPath(new URL('../../data/', import.meta.url));
}
