import { rmSync } from 'node:fs';
import { describeEventStoreContract, openTempSqliteStore, testEvent } from '../testing/index.js';
import { SqliteEventStore } from './sqlite-event-store.js';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

// A small page size makes the subscription tests cross many page boundaries while catching up.
describeEventStoreContract('sqlite', async () => {
  const temp = await openTempSqliteStore({ pageSize: 4 });
  cleanups.push(async () => rmSync(temp.directory, { recursive: true, force: true }));
  return temp.store;
});

describe('SqliteEventStore', () => {
  it('numbers the global log from position 0 without gaps, also across failed appends', async () => {
    const { store, cleanup } = await openTempSqliteStore();
    try {
      const results = await Promise.allSettled([
        store.appendToStream('asset-1', [testEvent('A'), testEvent('B')]),
        store.appendToStream('asset-2', [testEvent('A')], 7n),
        store.appendToStream('asset-3', [testEvent('A')]),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const events = await store.readAll();
      expect(events.map((e) => e.position)).toEqual([0n, 1n, 2n]);
      expect(await store.headPosition()).toBe(2n);
    } finally {
      await cleanup();
    }
  });

  it('writes appends that arrive together in one transaction, checking each against the ones before it', async () => {
    const { store, cleanup } = await openTempSqliteStore();
    try {
      const commits: bigint[] = [];
      store.onCommitted((head) => commits.push(head));
      const results = await Promise.allSettled([
        store.appendToStream('asset-1', [testEvent('A')], 'no_stream'),
        store.appendToStream('asset-1', [testEvent('B')], 0n),
        store.appendToStream('asset-1', [testEvent('C')], 0n),
        store.appendToStream('asset-1', [testEvent('D')], 1n),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect(commits).toEqual([2n]);
      expect((await store.readStream('asset-1')).map((e) => e.type)).toEqual(['A', 'B', 'D']);
    } finally {
      await cleanup();
    }
  });

  it('commits queued appends on close and keeps them when reopened', async () => {
    const { store, path, cleanup } = await openTempSqliteStore();
    const pending = store.appendToStream('asset-1', [testEvent('A')]);
    await store.close();
    await expect(pending).resolves.toMatchObject({ nextExpectedRevision: 0n, position: 0n });
    await expect(store.appendToStream('asset-1', [testEvent('B')])).rejects.toMatchObject({ code: 'STORE.CLOSED' });

    const reopened = SqliteEventStore.open(path);
    try {
      expect((await reopened.readStream('asset-1')).map((e) => e.type)).toEqual(['A']);
    } finally {
      await reopened.close();
      await cleanup();
    }
  });

  it('ends a subscription when the store closes', async () => {
    const { store, cleanup } = await openTempSqliteStore();
    await store.appendToStream('asset-1', [testEvent('A')]);
    const received: string[] = [];
    let caughtUp: () => void = () => undefined;
    const bothReceived = new Promise<void>((resolve) => (caughtUp = resolve));
    const consuming = (async () => {
      for await (const event of store.subscribeToAll()) {
        received.push(event.type);
        if (received.length === 2) caughtUp();
      }
      return 'ended';
    })();
    await store.appendToStream('asset-1', [testEvent('B')]);
    await bothReceived;
    await cleanup();
    await expect(consuming).resolves.toBe('ended');
    expect(received).toEqual(['A', 'B']);
  });

  it('sees events that another connection wrote to the same file', async () => {
    const { store, path, cleanup } = await openTempSqliteStore({ pollIntervalMs: 20 });
    const other = SqliteEventStore.open(path);
    try {
      const subscription = store.subscribeToAll();
      await other.appendToStream('asset-9', [testEvent('FromElsewhere')]);
      const seen: string[] = [];
      for await (const event of subscription) {
        seen.push(event.type);
        break;
      }
      expect(seen).toEqual(['FromElsewhere']);
    } finally {
      await other.close();
      await cleanup();
    }
  });

  it('wakes its subscriptions and commit listeners at once when told another connection committed', async () => {
    // No poll within the test: only noteCommitElsewhere can wake the subscription.
    const { store, path, cleanup } = await openTempSqliteStore({ pollIntervalMs: 600_000 });
    const other = SqliteEventStore.open(path);
    try {
      const heads: bigint[] = [];
      store.onCommitted((head) => heads.push(head));
      const subscription = store.subscribeToAll()[Symbol.asyncIterator]();
      const next = subscription.next();
      // Let the subscription find the log empty and go to sleep.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await other.appendToStream('asset-9', [testEvent('FromElsewhere')]);
      store.noteCommitElsewhere();
      expect(heads).toEqual([0n]);
      expect((await next).value).toMatchObject({ type: 'FromElsewhere', position: 0n });
      await subscription.return?.();
    } finally {
      await other.close();
      await cleanup();
    }
  });
});
