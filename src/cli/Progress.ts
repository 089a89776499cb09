import cliProgress from 'cli-progress';
import type { Io } from './Io.js';

/** A progress bar on a terminal (documents done/total, rate, ETA); nothing when not a terminal. */
export class Progress {
  private readonly bar: cliProgress.SingleBar | null;
  private readonly started = Date.now();
  private done = 0;

  constructor(io: Io, total: number, enabled: boolean) {
    this.bar =
      enabled && io.stderr.isTTY
        ? new cliProgress.SingleBar(
            {
              stream: io.stderr,
              format: 'ingest [{bar}] {percentage}% | {value}/{total} docs | {rate} docs/s | ETA {eta_formatted}',
              hideCursor: true,
              etaBuffer: 200,
              fps: 10,
            },
            cliProgress.Presets.shades_classic,
          )
        : null;
    this.bar?.start(total, 0, { rate: '0' });
  }

  tick(): void {
    this.done++;
    if (!this.bar) return;
    const seconds = (Date.now() - this.started) / 1000;
    this.bar.update(this.done, { rate: seconds > 0 ? Math.round(this.done / seconds).toString() : '0' });
  }

  stop(): void {
    this.bar?.stop();
  }
}
