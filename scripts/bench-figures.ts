/** The figures measured on the store and the projections, each against its goal from the issue. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { assetDecider, assetStream } from '../libs/domain/src/index.js';
import { CommandLoop, SqliteEventStore } from '../libs/event-store/src/index.js';
import { importAidsOnLoan } from '../apps/api/src/demo/on-loan-import.js';
import { openKeyVault } from '../apps/api/src/personal-data/key-vault.js';
import { PersonalData } from '../apps/api/src/personal-data/personal-data.js';
import type { Dataset } from './bench-dataset.js';
import { projections } from './bench-processes.js';
import { perRun, quantile, record, type Result } from './bench-report.js';
import { inTempDir, log, root, type BenchSettings } from './bench-settings.js';

/** The store's events and its size on disk after a checkpoint, so the WAL is folded in. */
export const storeSize = (storeFile: string): { events: number; bytes: number } => {
  const db = new Database(storeFile);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const events = Number((db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n);
  db.close();
  return { events, bytes: statSync(storeFile).size };
};

/** Disk per event. Answers how many events the store holds. */
export const diskPerEvent = (storeFile: string): number => {
  const { events, bytes } = storeSize(storeFile);
  record(
    'store.bytesPerEvent',
    'disk per event (events.sqlite after a WAL checkpoint)',
    'bytes',
    { op: '<=', value: 600 },
    [bytes / events],
  );
  return events;
};

const importRate = (settings: BenchSettings, count: number): Promise<number> =>
  inTempDir('bench-import-', async (dir) => {
    const { seed, endDay, today } = settings;
    const store = SqliteEventStore.open(path.join(dir, 'events.sqlite'));
    const personalData = new PersonalData(openKeyVault({ dataDir: dir, databaseUrl: null }));
    const began = performance.now();
    const imported = await importAidsOnLoan(store, await personalData.bulk(), {
      count,
      seed: seed + 1,
      beforeDay: endDay,
      today,
    });
    const seconds = (performance.now() - began) / 1000;
    await store.close();
    await personalData.close();
    return imported.events / seconds;
  });

/** Import of `count` aids out on rent into an empty store. */
export const importFigure = async (settings: BenchSettings, count: number): Promise<Result> =>
  record(
    'import.rate',
    `events/s of a bulk import of ${count} aids out on rent`,
    'events/s',
    { op: '>=', value: 40_000 },
    await perRun(settings.runs, () => importRate(settings, count)),
  );

/** `runs` times 1,000 replays of the aid with the long history: its length, each run's p99 and every time, in ms. */
export const replayTimes = async ({ meta, storeFile }: Dataset, runs: number) => {
  const store = SqliteEventStore.open(storeFile);
  const loop = new CommandLoop(store);
  const stream = assetStream(meta.targets.longHistoryAssetId);
  const length = (await store.readStream(stream)).length;
  const perRunP99: number[] = [];
  const all: number[] = [];
  for (let run = 0; run < runs; run++) {
    const times: number[] = [];
    for (let n = 0; n < 1000; n++) {
      const began = performance.now();
      await loop.load(stream, assetDecider);
      times.push(performance.now() - began);
    }
    perRunP99.push(quantile(times, 0.99));
    all.push(...times);
  }
  await store.close();
  return { length, perRunP99, all };
};

/** The auditor's replay of one aid with about 200 events. */
export const replayFigure = async (settings: BenchSettings, dataset: Dataset): Promise<void> => {
  const { length, perRunP99, all } = await replayTimes(dataset, settings.runs);
  record(
    'history.replay.p99',
    `ms to read and fold one aid's history of ${length} events`,
    'ms',
    { op: '<', value: 1 },
    perRunP99,
    {},
    all,
  );
};

/**
 * Rebuild of all projections from position 0, each in a fresh process (peak memory is the rebuild's). The last
 * run's read models stay in the working copy, caught up, for the lag and the HTTP figures.
 */
export const rebuildFigures = (settings: BenchSettings, { workDir, storeFile }: Dataset): Result => {
  const rebuildRates: number[] = [];
  const rebuildRss: number[] = [];
  const rebuildRuns = settings.quick ? 1 : settings.runs;
  for (let run = 0; run < rebuildRuns; run++) {
    const last = run === rebuildRuns - 1;
    const readModels = last ? workDir : mkdtempSync(path.join(root, '.tmp', 'bench-rm-'));
    const output = projections<{ rate: number; maxRssMB: number }>('rebuild', storeFile, readModels);
    rebuildRates.push(output.rate);
    rebuildRss.push(output.maxRssMB);
    if (!last) rmSync(readModels, { recursive: true, force: true });
    log(`rebuild run ${run + 1}: ${Math.round(output.rate)} events/s, peak RSS ${Math.round(output.maxRssMB)} MB`);
  }
  const rebuild = record(
    'projection.rebuild.rate',
    'events/s rebuilding all projections from position 0 (fresh read models)',
    'events/s',
    { op: '>=', value: 100_000 },
    rebuildRates,
  );
  record('rebuild.peakRssMB', 'peak resident memory of the rebuild process', 'MB', { op: '<', value: 256 }, rebuildRss);
  return rebuild;
};

/** Lag from an append's commit to its read-model row (the read models are caught up from the rebuild). */
export const lagFigure = async (settings: BenchSettings, { workDir, storeFile }: Dataset): Promise<void> => {
  record(
    'projection.lag.p99',
    "ms from an append's commit to its asset-index row, 200 appends at 200/s, all projections running",
    'ms',
    { op: '<', value: 5 },
    await perRun(settings.runs, () => projections<{ p99: number }>('lag', storeFile, workDir, '200', '200').p99),
  );
};
