/**
 * The benchmark (issue 6). Generates a region's history with the history generator through the real command
 * handlers, then measures each figure several times (median and p99 over the runs) beside the machine's own
 * ceilings and the Emmett peer, and writes bench-results/latest.json and latest.md.
 *
 *   npm run bench                 one region, five years
 *   npm run bench -- --quick      one region, one month on top of the 85,300 aids out on rent (under 5 min)
 *   npm run bench -- --national   40 regions' volumes
 *   options: --days N  --runs N  --fresh (regenerate the cached dataset)  --skip-peer
 *
 * The dataset is cached in .tmp/bench-dataset-<scale>-<days>-<endDay>/ and copied before each bench, so a
 * second bench on the same day skips the generation.
 */
import 'reflect-metadata';
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { NestFactory } from '@nestjs/core';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import type { DynamicModule } from '@nestjs/common';
import { addDays, assetDecider, assetStream } from '../libs/domain/src/index.js';
import {
  CommandLoop,
  EVENT_STORE,
  SqliteEventStore,
  type EventStore,
  type EventToAppend,
} from '../libs/event-store/src/index.js';
import { SQLITE_EVENT_STORE_SCHEMA } from '../libs/event-store/src/sqlite/sqlite-schema.js';
import { APP_CONFIG, loadConfig } from '../apps/api/src/config/app.config.js';
import { StoreModule } from '../apps/api/src/store/store.module.js';
import { CommandsModule } from '../apps/api/src/command-bus/commands.module.js';
import { todayInStockholm } from '../apps/api/src/clock/clock.js';
import { signToken } from '../apps/api/src/auth/token-verifier.js';
import { HistoryGenerator, type HistorySummary } from '../apps/api/src/demo/history-generator.js';
import { importAidsOnLoan, onLoanStreams, type StreamAppend } from '../apps/api/src/demo/on-loan-import.js';
import { OnAsset, OnOrder } from '../apps/api/src/command-bus/aggregate-commands.js';
import type { LoadJob, LoadRequest, LoadResult } from './bench-load.js';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    national: { type: 'boolean', default: false },
    days: { type: 'string' },
    runs: { type: 'string' },
    'initial-on-loan': { type: 'string' },
    fresh: { type: 'boolean', default: false },
    'skip-peer': { type: 'boolean', default: false },
  },
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scriptsDir = path.dirname(fileURLToPath(import.meta.url));
const scale = flags.national ? 40 : 1;
const days = Number(flags.days ?? (flags.quick ? 30 : 5 * 365));
const runs = Number(flags.runs ?? (flags.quick ? 3 : 5));
const today = todayInStockholm();
const endDay = addDays(today, -1);
const seed = 6;
const SECRET = 'bench-secret-that-is-long-enough-for-hs256-0123456789';
const started = Date.now();

const log = (message: string): void => {
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
};

type Goal = { op: '>=' | '<=' | '<'; value: number } | null;
type Result = {
  name: string;
  what: string;
  value: number;
  unit: string;
  goal: Goal;
  met: boolean | null;
  median: number;
  p99: number;
  runs: number[];
  ratioToCeiling?: number;
  ceiling?: string;
  notes?: string;
};
const results: Result[] = [];

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? sorted[0];
};
const round = (value: number): number => (Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100);

const record = (
  name: string,
  what: string,
  unit: string,
  goal: Goal,
  samples: number[],
  extra: Partial<Result> = {},
  /** For latencies the p99 over all samples, not the runs' values. */
  p99Of: number[] = samples,
): Result => {
  const median = quantile(samples, 0.5);
  const result: Result = {
    name,
    what,
    value: round(median),
    unit,
    goal,
    met:
      goal === null
        ? null
        : goal.op === '>='
          ? median >= goal.value
          : goal.op === '<='
            ? median <= goal.value
            : median < goal.value,
    median: round(median),
    p99: round(goal?.op === '>=' ? quantile(p99Of, 0.01) : quantile(p99Of, 0.99)),
    runs: samples.map(round),
    ...extra,
  };
  results.push(result);
  log(
    `${name}: ${result.value} ${unit}${goal ? ` (goal ${goal.op} ${goal.value}: ${result.met ? 'met' : 'missed'})` : ''}`,
  );
  return result;
};

const withCeiling = (result: Result, ceiling: Result): void => {
  result.ratioToCeiling = Math.round((result.value / ceiling.value) * 1000) / 1000;
  result.ceiling = ceiling.name;
};

// ---------------------------------------------------------------------------------------------------------
// The dataset: the region's history through the real command handlers, plus what the load needs.

type Targets = {
  personIds: string[];
  onLoan: string[];
  awaitingReconditioning: string[];
  inTransit: { assetId: string; orderId: string }[];
  longHistoryAssetId: string;
};
type DatasetMeta = { summary: HistorySummary; targets: Targets; generationSeconds: number };

const writeContext = async (dataDir: string) => {
  const config = loadConfig({ DATA_DIR: dataDir, DEMO_DATA: 'off', LOG_LEVEL: 'warn', AUTH_SECRET: SECRET });
  // The command side only: the projections are rebuilt and measured on their own afterwards.
  const module: DynamicModule = {
    module: class BenchWriteModule {},
    imports: [
      {
        module: class BenchConfigModule {},
        global: true,
        providers: [{ provide: APP_CONFIG, useValue: config }],
        exports: [APP_CONFIG],
      },
      CqrsModule.forRoot(),
      StoreModule,
      CommandsModule,
    ],
  };
  return NestFactory.createApplicationContext(module, { logger: ['error'] });
};

const inBatches = async <T>(items: T[], size: number, each: (item: T) => Promise<void>): Promise<void> => {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
};

/** Aids loaded on today's routes, so the HTTP load has deliveries to record. */
const stageInTransit = async (
  commandBus: CommandBus,
  personIds: string[],
  count: number,
): Promise<Targets['inTransit']> => {
  const staged: Targets['inTransit'] = [];
  const context = () => ({ actor: 'bench:staging', correlationId: randomUUID() });
  await inBatches(
    Array.from({ length: count }, (_, n) => n),
    64,
    async (n) => {
      const personId = personIds[(n * 7919) % personIds.length];
      const placed = {
        personId,
        articleNo: '100101',
        prescriberId: 'FS-BENCH',
        priority: 2,
        plannedDeliveryDate: today,
        municipality: 'Västerås',
        payerId: 'KUND-VASTERAS',
      };
      const order = await commandBus.execute(
        new OnOrder(randomUUID(), { type: 'PlaceOrder', data: placed }, context()),
      );
      const assetId = randomUUID();
      const received = { articleNo: '100101', serialNumber: `SN-BENCH-${n}`, location: 'VAS-HUVUDLAGER' };
      await commandBus.execute(new OnAsset(assetId, { type: 'RegisterAsset', data: received }, context()));
      await commandBus.execute(new OnAsset(assetId, { type: 'AllocateAsset', data: { orderId: order.id } }, context()));
      const route = { orderId: order.id, routeId: 'R-VASTERAS-1' };
      await commandBus.execute(new OnAsset(assetId, { type: 'DispatchAid', data: route }, context()));
      staged.push({ assetId, orderId: order.id });
    },
  );
  return staged;
};

/** One aid with a long life: 40 loans, about 200 events, for the auditor's replay. */
const longHistoryAid = async (store: EventStore): Promise<string> => {
  const loop = new CommandLoop(store);
  const assetId = randomUUID();
  const ctx = { actor: 'bench:long-history', correlationId: randomUUID() };
  const run = (command: Parameters<typeof assetDecider.decide>[0]) =>
    loop.run(assetStream(assetId), assetDecider, command, ctx);
  await run({
    type: 'RegisterAsset',
    data: {
      assetId,
      articleNo: '100201',
      serialNumber: 'SN-LONG-LIFE',
      location: 'VAS-HUVUDLAGER',
      receivedOn: '2015-01-05',
      article: { articleNo: '100201', kind: 'individual' },
      today,
    },
  });
  let day = '2015-01-05';
  for (let loan = 0; loan < 40; loan++) {
    const orderId = randomUUID();
    const personId = randomUUID();
    day = addDays(day, 30);
    const order = {
      orderId,
      status: 'placed' as const,
      personId,
      articleNo: '100201',
      plannedDeliveryDate: day,
      municipality: 'Västerås',
    };
    await run({ type: 'AllocateAsset', data: { assetId, orderId, order, allocatedOn: day, today } });
    await run({ type: 'DispatchAid', data: { assetId, orderId, routeId: 'R-VASTERAS-1', dispatchedOn: day, today } });
    await run({ type: 'DeliverAid', data: { assetId, orderId, order, deliveredOn: day, today } });
    day = addDays(day, 40);
    await run({ type: 'ReturnAid', data: { assetId, returnedOn: day, reason: 'Behovet har upphört', today } });
    await run({ type: 'ReconditionAid', data: { assetId, reconditionedOn: day, location: 'VAS-HUVUDLAGER', today } });
  }
  return assetId;
};

const generateDataset = async (dataDir: string, targetsPerList: number): Promise<DatasetMeta> => {
  const generationStarted = Date.now();
  const app = await writeContext(dataDir);
  const commandBus = app.get(CommandBus);
  const store = app.get<EventStore>(EVENT_STORE);
  const generator = new HistoryGenerator(commandBus, store);
  let lastLogged = '';
  const summary = await generator.generate({
    days,
    seed,
    scale,
    endDay,
    initialOnLoan: flags['initial-on-loan'] === undefined ? undefined : Number(flags['initial-on-loan']),
    progressBar: false,
    onProgress: ({ phase, done, total, commands }) => {
      const step = `${phase}${Math.floor((done / total) * 10)}`;
      if (step === lastLogged) return;
      lastLogged = step;
      log(`dataset: ${phase} ${done}/${total}${phase === 'days' ? `, ${commands} commands` : ''}`);
    },
  });
  if (summary.refusedTotal > 0)
    log(`dataset: ${summary.refusedTotal} refused commands: ${JSON.stringify(summary.refused)}`);
  const snapshot = generator.snapshot();
  log(`dataset: staging ${targetsPerList} aids on today's routes`);
  const inTransit = await stageInTransit(commandBus, snapshot.personIds, targetsPerList);
  const longHistoryAssetId = await longHistoryAid(store);
  await app.close();
  const meta: DatasetMeta = {
    summary,
    targets: { ...snapshot, inTransit, longHistoryAssetId },
    generationSeconds: (Date.now() - generationStarted) / 1000,
  };
  writeFileSync(path.join(dataDir, 'bench-dataset.json'), JSON.stringify(meta));
  return meta;
};

// ---------------------------------------------------------------------------------------------------------
// Child processes.

const node = (args: string[], env: Record<string, string> = {}): string => {
  const child = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed:\n${child.stderr}`);
  return child.stdout.trim().split('\n').at(-1) ?? '';
};

const load = (job: LoadJob): LoadResult => {
  const file = path.join(os.tmpdir(), `aidledger-load-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify(job));
  try {
    return JSON.parse(node([path.join(scriptsDir, 'bench-load.js'), file])) as LoadResult;
  } finally {
    rmSync(file, { force: true });
  }
};

const startServer = async (args: string[], env: Record<string, string>, ready: RegExp) => {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited: number | null | undefined;
  // The last few kilobytes of its output, to say why it stopped if it does.
  const onData = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      resolve();
    }),
  );
  await waitUntil(
    async () => {
      if (exited !== undefined) throw new Error(`${args[0]} exited with ${exited}:\n${output}`);
      return ready.test(output);
    },
    120_000,
    `${args[0]} to start`,
  );
  return {
    alive: () => exited === undefined,
    output: () => output,
    stop: async () => {
      if (exited === undefined) child.kill('SIGTERM');
      await exit;
    },
  };
};

/** Polls `check` until it is true; a check that throws ends the wait with its error. */
const waitUntil = async (check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
};

const freePort = (): number => 20_000 + Math.floor(Math.random() * 20_000);

// ---------------------------------------------------------------------------------------------------------
// Store-level measurements.

const serialized = (streams: StreamAppend[]) =>
  streams.flatMap((stream) =>
    stream.events.map((event, revision) => ({
      streamId: stream.streamId,
      revision,
      id: event.id,
      type: event.type,
      data: JSON.stringify(event.data),
      metadata: JSON.stringify(event.metadata),
    })),
  );

/** The same inserts our store does for an import, without any of its checks: SQLite's own speed here. */
const rawAppendRate = (streams: StreamAppend[], appendsPerTransaction: number): number => {
  const dir = mkdtempSync(path.join(root, '.tmp', 'bench-raw-'));
  try {
    const db = new Database(path.join(dir, 'events.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SQLITE_EVENT_STORE_SCHEMA);
    const insert = db.prepare(
      'INSERT INTO events (position, stream_id, revision, event_id, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const upsert = db.prepare(
      'INSERT INTO streams (stream_id, revision) VALUES (?, ?) ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision',
    );
    const began = performance.now();
    let position = 0;
    for (let i = 0; i < streams.length; i += appendsPerTransaction) {
      const batch = serialized(streams.slice(i, i + appendsPerTransaction));
      const recordedAt = new Date().toISOString();
      db.transaction(() => {
        let previous = '';
        for (const event of batch) {
          insert.run(
            position++,
            event.streamId,
            event.revision,
            event.id,
            event.type,
            event.data,
            event.metadata,
            recordedAt,
          );
          if (previous !== event.streamId) upsert.run(event.streamId, event.revision);
          previous = event.streamId;
        }
      }).immediate();
    }
    const events = position;
    const seconds = (performance.now() - began) / 1000;
    db.close();
    return events / seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const rawScanRate = (file: string): number => {
  const db = new Database(file, { readonly: true });
  const began = performance.now();
  let events = 0;
  let bytes = 0;
  for (const row of db
    .prepare(
      'SELECT position, stream_id, revision, event_id, type, data, metadata, recorded_at FROM events ORDER BY position',
    )
    .iterate() as Iterable<{ data: string; metadata: string }>) {
    events++;
    bytes += row.data.length + row.metadata.length;
  }
  const seconds = (performance.now() - began) / 1000;
  db.close();
  return bytes > 0 ? events / seconds : 0;
};

const importRate = async (count: number): Promise<number> => {
  const dir = mkdtempSync(path.join(root, '.tmp', 'bench-import-'));
  try {
    const store = SqliteEventStore.open(path.join(dir, 'events.sqlite'));
    const began = performance.now();
    const imported = await importAidsOnLoan(store, { count, seed: seed + 1, beforeDay: endDay, today });
    const seconds = (performance.now() - began) / 1000;
    await store.close();
    return imported.events / seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

// ---------------------------------------------------------------------------------------------------------

const main = async (): Promise<void> => {
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  const commandRequests = flags.quick ? 1500 : 6000;
  const rateRequests = flags.quick ? 400 : 2000;
  const targetsPerList = Math.ceil(((commandRequests + rateRequests) / 3) * runs) + 10;
  const cacheDir = path.join(
    root,
    '.tmp',
    `bench-dataset-${scale}-${days}-${flags['initial-on-loan'] ?? 'region'}-${endDay}`,
  );
  if (flags.fresh || !existsSync(path.join(cacheDir, 'bench-dataset.json'))) {
    rmSync(cacheDir, { recursive: true, force: true });
    log(`dataset: generating ${days} days at scale ${scale} into ${path.relative(root, cacheDir)}`);
    await generateDataset(cacheDir, targetsPerList);
  } else log(`dataset: reusing ${path.relative(root, cacheDir)}`);
  const meta = JSON.parse(readFileSync(path.join(cacheDir, 'bench-dataset.json'), 'utf8')) as DatasetMeta;
  const workDir = mkdtempSync(path.join(root, '.tmp', 'bench-work-'));
  const storeFile = path.join(workDir, 'events.sqlite');
  cpSync(cacheDir, workDir, { recursive: true });
  rmSync(path.join(workDir, 'read-models.sqlite'), { force: true });
  rmSync(path.join(workDir, 'read-models.sqlite-wal'), { force: true });

  try {
    // Disk per event: the store after a checkpoint, so the WAL is folded in.
    const db = new Database(storeFile);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const events = Number((db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n);
    db.close();
    const bytes = statSync(storeFile).size;
    record(
      'store.bytesPerEvent',
      'disk per event (events.sqlite after a WAL checkpoint)',
      'bytes',
      { op: '<=', value: 600 },
      [bytes / events],
    );

    // Import of aids out on rent, against SQLite's own insert loop with the same durability and batching.
    const importAids = flags.quick ? 8000 : 20_000;
    const importRuns: number[] = [];
    for (let run = 0; run < runs; run++) importRuns.push(await importRate(importAids));
    const importResult = record(
      'import.rate',
      `events/s of a bulk import of ${importAids} aids out on rent`,
      'events/s',
      { op: '>=', value: 40_000 },
      importRuns,
    );
    const streams = [
      ...onLoanStreams(
        { count: importAids, seed: seed + 2, beforeDay: endDay, today },
        { persons: [], aids: [], usedPersonnummer: new Set() },
      ),
    ];
    const ceilingRuns: number[] = [];
    for (let run = 0; run < runs; run++) ceilingRuns.push(rawAppendRate(streams, 4096));
    const appendCeiling = record(
      'ceiling.append.rate',
      'raw better-sqlite3 inserts, same rows, WAL, synchronous=FULL, 4096 appends per transaction',
      'events/s',
      null,
      ceilingRuns,
    );
    withCeiling(importResult, appendCeiling);

    const scanRuns: number[] = [];
    for (let run = 0; run < runs; run++) scanRuns.push(rawScanRate(storeFile));
    const scanCeiling = record(
      'ceiling.scan.rate',
      `raw ordered scan of all ${events} events`,
      'events/s',
      null,
      scanRuns,
    );

    // The auditor's replay of one aid with about 200 events.
    {
      const store = SqliteEventStore.open(storeFile);
      const loop = new CommandLoop(store);
      const stream = assetStream(meta.targets.longHistoryAssetId);
      const length = (await store.readStream(stream)).length;
      const perRun: number[] = [];
      const all: number[] = [];
      for (let run = 0; run < runs; run++) {
        const times: number[] = [];
        for (let n = 0; n < 1000; n++) {
          const began = performance.now();
          await loop.load(stream, assetDecider);
          times.push(performance.now() - began);
        }
        perRun.push(quantile(times, 0.99));
        all.push(...times);
      }
      await store.close();
      record(
        'history.replay.p99',
        `ms to read and fold one aid's history of ${length} events`,
        'ms',
        { op: '<', value: 1 },
        perRun,
        {},
        all,
      );
    }

    // Rebuild of all projections from position 0, each in a fresh process (peak memory is the rebuild's).
    const rebuildRates: number[] = [];
    const rebuildRss: number[] = [];
    const rebuildRuns = flags.quick ? 1 : runs;
    for (let run = 0; run < rebuildRuns; run++) {
      const last = run === rebuildRuns - 1;
      const readModels = last ? workDir : mkdtempSync(path.join(root, '.tmp', 'bench-rm-'));
      const output = JSON.parse(
        node([path.join(scriptsDir, 'bench-projections.js'), 'rebuild', storeFile, readModels]),
      ) as {
        rate: number;
        maxRssMB: number;
      };
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
    withCeiling(rebuild, scanCeiling);
    record(
      'rebuild.peakRssMB',
      'peak resident memory of the rebuild process',
      'MB',
      { op: '<', value: 256 },
      rebuildRss,
    );

    // Lag from an append's commit to its read-model row (the read models are caught up from the rebuild).
    {
      const lagP99: number[] = [];
      for (let run = 0; run < runs; run++) {
        const output = JSON.parse(
          node([path.join(scriptsDir, 'bench-projections.js'), 'lag', storeFile, workDir, '200', '200']),
        ) as {
          p99: number;
        };
        lagP99.push(output.p99);
      }
      record(
        'projection.lag.p99',
        "ms from an append's commit to its asset-index row, 200 appends at 200/s, all projections running",
        'ms',
        { op: '<', value: 5 },
        lagP99,
      );
    }

    // HTTP: the real API on the dataset, the load generator in its own process.
    const port = freePort();
    const api = await startServer(
      [path.join(root, 'dist/apps/api/src/main.js')],
      {
        DATA_DIR: workDir,
        DEMO_DATA: 'off',
        AUTH_SECRET: SECRET,
        LOG_LEVEL: 'info',
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      /Server listening/,
    );
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitUntil(
        async () => {
          if (!api.alive()) throw new Error(`the API stopped:\n${api.output()}`);
          return (await fetch(`${url}/health/ready`).catch(() => null))?.status === 200;
        },
        300_000,
        'the API to be ready',
      );
      const token = await signToken(SECRET, { subject: 'bench', name: 'Benchmark', role: 'admin' });
      const targets = meta.targets;
      let inTransit = 0;
      let onLoan = 0;
      const awaiting = [...targets.awaitingReconditioning];
      // Aids returned by one load run are reconditioned in a later one, never racing their own return.
      const returned: string[] = [];
      const commandMix = (count: number): LoadRequest[] => {
        awaiting.push(...returned.splice(0));
        const requests: LoadRequest[] = [];
        for (let n = 0; n < count; n++) {
          const kind = n % 3;
          if (kind === 0 && inTransit < targets.inTransit.length) {
            const { assetId, orderId } = targets.inTransit[inTransit++];
            requests.push({
              method: 'POST',
              path: `/api/assets/${assetId}/deliver`,
              body: { orderId, deliveredOn: today },
            });
          } else if (kind === 1 || awaiting.length === 0) {
            const assetId = targets.onLoan[onLoan++];
            requests.push({
              method: 'POST',
              path: `/api/assets/${assetId}/return`,
              body: { returnedOn: today, reason: 'Behovet har upphört' },
            });
            returned.push(assetId);
          } else {
            const assetId = awaiting.shift() as string;
            requests.push({
              method: 'POST',
              path: `/api/assets/${assetId}/recondition`,
              body: { reconditionedOn: today, location: 'VAS-HUVUDLAGER' },
            });
          }
        }
        return requests;
      };
      const throughput: number[] = [];
      const p99s: number[] = [];
      const failures: number[] = [];
      for (let run = 0; run < runs; run++) {
        const burst = load({ url, token, connections: 64, requests: commandMix(commandRequests) });
        throughput.push(burst.requestsPerSecond);
        failures.push(burst.non2xx + burst.errors);
        const steady = load({ url, token, connections: 16, overallRate: 200, requests: commandMix(rateRequests) });
        p99s.push(steady.latencyP99);
        failures.push(steady.non2xx + steady.errors);
      }
      const failed = failures.reduce((sum, n) => sum + n, 0);
      const commandThroughput = record(
        'command.http.throughput',
        'durable commands/s over HTTP, deliver/return/recondition mix, 64 connections, synchronous=FULL',
        'commands/s',
        { op: '>=', value: 3000 },
        throughput,
        { notes: `${failed} of ${runs * (commandRequests + rateRequests)} commands answered other than 2xx` },
      );
      record(
        'command.http.p99',
        'ms per command at a steady 200 commands/s (same mix)',
        'ms',
        { op: '<', value: 5 },
        p99s,
      );

      const personPaths = targets.personIds.slice(0, 20_000).map((id) => `/api/persons/${id}/aids`);
      const seconds = flags.quick ? 5 : 10;
      const queries: number[] = [];
      for (let run = 0; run < runs; run++) {
        const result = load({
          url,
          token,
          connections: 64,
          durationSeconds: seconds,
          repeat: { method: 'GET', paths: personPaths },
        });
        queries.push(result.requestsPerSecond);
      }
      const query = record(
        'query.http.throughput',
        'person-register reads/s over HTTP (GET /api/persons/:id/aids), 64 connections',
        'requests/s',
        { op: '>=', value: 10_000 },
        queries,
      );

      const barePort = freePort();
      const bare = await startServer([path.join(scriptsDir, 'bench-bare-http.js'), String(barePort)], {}, /listening/);
      try {
        const ceilings: number[] = [];
        for (let run = 0; run < runs; run++) {
          const result = load({
            url: `http://127.0.0.1:${barePort}`,
            connections: 64,
            durationSeconds: seconds,
            repeat: { method: 'GET', paths: ['/'] },
          });
          ceilings.push(result.requestsPerSecond);
        }
        const httpCeiling = record(
          'ceiling.http.throughput',
          'a bare Fastify route returning a small JSON body, 64 connections',
          'requests/s',
          null,
          ceilings,
        );
        withCeiling(query, httpCeiling);
        withCeiling(commandThroughput, httpCeiling);
      } finally {
        await bare.stop();
      }
    } finally {
      await api.stop();
    }

    if (!flags['skip-peer']) await peer();

    const report = {
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryGB: Math.round(os.totalmem() / 1024 ** 3),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
      },
      dataset: {
        profile: flags.national ? 'national' : 'region',
        scale,
        days,
        firstDay: meta.summary.firstDay,
        lastDay: meta.summary.lastDay,
        events,
        importedAidsOnLoan: meta.summary.importedAids,
        commands: meta.summary.commandsTotal,
        refusedCommands: meta.summary.refusedTotal,
        generationSeconds: Math.round(meta.generationSeconds),
        volumes: meta.summary.volumes,
      },
      runs,
      quick: flags.quick,
      durationSeconds: Math.round((Date.now() - started) / 1000),
      results,
    };
    const outDir = path.join(root, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.join(outDir, 'latest.md'), markdown(report));
    log(`wrote bench-results/latest.json and latest.md in ${report.durationSeconds} s`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
};

/** Emmett on the same machine, the same events, the same durability. */
const peer = async (): Promise<void> => {
  const peerDir = path.join(root, 'test/bench/emmett');
  if (!existsSync(path.join(peerDir, 'node_modules/@event-driven-io/emmett-sqlite'))) {
    log('peer: installing Emmett 0.38.5 into test/bench/emmett (once)');
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: peerDir, stdio: 'inherit' });
    if (install.status !== 0) {
      log('peer: Emmett could not be installed; skipping the peer');
      return;
    }
  }
  const aids = flags.quick ? 300 : 1000;
  const streams = [
    ...onLoanStreams(
      { count: aids, seed: seed + 3, beforeDay: endDay, today },
      { persons: [], aids: [], usedPersonnummer: new Set() },
    ),
  ];
  const dir = mkdtempSync(path.join(root, '.tmp', 'bench-peer-'));
  try {
    const streamsFile = path.join(dir, 'streams.json');
    writeFileSync(streamsFile, JSON.stringify(streams));
    const theirs = JSON.parse(node([path.join(peerDir, 'peer.mjs'), streamsFile, path.join(dir, 'emmett.sqlite')])) as {
      appendRate: number;
      rebuildRate: number;
      events: number;
    };
    const oursFile = path.join(dir, 'ours', 'events.sqlite');
    const store = SqliteEventStore.open(oursFile);
    const began = performance.now();
    await Promise.all(
      streams.map((stream) => store.appendToStream(stream.streamId, stream.events as EventToAppend[], 'no_stream')),
    );
    const oursAppend = theirs.events / ((performance.now() - began) / 1000);
    await store.close();
    const oursRebuild = JSON.parse(
      node([path.join(scriptsDir, 'bench-projections.js'), 'rebuild', oursFile, path.join(dir, 'ours'), 'asset-index']),
    ) as { rate: number };
    const note = `${theirs.events} events of ${aids} aids; Emmett: ${Math.round(theirs.appendRate)} appends events/s, ${Math.round(theirs.rebuildRate)} rebuild events/s; ours: ${Math.round(oursAppend)} and ${Math.round(oursRebuild.rate)}`;
    record(
      'peer.emmett.append.ratio',
      'append events/s, ours / Emmett 0.38.5 (same events, WAL, synchronous=FULL)',
      'x',
      null,
      [oursAppend / theirs.appendRate],
      { notes: note },
    );
    record(
      'peer.emmett.rebuild.ratio',
      'asset-index projection rebuild events/s, ours / Emmett',
      'x',
      null,
      [oursRebuild.rate / theirs.rebuildRate],
      { notes: note },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const markdown = (report: {
  machine: Record<string, unknown>;
  dataset: Record<string, unknown>;
  results: Result[];
  runs: number;
}): string => {
  const goal = (g: Goal) => (g ? `${g.op} ${g.value.toLocaleString('en-US')}` : '');
  const lines = [
    '# Benchmark',
    '',
    `Machine: ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGB} GB, ${report.machine.platform}, Node ${report.machine.node}.`,
    `Dataset: ${report.dataset.profile}, scale ${report.dataset.scale}, ${report.dataset.days} days (${report.dataset.firstDay} … ${report.dataset.lastDay}), ${Number(report.dataset.events).toLocaleString('en-US')} events, ${Number(report.dataset.importedAidsOnLoan).toLocaleString('en-US')} aids on rent at the start, ${Number(report.dataset.commands).toLocaleString('en-US')} commands through the handlers (${report.dataset.refusedCommands} refused).`,
    `Each figure is the median of ${report.runs} runs; p99 is over the runs (over all samples for latencies).`,
    '',
    '| name | value | unit | goal | met | p99 | ratio to ceiling |',
    '|---|---:|---|---|---|---:|---:|',
    ...report.results.map(
      (r) =>
        `| \`${r.name}\` | ${r.value.toLocaleString('en-US')} | ${r.unit} | ${goal(r.goal)} | ${r.met === null ? '' : r.met ? 'yes' : '**no**'} | ${r.p99.toLocaleString('en-US')} | ${r.ratioToCeiling === undefined ? '' : `${r.ratioToCeiling} of \`${r.ceiling}\``} |`,
    ),
    '',
    ...report.results.filter((r) => r.notes).map((r) => `- \`${r.name}\`: ${r.notes}`),
    '',
  ];
  return lines.join('\n');
};

await main();
