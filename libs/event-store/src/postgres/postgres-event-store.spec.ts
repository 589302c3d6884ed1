import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { hashEvent, verifyStreamChain } from '../command-loop.js';
import { type EventToAppend, type RecordedEvent, WrongExpectedRevisionError } from '../event-store.port.js';
import {
  createTempPostgresDatabase,
  describeEventStoreContract,
  openTempPostgresStore,
  takeFromSubscription,
  testEvent,
  type TempPostgresDatabase,
} from '../testing/index.js';
import { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store.js';
import { APPEND_LOCK_KEY } from './postgres-schema.js';

const databaseUrl = process.env.TEST_DATABASE_URL;

const range = (n: number): bigint[] => Array.from({ length: n }, (_, i) => BigInt(i));

/** Resolves once `check` answers true; the test's own timeout bounds the wait. */
const until = async (check: () => Promise<boolean>): Promise<void> => {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
};

if (databaseUrl) {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  // A small page size makes the subscription tests cross many page boundaries while catching up.
  describeEventStoreContract('postgres', async () => {
    const temp = await openTempPostgresStore({ pageSize: 4 });
    cleanups.push(temp.cleanup);
    return temp.store;
  });

  describe('PostgresEventStore', () => {
    let database: TempPostgresDatabase;
    const stores: PostgresEventStore[] = [];
    /** Another store on the same database: another API instance with its own pool. */
    const instance = async (options: PostgresEventStoreOptions = {}) => {
      const store = await PostgresEventStore.connect(database.url, options);
      stores.push(store);
      return store;
    };

    beforeEach(async () => {
      database = await createTempPostgresDatabase();
    });
    afterEach(async () => {
      for (const store of stores.splice(0)) await store.close();
      await database.drop();
    });

    it('writes appends that arrive together in one transaction, checking each against the ones before it', async () => {
      const store = await instance();
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
      expect((await store.readAll()).map((e) => e.position)).toEqual([0n, 1n, 2n]);
    });

    it('reads back data and metadata as written, key order included, so the hash chain verifies', async () => {
      const store = await instance();
      const streamId = `person-${randomUUID()}`;
      const events: EventToAppend[] = [
        testEvent('PersonRegistered', { zeta: 'last key first', alpha: 'ä\u0000\ud83d\ude00', n: 1.5 }),
        testEvent('PersonMoved', { to: 'Storgatan 1', b: true }),
      ];
      let previous = '';
      for (const event of events) {
        event.metadata.hash = previous = hashEvent(previous, event);
      }
      await store.appendToStream(streamId, events, 'no_stream');

      const read = await store.readStream(streamId);
      expect(read.map((e) => JSON.stringify(e.data))).toEqual(events.map((e) => JSON.stringify(e.data)));
      expect(read.map((e) => JSON.stringify(e.metadata))).toEqual(events.map((e) => JSON.stringify(e.metadata)));
      expect(verifyStreamChain(read)).toEqual({ valid: true });
    });

    it('two instances appending at once: positions 0..n-1, each stream gap-free, a third instance sees each event once in order', async () => {
      const [first, second, reader] = [await instance(), await instance(), await instance({ pageSize: 16 })];
      const perInstance = 150;
      const total = perInstance * 2;
      const received: RecordedEvent[] = [];
      const subscription = reader.subscribeToAll();
      const receiving = (async () => {
        for await (const event of subscription) {
          received.push(event);
          if (received.length === total) break;
        }
      })();

      // Each instance keeps 10 appends in flight: half to one shared stream, half to streams of its own.
      const writeFrom = async (store: PostgresEventStore, name: string) => {
        let next = 0;
        const appender = async () => {
          while (next < perInstance) {
            const i = next++;
            const streamId = i % 2 === 0 ? 'asset-shared' : `asset-${name}-${i % 7}`;
            await store.appendToStream(streamId, [testEvent('AidInspected', { writer: name, i })]);
          }
        };
        await Promise.all(Array.from({ length: 10 }, appender));
      };
      await Promise.all([writeFrom(first, 'first'), writeFrom(second, 'second')]);
      await receiving;

      const all = await reader.readAll();
      expect(all.map((e) => e.position)).toEqual(range(total));
      const byStream = new Map<string, bigint[]>();
      for (const event of all) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event.revision]);
      expect(byStream.get('asset-shared')).toEqual(range(total / 2));
      for (const revisions of byStream.values()) expect(revisions).toEqual(range(revisions.length));
      expect(received.map((e) => e.position)).toEqual(range(total));
      expect(received.map((e) => e.id)).toEqual(all.map((e) => e.id));
    });

    it('two instances racing on one stream with the same expected revision: exactly one wins each round', async () => {
      const [first, second] = [await instance(), await instance()];
      await first.appendToStream('order-1', [testEvent('OrderPlaced')]);
      for (let revision = 0n; revision < 10n; revision++) {
        const attempts = await Promise.allSettled([
          first.appendToStream('order-1', [testEvent('OrderNoted', { by: 'first' })], revision),
          second.appendToStream('order-1', [testEvent('OrderNoted', { by: 'second' })], revision),
        ]);
        expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
        const lost = attempts.find((a) => a.status === 'rejected') as PromiseRejectedResult;
        expect(lost.reason).toBeInstanceOf(WrongExpectedRevisionError);
      }
      expect((await second.readStream('order-1')).map((e) => e.revision)).toEqual(range(11));
    });

    it('a subscriber whose LISTEN connection is terminated keeps receiving, by polling and listening again', async () => {
      const writer = await instance();
      const reader = await instance({ applicationName: 'aidledger-reader', pollIntervalMs: 50 });
      const subscription = reader.subscribeToAll();
      const taking = takeFromSubscription(subscription, 4);
      await writer.appendToStream('asset-1', [testEvent('BeforeTheCut')]);

      const admin = new Client({ connectionString: database.url });
      await admin.connect();
      try {
        const listening = () =>
          admin.query<{ pid: number }>(
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'aidledger-reader-listen'`,
          );
        const [{ pid }] = (await listening()).rows;
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        await writer.appendToStream('asset-1', [testEvent('AfterTheCut1')]);
        await writer.appendToStream('asset-2', [testEvent('AfterTheCut2')]);
        await until(async () => (await listening()).rows.some((row) => row.pid !== pid));
        await writer.appendToStream('asset-3', [testEvent('Relistened')]);
      } finally {
        await admin.end();
      }

      expect((await taking).map((e) => e.type)).toEqual(['BeforeTheCut', 'AfterTheCut1', 'AfterTheCut2', 'Relistened']);
    });

    it('a subscriber without notifications receives another instance’s events by polling', async () => {
      const writer = await instance();
      const reader = await instance({ listen: false, pollIntervalMs: 50 });
      const taking = takeFromSubscription(reader.subscribeToAll(), 3);
      for (const type of ['Polled1', 'Polled2', 'Polled3']) await writer.appendToStream(`asset-${type}`, [testEvent(type)]);
      expect((await taking).map((e) => e.type)).toEqual(['Polled1', 'Polled2', 'Polled3']);
    });

    it('never skips a transaction still open with a lower position: readers wait for it, then see both in order', async () => {
      const writer = await instance();
      const reader = await instance({ pollIntervalMs: 50 });
      const subscription = reader.subscribeToAll();
      const taking = takeFromSubscription(subscription, 2);

      // Another writer holds the append lock with position 0 written but not committed.
      const held = new Client({ connectionString: database.url });
      await held.connect();
      const admin = new Client({ connectionString: database.url });
      await admin.connect();
      try {
        await held.query(`BEGIN; SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY})`);
        await held.query(
          `INSERT INTO aidledger_events VALUES (0, 'asset-held', 0, $1, 'HeldBack', '{}', $2, '2025-06-18T10:00:00.000Z')`,
          [randomUUID(), JSON.stringify(testEvent('HeldBack').metadata)],
        );
        await held.query(`INSERT INTO aidledger_streams VALUES ('asset-held', 0, 0)`);

        const appending = writer.appendToStream('asset-later', [testEvent('CommittedLater')]);
        // The later append waits for the lock rather than taking position 1 and committing first.
        await until(async () => {
          const waiting = await admin.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
          return waiting.rowCount === 1;
        });
        expect(await reader.headPosition()).toBe(-1n);
        expect(await reader.readAll()).toEqual([]);

        await held.query('COMMIT');
        await expect(appending).resolves.toMatchObject({ position: 1n });
      } finally {
        await held.end();
        await admin.end();
      }

      const events = await taking;
      expect(events.map((e) => [e.type, e.position])).toEqual([
        ['HeldBack', 0n],
        ['CommittedLater', 1n],
      ]);
    });

    it('commits queued appends on close, then refuses appends and reads', async () => {
      const store = await instance();
      const pending = store.appendToStream('asset-1', [testEvent('A')]);
      await store.close();
      await expect(pending).resolves.toMatchObject({ nextExpectedRevision: 0n, position: 0n });
      await expect(store.appendToStream('asset-1', [testEvent('B')])).rejects.toMatchObject({ code: 'STORE.CLOSED' });
      await expect(store.readAll()).rejects.toMatchObject({ code: 'STORE.CLOSED' });

      const reopened = await instance();
      expect((await reopened.readStream('asset-1')).map((e) => e.type)).toEqual(['A']);
    });

    it('ends a subscription when the store closes', async () => {
      const store = await instance();
      await store.appendToStream('asset-1', [testEvent('A')]);
      const received: string[] = [];
      let caughtUp: () => void = () => undefined;
      const first = new Promise<void>((resolve) => (caughtUp = resolve));
      const consuming = (async () => {
        for await (const event of store.subscribeToAll()) {
          received.push(event.type);
          caughtUp();
        }
        return 'ended';
      })();
      await first;
      await store.close();
      await expect(consuming).resolves.toBe('ended');
      expect(received).toEqual(['A']);
    });
  });
} else {
  const reason = 'TEST_DATABASE_URL is not set, so the contract suite does not run against PostgreSQL';
  console.warn(`Skipped: ${reason}`);
  describe.skip(`EventStore contract: postgres (skipped: ${reason})`, () => {
    it('runs against a server', () => {
      expect(databaseUrl).toBeDefined();
    });
  });
}
