import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Writable } from 'node:stream';
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

/** The CLI in this process (the commands that only read a store need no pipeline, so this is quick): exit code and output. */
export async function inProcess(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  // Imported here, so the files that only spawn the CLI do not load all of it.
  const { main } = await import('../src/cli/main.js');
  const out = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk, _encoding, callback) {
        out[key] += String(chunk);
        callback();
      },
    });
  const status = await main(['node', 'readout', ...argv], { stdout: sink('stdout'), stderr: sink('stderr'), readStdin: async () => new Uint8Array() });
  return { status, ...out };
}
