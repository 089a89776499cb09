import { createReadStream } from 'node:fs';
import type { InputFile } from './readInputs.js';

/** How many documents the files hold (a JSONL file: its non-blank lines), for progress bars. */
export async function countDocuments(files: readonly InputFile[]): Promise<number> {
  let total = 0;
  for (const f of files) {
    if (f.format !== 'jsonl') {
      total++;
      continue;
    }
    let lines = 0;
    let blank = true;
    try {
      for await (const chunk of createReadStream(f.path)) {
        for (const byte of chunk as Buffer) {
          if (byte === 10) {
            if (!blank) lines++;
            blank = true;
          } else if (byte !== 32 && byte !== 13 && byte !== 9) blank = false;
        }
      }
    } catch {
      // The read that follows reports the problem with the file.
    }
    total += lines + (blank ? 0 : 1);
  }
  return total;
}
