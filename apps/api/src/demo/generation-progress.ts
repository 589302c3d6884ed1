import cliProgress from 'cli-progress';

/**
 * A progress bar on stderr for a long run in phases (aids imported, then days generated). Off by default
 * when stderr is not a terminal, so logs and pipes get no control characters.
 */
export class GenerationProgress {
  private readonly bar: cliProgress.SingleBar | null;
  private unit = '';
  private started = false;

  constructor(label: string, enabled: boolean = process.stderr.isTTY) {
    this.bar = enabled
      ? new cliProgress.SingleBar(
          { format: `${label} {bar} {percentage}% | {value}/{total} {unit} | {detail}`, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : null;
  }

  /** Starts the bar, or its next phase, at 0 of `total`. */
  phase(total: number, unit: string, detail: string): void {
    this.unit = unit;
    if (!this.started) this.bar?.start(total, 0, { unit, detail });
    else {
      this.bar?.setTotal(total);
      this.bar?.update(0, { unit, detail });
    }
    this.started = true;
  }

  update(done: number, detail = ''): void {
    this.bar?.update(done, { unit: this.unit, detail });
  }

  stop(): void {
    this.bar?.stop();
  }
}

/** Tells when a phase reaches its next tenth, for a log line per tenth instead of one per step. */
export const tenths = (): ((phase: string, done: number, total: number) => boolean) => {
  let last = '';
  return (phase, done, total) => {
    const step = `${phase}${Math.floor((done / total) * 10)}`;
    if (step === last) return false;
    last = step;
    return true;
  };
};
