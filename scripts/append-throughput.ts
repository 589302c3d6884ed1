/**
 * Append throughput of the embedded store (WAL, synchronous=FULL) or of the PostgreSQL store: sequential
 * awaited appends against many concurrent appenders, where group commit writes everything queued during one
 * commit in the next.
 *
 *   npm run build && node dist/scripts/append-throughput.js [--dir <folder>] [--concurrency 64] [--appends 20000]
 *   node dist/scripts/append-throughput.js --postgres "$TEST_DATABASE_URL" [--concurrency 300]
 *   node dist/scripts/append-throughput.js --thread [--paced-seconds 15]
 *
 * The store file goes to a fresh folder under --dir (default: ./.tmp, on the same disk as the project, so
 * fsync costs what it costs there) and is deleted afterwards. With --postgres (a server whose user may
 * CREATE DATABASE) each measurement gets a fresh database, dropped afterwards. With --thread the embedded store runs
 * on its worker thread (ThreadedSqliteEventStore, the API's default) rather than on this one.
 *
 * Last, commands at a steady 200/s (read a stream, append to it) while monitorEventLoopDelay watches this thread:
 * how long a request on the same event loop could have waited behind the store.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  PostgresEventStore,
  SqliteEventStore,
  ThreadedSqliteEventStore,
  type EventStore,
  type EventToAppend,
} from '../libs/event-store/src/index.js';
import { createTempPostgresDatabase } from '../libs/event-store/src/testing/index.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '.tmp' },
    concurrency: { type: 'string', default: '64' },
    appends: { type: 'string', default: '20000' },
    sequential: { type: 'string', default: '2000' },
    postgres: { type: 'string' },
    thread: { type: 'boolean', default: false },
    'paced-seconds': { type: 'string', default: '15' },
  },
});
const concurrency = Number(values.concurrency);
const concurrentAppends = Number(values.appends);
const sequentialAppends = Number(values.sequential);

const aidInspected = (n: number): EventToAppend => ({
  id: randomUUID(),
  type: 'AidInspected',
  data: { assetId: randomUUID(), inspectedOn: '2025-06-18', passed: true, n },
  metadata: {
    actor: 'append-throughput',
    occurredAt: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    schemaVersion: 1,
  },
});

type Measurement = { appends: number; seconds: number; commits: number };

type MeasuredStore = EventStore & { onCommitted(listener: (head: bigint) => void): () => void };

const openStore = async (): Promise<{ store: MeasuredStore; cleanup(): Promise<void> }> => {
  if (values.postgres) {
    const database = await createTempPostgresDatabase(values.postgres);
    const store = await PostgresEventStore.connect(database.url);
    return { store, cleanup: () => database.drop() };
  }
  mkdirSync(resolve(values.dir), { recursive: true });
  const directory = mkdtempSync(join(resolve(values.dir), 'append-throughput-'));
  const path = join(directory, 'events.sqlite');
  const store = values.thread ? await ThreadedSqliteEventStore.open({ path }) : new SqliteEventStore({ path });
  return { store, cleanup: async () => rmSync(directory, { recursive: true, force: true }) };
};

const measure = async (label: string, body: (store: MeasuredStore) => Promise<number>): Promise<Measurement> => {
  const { store, cleanup } = await openStore();
  let commits = 0;
  store.onCommitted(() => commits++);
  try {
    const started = process.hrtime.bigint();
    const appends = await body(store);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const perSecond = Math.round(appends / seconds);
    console.log(
      `${label.padEnd(44)} ${String(appends).padStart(6)} appends in ${seconds.toFixed(2)} s = ` +
        `${String(perSecond).padStart(6)} appends/s, ${commits} commits (${(appends / commits).toFixed(1)} appends per commit)`,
    );
    return { appends, seconds, commits };
  } finally {
    await store.close();
    await cleanup();
  }
};

console.log(
  values.postgres
    ? 'PostgreSQL event store, synchronous_commit on, 1-event appends to distinct streams'
    : `SQLite event store${values.thread ? ' on its own thread' : ''}, WAL, synchronous=FULL, 1-event appends to ` +
        `distinct streams, folder ${resolve(values.dir)}`,
);

const sequential = await measure('sequential (each append awaited)', async (store) => {
  for (let i = 0; i < sequentialAppends; i++) await store.appendToStream(`asset-${i}`, [aidInspected(i)], 'no_stream');
  return sequentialAppends;
});

const grouped = await measure(`group commit (${concurrency} appenders in flight)`, async (store) => {
  let next = 0;
  const appender = async () => {
    while (next < concurrentAppends) {
      const i = next++;
      await store.appendToStream(`asset-${i}`, [aidInspected(i)], 'no_stream');
    }
  };
  await Promise.all(Array.from({ length: concurrency }, appender));
  return concurrentAppends;
});

const speedUp = grouped.appends / grouped.seconds / (sequential.appends / sequential.seconds);
console.log(`group commit is ${speedUp.toFixed(1)}x the sequential rate`);

const pacedSeconds = Number(values['paced-seconds']);
if (pacedSeconds > 0) {
  const rate = 200;
  await measure(`paced: ${rate} commands/s for ${pacedSeconds} s`, async (store) => {
    const loopDelay = monitorEventLoopDelay({ resolution: 1 });
    const inFlight = new Set<Promise<void>>();
    const command = async (i: number): Promise<void> => {
      const streamId = `asset-${i % 200}`;
      const history = await store.readStream(streamId);
      await store.appendToStream(
        streamId,
        [aidInspected(i)],
        history.length === 0 ? 'no_stream' : history.at(-1)!.revision,
      );
    };
    loopDelay.enable();
    const utilizationBefore = performance.eventLoopUtilization();
    const started = performance.now();
    let sent = 0;
    while (performance.now() - started < pacedSeconds * 1000) {
      const due = Math.floor(((performance.now() - started) / 1000) * rate);
      while (sent < due) {
        const done = command(sent++).finally(() => inFlight.delete(done));
        inFlight.add(done);
      }
      await new Promise((tick) => setTimeout(tick, 5));
    }
    await Promise.all(inFlight);
    loopDelay.disable();
    const busy = performance.eventLoopUtilization(utilizationBefore).utilization;
    const ms = (ns: number) => (ns / 1e6).toFixed(1);
    console.log(
      `event-loop delay while paced: p50 ${ms(loopDelay.percentile(50))} ms, p99 ${ms(loopDelay.percentile(99))} ms, ` +
        `max ${ms(loopDelay.max)} ms; this thread busy ${(busy * 100).toFixed(1)} % of the time`,
    );
    return sent;
  });
}
