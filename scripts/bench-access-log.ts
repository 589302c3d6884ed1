/**
 * What the access log costs a person-level read: every such read records one entry and waits until it is
 * committed. Measured in one process, as in the API: the callers share the event loop with the log.
 *   part of `npm run bench`, on the dataset's store;
 *   node dist/scripts/bench-access-log.js [--quick]   on a fresh store, for a look at these figures alone
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AccessLog, type AccessEntry } from '../apps/api/src/access-log/access-log.js';
import { SqliteEventStore, type EventStore } from '../libs/event-store/src/index.js';
import { quantile, record, withCeiling } from './bench-report.js';
import { inTempDir, log, readSettings, root, type BenchSettings } from './bench-settings.js';

/** As many callers as the HTTP figures' connections. */
const CALLERS = 64;
const STEADY_RATE = 1000;

const entry = (n: number): AccessEntry => ({
  actor: `bench.user-${n % 40}`,
  role: 'planner',
  personId: `b0000000-0000-4000-8000-${String(n % 85_300).padStart(12, '0')}`,
  action: 'person.aids.read',
  correlationId: `bench-${n}`,
});

type Sample = { entriesPerSecond: number; latencies: number[]; appends: number };

/** The store with its appends counted. */
const counted = (store: EventStore): { store: EventStore; appends: () => number } => {
  let appends = 0;
  const proxy = new Proxy(store, {
    get(target, property) {
      if (property === 'appendToStream')
        return (...args: Parameters<EventStore['appendToStream']>) => {
          appends++;
          return target.appendToStream(...args);
        };
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: proxy, appends: () => appends };
};

const withAccessLog = async (storeFile: string, body: (log: AccessLog) => Promise<number[]>): Promise<Sample> => {
  const store = SqliteEventStore.open(storeFile);
  const watched = counted(store);
  const accessLog = new AccessLog(watched.store);
  try {
    const began = performance.now();
    const latencies = await body(accessLog);
    const seconds = (performance.now() - began) / 1000;
    return { entriesPerSecond: latencies.length / seconds, latencies, appends: watched.appends() };
  } finally {
    await store.close();
  }
};

/** `CALLERS` readers, each recording one entry and waiting for it before its next read, for `seconds`. */
const fullSpeed = (storeFile: string, seconds: number): Promise<Sample> =>
  withAccessLog(storeFile, async (accessLog) => {
    const latencies: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    let n = 0;
    const caller = async () => {
      while (performance.now() < deadline) {
        const began = performance.now();
        await accessLog.record([entry(n++)]);
        latencies.push(performance.now() - began);
      }
    };
    await Promise.all(Array.from({ length: CALLERS }, caller));
    return latencies;
  });

/** The store alone: the same callers appending their entry's event straight to a stream of their own. */
const storeAlone = async (storeFile: string, seconds: number): Promise<number> => {
  const store = SqliteEventStore.open(storeFile);
  try {
    const deadline = performance.now() + seconds * 1000;
    const began = performance.now();
    let n = 0;
    const caller = async (id: number) => {
      while (performance.now() < deadline) {
        const data = { ...entry(n), at: new Date().toISOString() };
        const metadata = {
          actor: data.actor,
          occurredAt: data.at,
          correlationId: data.correlationId,
          causationId: data.correlationId,
          schemaVersion: 1,
          hash: '0'.repeat(64),
        };
        n++;
        await store.appendToStream(`benchceiling-${id}`, [
          { id: randomUUID(), type: 'PersonDataAccessed', data, metadata },
        ]);
      }
    };
    await Promise.all(Array.from({ length: CALLERS }, (_, id) => caller(id)));
    return n / ((performance.now() - began) / 1000);
  } finally {
    await store.close();
  }
};

/**
 * Reads arriving at a steady `rate` per second for `seconds`, each waiting for its entry, timed from its call to
 * record(). The embedded store's commit holds the event loop while it syncs, which delays every request that
 * arrives meanwhile, whether it records or not: that wait is the HTTP figures' (command.http.p99), not this one.
 */
const steady = (storeFile: string, rate: number, seconds: number): Promise<Sample> =>
  withAccessLog(storeFile, async (accessLog) => {
    const latencies: number[] = [];
    const pending: Promise<void>[] = [];
    const total = rate * seconds;
    const began = performance.now();
    let issued = 0;
    while (issued < total) {
      const due = Math.min(total, Math.floor(((performance.now() - began) / 1000) * rate));
      for (; issued < due; issued++) {
        const called = performance.now();
        pending.push(accessLog.record([entry(issued)]).then(() => void latencies.push(performance.now() - called)));
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(pending);
    return latencies;
  });

const round = (value: number): number => Math.round(value * 100) / 100;

/** On the dataset's store in the benchmark, so the entries go into a store of the region's size. */
export const accessLogFigures = async (settings: BenchSettings, storeFile: string): Promise<void> => {
  const seconds = settings.quick ? 5 : 10;
  const full: Sample[] = [];
  const calm: Sample[] = [];
  const alone: number[] = [];
  for (let run = 0; run < settings.runs; run++) {
    full.push(await fullSpeed(storeFile, seconds));
    calm.push(await steady(storeFile, STEADY_RATE, seconds));
    alone.push(await storeAlone(storeFile, seconds));
  }
  const entries = full.reduce((sum, sample) => sum + sample.latencies.length, 0);
  const appends = full.reduce((sum, sample) => sum + sample.appends, 0);
  const fullLatencies = full.flatMap((sample) => sample.latencies);
  const rate = record(
    'accessLog.record.rate',
    `durable access entries/s, ${CALLERS} readers each awaiting its entry before the next read, synchronous=FULL`,
    'entries/s',
    // The log must not cap the person-level reads' own goal (query.http.throughput).
    { op: '>=', value: 10_000 },
    full.map((sample) => sample.entriesPerSecond),
    {
      notes:
        `${round(entries / Math.max(appends, 1))} entries per append; at this load a read waits ` +
        `p50 ${round(quantile(fullLatencies, 0.5))} ms, p99 ${round(quantile(fullLatencies, 0.99))} ms for its entry`,
    },
  );
  log(`  ${rate.notes}`);
  withCeiling(
    rate,
    record(
      'ceiling.groupCommit.rate',
      `the same entries appended straight to the store, one per append, ${CALLERS} awaited appends in flight`,
      'appends/s',
      null,
      alone,
    ),
  );
  const calmLatencies = calm.flatMap((sample) => sample.latencies);
  const latency = record(
    'accessLog.record.p99',
    `ms from record() to its entry committed, reads at a steady ${STEADY_RATE}/s`,
    'ms',
    { op: '<', value: 5 },
    calm.map((sample) => quantile(sample.latencies, 0.99)),
    { notes: `p50 ${round(quantile(calmLatencies, 0.5))} ms, p90 ${round(quantile(calmLatencies, 0.9))} ms` },
    calmLatencies,
  );
  log(`  ${latency.notes}`);
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const settings = readSettings();
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  await inTempDir('bench-access-log-', (dir) => accessLogFigures(settings, path.join(dir, 'events.sqlite')));
  log('access log figures measured on a fresh store');
}
