/**
 * The invoice basis at the region's scale: the import folder of bench:import (85,300 aids out on rent) is imported
 * into a fresh embedded store, the billing projection is built from it, last month is closed (the freeze of every
 * loan's lines), and then the invoice basis is timed: every payer's basis of this month (open: computed from the
 * loans) and of last month (closed: read as frozen), and one big payer's basis of this month. Median of 3 runs.
 *   npm run bench:billing [-- --aids 85300 --seed 7]
 * Writes bench-results/billing.json. Not part of CI.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BILLING_MONTHS_STREAM, monthOf, nextMonth } from '../libs/domain/src/index.js';
import { SqliteEventStore } from '../libs/event-store/src/index.js';
import {
  defaultBillingProjection,
  invoiceBasis,
  invoiceBasisOfAll,
  openReadModelDb,
  ProjectorRuntime,
  rebuildProjection,
} from '../libs/projections/src/index.js';
import { todayInStockholm } from '../apps/api/src/clock/clock.js';
import { importFolder } from '../apps/api/src/import/incumbent-import.js';
import { openKeyVault } from '../apps/api/src/personal-data/key-vault.js';
import { PersonalData } from '../apps/api/src/personal-data/personal-data.js';
import { generateRegionFolder, machineFacts } from './region-folder.js';

const { values } = parseArgs({
  options: {
    aids: { type: 'string', default: '85300' },
    seed: { type: 'string', default: '7' },
    // Keep the store and read models in .tmp, and time the queries again on them without importing anew.
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
});
const aids = Number(values.aids);
const root = path.resolve('.tmp');
const folder = path.join(root, 'billing-region');
const dataDir = path.join(root, 'bench-billing-store');
if (!values.reuse) {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
}

const seconds = (started: number): number => Number(((performance.now() - started) / 1000).toFixed(1));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
};
/** Median of 3 runs, in whole milliseconds. */
const medianMs = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const runs = [await timed(work), await timed(work), await timed(work)];
  return { ms: Math.round(median(runs.map((run) => run.ms))), result: runs[0]!.result };
};

const loadBefore = os.loadavg();
const today = todayInStockholm();
const thisMonth = monthOf(today);
const previous = (month: string): string => {
  let candidate = `${String(Number(month.slice(0, 4)) - 1)}-${month.slice(5)}`;
  while (nextMonth(candidate) !== month) candidate = nextMonth(candidate);
  return candidate;
};
// Closing last month freezes the lines of every month through it, for every loan.
const closedMonth = previous(thisMonth);
const store = SqliteEventStore.open(path.join(dataDir, 'events.sqlite'));
const db = openReadModelDb({ dataDir });

/** Imports the region, builds the projection, closes last month: the seconds each took. */
const prepare = async (): Promise<Record<string, number>> => {
  const { persons } = generateRegionFolder(folder, aids, Number(values.seed));
  const personalData = new PersonalData(openKeyVault({ dataDir, databaseUrl: null }));
  let started = performance.now();
  const report = await importFolder(store, await personalData.bulk(), {
    folder,
    dryRun: false,
    today,
    actor: 'bench:billing',
  });
  const importSeconds = seconds(started);
  await personalData.close();
  started = performance.now();
  await rebuildProjection({ store, db, projection: defaultBillingProjection });
  const projectSeconds = seconds(started);
  await store.appendToStream(
    BILLING_MONTHS_STREAM,
    [
      {
        id: randomUUID(),
        type: 'BillingMonthClosed',
        data: { month: closedMonth, closedOn: today },
        metadata: {
          actor: 'bench:billing',
          occurredAt: new Date().toISOString(),
          correlationId: randomUUID(),
          causationId: randomUUID(),
          schemaVersion: 1,
        },
      },
    ],
    'any',
  );
  started = performance.now();
  const runtime = new ProjectorRuntime({ store, db, projections: [defaultBillingProjection] });
  await runtime.start();
  await runtime.waitUntilCaughtUp(900_000);
  await runtime.stop();
  return {
    persons,
    'import.seconds': importSeconds,
    'import.events': report.appendedEvents,
    'project.seconds': projectSeconds,
    [`close.${closedMonth}.seconds`]: seconds(started),
  };
};
const prepared = values.reuse ? {} : await prepare();

const open = await medianMs(() => invoiceBasisOfAll(db, { month: thisMonth, today }));
const closed = await medianMs(() => invoiceBasisOfAll(db, { month: closedMonth, today }));
const biggest = [...open.result].sort((a, b) => b.lines.length - a.lines.length)[0]!;
const onePayer = await medianMs(() => invoiceBasis(db, { payerId: biggest.payerId, month: thisMonth, today }));

const result = {
  at: new Date().toISOString(),
  machine: machineFacts(loadBefore),
  aidsOnLoan: aids,
  today,
  ...prepared,
  [`invoiceBasisOfAll.open.${thisMonth}.ms`]: open.ms,
  [`invoiceBasisOfAll.open.${thisMonth}.lines`]: open.result.reduce((sum, basis) => sum + basis.lines.length, 0),
  [`invoiceBasisOfAll.open.${thisMonth}.totalSek`]: open.result.reduce((sum, basis) => sum + basis.totalSek, 0),
  [`invoiceBasisOfAll.closed.${closedMonth}.ms`]: closed.ms,
  [`invoiceBasisOfAll.closed.${closedMonth}.lines`]: closed.result.reduce((sum, basis) => sum + basis.lines.length, 0),
  'invoiceBasis.onePayer.payerId': biggest.payerId,
  'invoiceBasis.onePayer.ms': onePayer.ms,
  'invoiceBasis.onePayer.lines': onePayer.result.lines.length,
  runs: 'median of 3',
};
await db.destroy();
await store.close();
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/billing.json', `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (!values.keep) rmSync(dataDir, { recursive: true, force: true });
