import type { ReadoutError } from '../errors.js';
import { type Io, write } from './Io.js';

/** Collects per-document problems: each is printed on one line as it happens and counted. */
export class Reporter {
  failures = 0;
  constructor(private readonly io: Io) {}

  async problem(error: ReadoutError): Promise<void> {
    this.failures++;
    await write(this.io.stderr, `readout: ${error.describe()}\n`);
  }
}
