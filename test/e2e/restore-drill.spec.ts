import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { allProjections, openReadModelDb, ProjectorRuntime } from '@aidledger/projections';
import { SqliteEventStore } from '@aidledger/event-store';
import { verifyStreamChain } from '../../libs/event-store/src/command-loop.js';
import { freePort, mintToken, spawnApi, TEST_AUTH_SECRET, type ApiProcess } from '../support/api-process.js';
import { planWorkload, runLifecycle, type Command, type CommandAnswer } from './support/crash-workload.js';
import { readStoredEvents } from './support/store-audit.js';
import { EVENTS_FILE } from '../../scripts/backup-format.js';

/**
 * The restore drill: a backup taken while the API serves and commands keep arriving, restored into a new
 * DATA_DIR, holds every hash chain and rebuilds to the read models the original has at the backup's head.
 */
const run = promisify(execFile);
const BACKUP = path.resolve('dist/scripts/backup.js');
const RESTORE = path.resolve('dist/scripts/restore.js');

let work: string;
let api: ApiProcess | null = null;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'aidledger-drill-'));
});
afterAll(async () => {
  await api?.stop();
  rmSync(work, { recursive: true, force: true });
});

const sender =
  (baseUrl: string) =>
  async (command: Command): Promise<CommandAnswer> => {
    const response = await fetch(`${baseUrl}${command.path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await mintToken(TEST_AUTH_SECRET, command.role, 'Drill Sender')}`,
        'content-type': 'application/json',
        'idempotency-key': command.key,
      },
      body: JSON.stringify(command.body),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${command.path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as CommandAnswer;
  };

/** Every row of every read-model table but the projections' own bookkeeping, in a stable order. */
const readModelRows = (file: string): Record<string, string[]> => {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'projection_state' ORDER BY name")
      .all() as Array<{ name: string }>;
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (db.prepare(`SELECT * FROM "${name}"`).all() as object[]).map((row) => JSON.stringify(row)).sort(),
      ]),
    );
  } finally {
    db.close();
  }
};

/** Builds every projection from the events of `eventsFile` up to `head` into a new SQLite file. */
const rebuild = async (eventsFile: string, head: number, into: string): Promise<Record<string, string[]>> => {
  const store = await SqliteEventStore.open(eventsFile);
  const db = openReadModelDb({ dataDir: work, sqliteFile: into });
  const runtime = new ProjectorRuntime({ store, db, projections: allProjections });
  try {
    expect(Number(await store.headPosition())).toBe(head);
    await runtime.start();
    await runtime.waitUntilCaughtUp(60_000);
  } finally {
    await runtime.stop();
    await db.destroy();
    await store.close();
  }
  return readModelRows(into);
};

/** A copy of the store file holding only the events up to `head`: the original as it was at the backup. */
/** Every event of a store file, through the port, as the crash audit reads them. */
const readEventsOf = async (eventsFile: string) => {
  const store = SqliteEventStore.open(eventsFile);
  try {
    return await readStoredEvents(store);
  } finally {
    await store.close();
  }
};

const truncatedCopy = async (eventsFile: string, head: number, copy: string): Promise<void> => {
  const source = new Database(eventsFile, { readonly: true });
  await source.backup(copy);
  source.close();
  const db = new Database(copy);
  db.prepare('DELETE FROM events WHERE position > ?').run(head);
  db.exec('DELETE FROM streams; INSERT INTO streams SELECT stream_id, max(revision) FROM events GROUP BY stream_id');
  db.close();
};

it('restores a backup taken under load into a store whose chains verify and whose rebuild matches', async () => {
  const original = path.join(work, 'original');
  api = await spawnApi({ dataDir: original, port: await freePort() });
  const send = sender(api.baseUrl);
  const workload = planWorkload('drill', 600, 16);
  for (const article of workload.articles) await send(article);

  // Four clients keep sending while the backup runs in its own process beside the API.
  let next = 0;
  let completed = 0;
  const client = async () => {
    while (next < workload.lifecycles.length) {
      await runLifecycle('drill', workload.lifecycles[next++]!, send);
      completed++;
    }
  };
  const clients = Promise.all(Array.from({ length: 4 }, client));
  // However slow the machine, the backup begins after a third of the lifecycles were acknowledged.
  while (completed < workload.lifecycles.length / 3) await new Promise((resolve) => setTimeout(resolve, 50));
  const completedBeforeBackup = completed;
  const backup = path.join(work, 'backup');
  const backupRun = await run(process.execPath, [BACKUP, backup], {
    env: { ...process.env, DATA_DIR: original, EVENT_STORE: 'sqlite', DATABASE_URL: '' },
  });
  const sentDuringBackup = next;
  await clients;
  expect(sentDuringBackup).toBeLessThan(workload.lifecycles.length);
  expect(backupRun.stderr).toMatch(/events: \d+\/\d+ pages/);
  const manifest = JSON.parse(readFileSync(path.join(backup, 'manifest.json'), 'utf8')) as {
    headPosition: number;
    files: Record<string, unknown>;
  };
  // AUTH_SECRET comes from the environment here, so DATA_DIR holds no auth-secret file to back up.
  expect(Object.keys(manifest.files).sort()).toEqual(['events.sqlite', 'person-keys.sqlite']);
  for (const name of [...Object.keys(manifest.files), 'manifest.json'])
    expect(statSync(path.join(backup, name)).mode & 0o777).toBe(0o600);

  // It never writes over anything.
  await expect(
    run(process.execPath, [BACKUP, backup], { env: { ...process.env, DATA_DIR: original } }),
  ).rejects.toThrow(/exists already/);

  const restored = path.join(work, 'restored');
  await run(process.execPath, [RESTORE, backup, '--data-dir', restored]);
  await expect(run(process.execPath, [RESTORE, backup, '--data-dir', restored])).rejects.toThrow(/not empty/);

  await api.stop();
  api = null;
  const originalEvents = await readEventsOf(path.join(original, EVENTS_FILE));
  const restoredEvents = await readEventsOf(path.join(restored, EVENTS_FILE));
  const head = manifest.headPosition;
  expect(Number(restoredEvents.at(-1)?.position)).toBe(head);
  // The API went on writing after the backup: the backup is the original's log up to its head, exactly.
  expect(originalEvents.length).toBeGreaterThan(restoredEvents.length);
  expect(restoredEvents).toEqual(originalEvents.slice(0, restoredEvents.length));

  const streams = new Map<string, typeof restoredEvents>();
  for (const event of restoredEvents) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
  const broken = [...streams].filter(([, events]) => !verifyStreamChain(events).valid).map(([stream]) => stream);
  // Every lifecycle acknowledged before the backup began received an aid into a stream of its own: all are in it.
  expect(completedBeforeBackup).toBeGreaterThan(10);
  expect({ enoughStreams: streams.size >= completedBeforeBackup, broken }).toEqual({ enoughStreams: true, broken: [] });

  const atBackup = path.join(work, 'original-at-backup.sqlite');
  await truncatedCopy(path.join(original, EVENTS_FILE), head, atBackup);
  const fromOriginal = await rebuild(atBackup, head, path.join(work, 'rebuilt-original.sqlite'));
  const fromRestored = await rebuild(
    path.join(restored, EVENTS_FILE),
    head,
    path.join(work, 'rebuilt-restored.sqlite'),
  );
  expect(Object.values(fromRestored).flat().length).toBeGreaterThan(completedBeforeBackup);
  expect(fromRestored).toEqual(fromOriginal);

  // The restored directory serves: the API starts on it at the backup's head, with the keys to read a person.
  api = await spawnApi({ dataDir: restored, port: await freePort() });
  const health = (await (await fetch(`${api.baseUrl}/health`)).json()) as { headPosition: number };
  expect(health.headPosition).toBeGreaterThanOrEqual(head);
}, 300_000);
