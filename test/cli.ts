import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source in a child process, as a user would run `readout`. */
export function readout(args: readonly string[], options: { input?: string | Buffer; cwd?: string; timeout?: number } = {}): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    timeout: options.timeout,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
