import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventIdConflictError, EventStoreClosedError, WrongExpectedRevisionError } from '../event-store.port.js';
import { describeEventStoreContract, testEvent } from '../testing/index.js';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store.js';
import { ThreadedSqliteEventStore } from './threaded-sqlite-event-store.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const openTemp = async (
  options: Omit<SqliteEventStoreOptions, 'path'> = {},
): Promise<{ store: ThreadedSqliteEventStore; path: string }> => {
  const folder = mkdtempSync(join(tmpdir(), 'aidledger-store-thread-'));
  folders.push(folder);
  const path = join(folder, 'events.sqlite');
  return { store: await ThreadedSqliteEventStore.open({ ...options, path }), path };
};

/** What a fresh in-thread store on the same file reads: what is durable. */
const typesOnFile = async (path: string, streamId: string): Promise<string[]> => {
  const store = SqliteEventStore.open(path);
  try {
    return (await store.readStream(streamId)).map((event) => event.type);
  } finally {
    await store.close();
  }
};

describeEventStoreContract('sqlite on its own thread', async () => (await openTemp({ pageSize: 4 })).store);

describe('ThreadedSqliteEventStore', () => {
  it('gives back the store errors as their own classes, with their fields', async () => {
    const { store } = await openTemp();
    try {
      const first = testEvent('A');
      await store.appendToStream('asset-1', [first]);
      const wrong = await store.appendToStream('asset-1', [testEvent('B')], 5n).catch((error: unknown) => error);
      expect(wrong).toBeInstanceOf(WrongExpectedRevisionError);
      expect(wrong).toMatchObject({ streamId: 'asset-1', expected: 5n, actual: 0n });

      const missing = await store.appendToStream('asset-2', [testEvent('B')], 'stream_exists').catch((e) => e);
      expect(missing).toBeInstanceOf(WrongExpectedRevisionError);
      expect(missing).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });

      const conflict = await store.appendToStream('asset-1', [testEvent('C'), first]).catch((e: unknown) => e);
      expect(conflict).toBeInstanceOf(EventIdConflictError);
      expect(conflict).toMatchObject({ streamId: 'asset-1', eventId: first.id, code: 'STREAM.EVENT_ID_CONFLICT' });

      const twice = testEvent('D');
      const other = await store.appendToStream('asset-3', [twice, twice]).catch((error: unknown) => error);
      expect(other).toBeInstanceOf(Error);
      expect((other as Error).message).toContain('appears twice');
    } finally {
      await store.close();
    }
    await expect(store.readStream('asset-1')).rejects.toBeInstanceOf(EventStoreClosedError);
  });

  it('commits appends that arrive in one tick together, and tells commit listeners', async () => {
    const { store, path } = await openTemp();
    const heads: bigint[] = [];
    store.onCommitted((head) => heads.push(head));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.appendToStream('asset-1', [testEvent(`E${i}`)])),
    );
    await store.close();
    expect(heads.length).toBeGreaterThan(0);
    expect(heads.length).toBeLessThan(results.length);
    expect(heads.at(-1)).toBe(49n);
    expect(results.map((result) => result.position).sort((a, b) => Number(a - b))).toEqual(
      Array.from({ length: 50 }, (_, i) => BigInt(i)),
    );
    expect(await typesOnFile(path, 'asset-1')).toHaveLength(50);
  });

  it('commits the appends in flight when it closes', async () => {
    const { store, path } = await openTemp();
    const inFlight = [
      store.appendToStream('asset-1', [testEvent('A')]),
      store.appendToStream('asset-1', [testEvent('B')]),
    ];
    await store.close();
    await expect(Promise.all(inFlight)).resolves.toHaveLength(2);
    await expect(store.appendToStream('asset-1', [testEvent('C')])).rejects.toBeInstanceOf(EventStoreClosedError);
    expect(await typesOnFile(path, 'asset-1')).toEqual(['A', 'B']);
  });

  it('refuses to open a file it cannot create, saying why', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'aidledger-store-thread-'));
    folders.push(folder);
    const file = join(folder, 'a-file');
    writeFileSync(file, '');
    await expect(ThreadedSqliteEventStore.open({ path: join(file, 'events.sqlite') })).rejects.toThrow(/EEXIST/);
  });

  it('rejects what is pending and everything after when its thread dies, and says so once', async () => {
    const { store } = await openTemp();
    const failures: Error[] = [];
    store.onFailure((error) => failures.push(error));
    await store.appendToStream('asset-1', [testEvent('A')]);
    const subscription = store.subscribeToAll({ after: 0n });
    const consuming = (async () => {
      for await (const event of subscription) void event;
    })();

    const pending = store.appendToStream('asset-1', [testEvent('B')]);
    const terminated = store.terminateWorker();
    await expect(pending).rejects.toThrow(/event store's thread stopped/);
    await terminated;
    await expect(store.headPosition()).rejects.toThrow(/event store's thread stopped/);
    await expect(consuming).rejects.toThrow(/event store's thread stopped/);
    expect(failures).toHaveLength(1);
    await store.close();
  });

  it('never acknowledges an append that did not commit, whenever its thread dies', async () => {
    const { store, path } = await openTemp();
    store.onFailure(() => undefined);
    const appends = Array.from({ length: 300 }, (_, i) => {
      const event = testEvent(`E${i}`);
      return { event, outcome: store.appendToStream(`asset-${i}`, [event]).then(() => 'acknowledged' as const) };
    });
    // Some of these may commit before the thread ends, some not: only the acknowledged ones must be on file.
    await new Promise((resolve) => setImmediate(resolve));
    await store.terminateWorker();
    const outcomes = await Promise.allSettled(appends.map((append) => append.outcome));
    const acknowledged = appends.filter((_, i) => outcomes[i].status === 'fulfilled');
    for (const { event } of acknowledged) {
      expect(await typesOnFile(path, `asset-${event.type.slice(1)}`)).toEqual([event.type]);
    }
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(String(outcome.reason)).toContain("event store's thread stopped");
    }
    await store.close();
  });
});
