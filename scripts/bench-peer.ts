import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  PostgresEventStore,
  SqliteEventStore,
  type EventStore,
  type EventToAppend,
} from '../libs/event-store/src/index.js';
import {
  createTempPostgresDatabase,
  type TempPostgresDatabase,
} from '../libs/event-store/src/testing/temp-postgres-store.js';
import type { StreamAppend } from '../apps/api/src/demo/on-loan-import.js';
import { aidStreams } from './bench-dataset.js';
import { node, projections } from './bench-processes.js';
import { quantile, record } from './bench-report.js';
import { inTempDir, log, root, type BenchSettings } from './bench-settings.js';

/** Appends outstanding at once in the in-flight shape, on both sides. */
const IN_FLIGHT = 300;
const EMMETT = '0.42.';
const peerDir = path.join(root, 'test/bench/emmett');

type Shape = 'oneByOne' | 'inFlight' | 'rebuild';
const SHAPES: Shape[] = ['oneByOne', 'inFlight', 'rebuild'];
type System = 'sqlite' | 'postgres';
/** events/s per shape; a string says why the shape could not be run. */
type Rates = Record<Shape, number | string>;

type EmmettOutput = {
  events: number;
  durability: string;
  oneByOne: { rate: number };
  inFlight: { rate: number } | { unsupported: string };
  rebuild: { rate: number; batch: number; assetRows: number };
};

const emmettInstalled = (): boolean =>
  ['emmett-sqlite', 'emmett-postgresql'].every((name) => {
    const file = path.join(peerDir, 'node_modules/@event-driven-io', name, 'package.json');
    return (
      existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version.startsWith(EMMETT)
    );
  });

/** PostgreSQL started as CI starts it (.ci/postgres.sh); its admin URL, or null when it cannot be started here. */
const startPostgres = (): string | null => {
  const started = spawnSync('bash', [path.join(root, '.ci/postgres.sh')], { encoding: 'utf8' });
  if (started.status !== 0) {
    log(`peer: PostgreSQL could not be started (${started.stderr.trim().split('\n').at(-1)}); PostgreSQL skipped`);
    return null;
  }
  return started.stdout.trim().split('\n').at(-1) ?? null;
};

/**
 * Drops a database made for one run. DROP … WITH (FORCE) can meet a backend it may not end (an autovacuum worker
 * of the superuser): tried again after a pause, and left behind with a line in the log if it still fails.
 */
const dropDatabase = async (database: TempPostgresDatabase): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await database.drop();
    } catch (error) {
      if (attempt === 5) return log(`peer: a database could not be dropped: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
};

const eventsOf = (streams: StreamAppend[]): number => streams.reduce((sum, stream) => sum + stream.events.length, 0);

const appendOneByOne = async (store: EventStore, streams: StreamAppend[]): Promise<number> => {
  const began = performance.now();
  for (const stream of streams)
    await store.appendToStream(stream.streamId, stream.events as EventToAppend[], 'no_stream');
  return eventsOf(streams) / ((performance.now() - began) / 1000);
};

/** IN_FLIGHT appenders, each sending the next stream once its last append is acknowledged (as peer.mjs does). */
const appendInFlight = async (store: EventStore, streams: StreamAppend[]): Promise<number> => {
  let next = 0;
  const appender = async () => {
    while (next < streams.length) {
      const stream = streams[next++];
      await store.appendToStream(stream.streamId, stream.events as EventToAppend[], 'no_stream');
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, appender));
  return eventsOf(streams) / ((performance.now() - began) / 1000);
};

const rebuildRate = (storeFileOrUrl: string, readModelDir: string): number =>
  projections<{ rate: number }>('rebuild', storeFileOrUrl, readModelDir, 'asset-index').rate;

/** Ours on the embedded store: each append shape on a fresh file, the rebuild from the one-by-one one. */
const oursOnSqlite = async (dir: string, streams: StreamAppend[]): Promise<Rates> => {
  const oneByOneFile = path.join(dir, 'ours-one-by-one', 'events.sqlite');
  const oneByOneStore = SqliteEventStore.open(oneByOneFile);
  const oneByOne = await appendOneByOne(oneByOneStore, streams);
  await oneByOneStore.close();
  const inFlightStore = SqliteEventStore.open(path.join(dir, 'ours-in-flight', 'events.sqlite'));
  const inFlight = await appendInFlight(inFlightStore, streams);
  await inFlightStore.close();
  return { oneByOne, inFlight, rebuild: rebuildRate(oneByOneFile, path.join(dir, 'ours-one-by-one')) };
};

/** Ours on PostgreSQL: each append shape on a fresh database, the rebuild into read models in the same database. */
const oursOnPostgres = async (adminUrl: string, dir: string, streams: StreamAppend[]): Promise<Rates> => {
  const oneByOneDb = await createTempPostgresDatabase(adminUrl);
  const inFlightDb = await createTempPostgresDatabase(adminUrl);
  try {
    const oneByOneStore = await PostgresEventStore.connect(oneByOneDb.url, { listen: false });
    const oneByOne = await appendOneByOne(oneByOneStore, streams);
    await oneByOneStore.close();
    const inFlightStore = await PostgresEventStore.connect(inFlightDb.url, { listen: false });
    const inFlight = await appendInFlight(inFlightStore, streams);
    await inFlightStore.close();
    return { oneByOne, inFlight, rebuild: rebuildRate(oneByOneDb.url, dir) };
  } finally {
    await dropDatabase(oneByOneDb);
    await dropDatabase(inFlightDb);
  }
};

const emmettOn = async (
  system: System,
  adminUrl: string | null,
  streamsFile: string,
): Promise<{ rates: Rates; output: EmmettOutput }> => {
  const run = (where: string[]) =>
    JSON.parse(node([path.join(peerDir, 'peer.mjs'), streamsFile, system, ...where])) as EmmettOutput;
  let output: EmmettOutput;
  if (system === 'sqlite') output = await inTempDir('bench-peer-emmett-', (folder) => run([folder]));
  else {
    // Fresh databases made and dropped here, once Emmett's process has ended and closed its pools.
    const one = await createTempPostgresDatabase(adminUrl ?? '');
    const two = await createTempPostgresDatabase(adminUrl ?? '');
    try {
      output = run([one.url, two.url]);
    } finally {
      await dropDatabase(one);
      await dropDatabase(two);
    }
  }
  return {
    output,
    rates: {
      oneByOne: output.oneByOne.rate,
      inFlight: 'rate' in output.inFlight ? output.inFlight.rate : output.inFlight.unsupported,
      rebuild: output.rebuild.rate,
    },
  };
};

const WHAT: Record<Shape, string> = {
  oneByOne: 'appends awaited one by one, events/s',
  inFlight: `${IN_FLIGHT} appends in flight at any time, events/s`,
  rebuild: 'asset-index rebuild from the whole log, each with its best batching, events/s',
};

/**
 * Emmett 0.42 beside us on the same machine, the same events (the aid streams) and the same durability, on
 * SQLite (WAL, synchronous=FULL on both sides) and on PostgreSQL (synchronous_commit=on on both), in each shape
 * each system can do. Each ratio is ours / Emmett's in the shape its name says.
 */
export const peer = async (settings: BenchSettings): Promise<void> => {
  if (!emmettInstalled()) {
    log(`peer: installing Emmett ${EMMETT}x into test/bench/emmett (once)`);
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peerDir, stdio: 'inherit' });
    if (install.status !== 0 || !emmettInstalled()) {
      log('peer: Emmett could not be installed; skipping the peer');
      return;
    }
  }
  const aids = settings.quick ? 300 : 1000;
  // One run in --quick keeps the peer under a minute here (each PostgreSQL run makes and drops four databases).
  const runs = settings.quick ? 1 : settings.runs;
  const streams = await aidStreams(settings, aids, settings.seed + 3);
  const events = eventsOf(streams);
  const adminUrl = startPostgres();
  const systems: System[] = adminUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  await inTempDir('bench-peer-', async (dir) => {
    const streamsFile = path.join(dir, 'streams.json');
    writeFileSync(streamsFile, JSON.stringify(streams));
    for (const system of systems) {
      const ours: Rates[] = [];
      const theirs: Rates[] = [];
      let durability = '';
      let rebuildBatch = 0;
      // Alternating, so a busy moment of the shared machine falls on both sides alike.
      for (let run = 0; run < runs; run++) {
        const emmett = await emmettOn(system, adminUrl, streamsFile);
        theirs.push(emmett.rates);
        durability = emmett.output.durability;
        rebuildBatch = emmett.output.rebuild.batch;
        ours.push(
          await inTempDir(`bench-peer-ours-${run}-`, (runDir) =>
            system === 'sqlite' ? oursOnSqlite(runDir, streams) : oursOnPostgres(adminUrl ?? '', runDir, streams),
          ),
        );
      }
      const median = (rates: Rates[], shape: Shape): number | string => {
        const values = rates.map((rate) => rate[shape]);
        const numbers = values.filter((value): value is number => typeof value === 'number');
        return numbers.length === values.length ? quantile(numbers, 0.5) : (values[0] as string);
      };
      for (const shape of SHAPES) {
        const oursRate = median(ours, shape);
        const theirRate = median(theirs, shape);
        const name = `peer.emmett.${system}.${shape === 'rebuild' ? 'rebuild' : `append.${shape}`}.ratio`;
        if (typeof theirRate === 'string') {
          // No ratio without Emmett's side: ours alone, and why.
          record(
            `peer.ours.${system}.append.${shape}.rate`,
            `${WHAT[shape]}, ours (${system}); Emmett cannot`,
            'events/s',
            null,
            ours.map((rate) => Number(rate[shape])),
            { notes: `Emmett 0.42 not measured: ${theirRate}.` },
          );
          continue;
        }
        const ratios = ours.map((rate, n) => Number(rate[shape]) / Number(theirs[n][shape]));
        const result = record(
          name,
          `${WHAT[shape]}: ours / Emmett 0.42 (${system}, ${durability})`,
          'x',
          null,
          ratios,
          {
            notes: `ours ${Math.round(Number(oursRate)).toLocaleString('en-US')}, Emmett ${Math.round(theirRate).toLocaleString('en-US')} events/s (${events.toLocaleString('en-US')} events of ${aids} aids, ${streams.length} streams; ${durability}${shape === 'rebuild' ? `; Emmett's consumer in batches of ${rebuildBatch}, ours the projector runtime` : ''}; median of ${runs}).`,
          },
        );
        log(`peer: ${name}: ${result.notes}`);
      }
    }
  });
};
