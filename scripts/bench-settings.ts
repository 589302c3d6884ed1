import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { addDays } from '../libs/domain/src/index.js';
import { todayInStockholm } from '../apps/api/src/clock/clock.js';

/** What one bench measures, from its command line (see bench.ts). */
export type BenchSettings = {
  quick: boolean;
  national: boolean;
  /** The growth run (bench-growth.ts) instead of the figures. */
  growth: boolean;
  /** The growth run's scales, from --scales 0.25,0.5,1,2. */
  growthScales: number[] | undefined;
  fresh: boolean;
  skipPeer: boolean;
  scale: number;
  days: number;
  runs: number;
  /** As given on the command line: it names the cached dataset. */
  initialOnLoan: string | undefined;
  seed: number;
  today: string;
  endDay: string;
};

export const readSettings = (): BenchSettings => {
  const { values: flags } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      national: { type: 'boolean', default: false },
      growth: { type: 'boolean', default: false },
      scales: { type: 'string' },
      days: { type: 'string' },
      runs: { type: 'string' },
      'initial-on-loan': { type: 'string' },
      fresh: { type: 'boolean', default: false },
      'skip-peer': { type: 'boolean', default: false },
    },
  });
  const today = todayInStockholm();
  return {
    quick: flags.quick,
    national: flags.national,
    growth: flags.growth,
    growthScales: flags.scales?.split(',').map(Number),
    fresh: flags.fresh,
    skipPeer: flags['skip-peer'],
    scale: flags.national ? 40 : 1,
    days: Number(flags.days ?? (flags.quick ? 30 : 5 * 365)),
    runs: Number(flags.runs ?? (flags.quick ? 3 : 5)),
    initialOnLoan: flags['initial-on-loan'],
    seed: 6,
    today,
    endDay: addDays(today, -1),
  };
};

export const scriptsDir = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(scriptsDir, '../..');
export const SECRET = 'bench-secret-that-is-long-enough-for-hs256-0123456789';
export const started = Date.now();

export const log = (message: string): void => {
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
};

/** A fresh folder under .tmp (the project's disk, so fsync costs what it costs there) for the length of `body`. */
export const inTempDir = async <T>(prefix: string, body: (dir: string) => T | Promise<T>): Promise<T> => {
  const dir = mkdtempSync(path.join(root, '.tmp', prefix));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
