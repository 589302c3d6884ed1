import { accessLogStream } from '@aidledger/domain';
import {
  SqliteEventStore,
  verifyStreamChain,
  WrongExpectedRevisionError,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
} from '@aidledger/event-store';
import { openTempSqliteStore, type TempSqliteStore } from '@aidledger/event-store/testing';
import { AccessLog, type AccessEntry } from './access-log.js';

const NOW = new Date('2025-06-01T09:15:00.000Z');
const DAY_STREAM = accessLogStream('2025-06-01');

const entry = (n: number, overrides: Partial<AccessEntry> = {}): AccessEntry => ({
  actor: 'rut.revisor',
  role: 'auditor',
  personId: `8d7e6f5a-0000-4000-8000-${String(n).padStart(12, '0')}`,
  action: 'person.aids.read',
  correlationId: `request-${n}`,
  ...overrides,
});

/** The store with its appends counted, and held back while `hold` is set. */
const watched = (store: EventStore) => {
  const appends: { stream: string; events: number }[] = [];
  const conflicts: string[] = [];
  let release: () => void = () => undefined;
  let gate: Promise<void> | null = null;
  let failNext: Error | null = null;
  const wrapper: EventStore = {
    appendToStream: async (streamId: string, events: EventToAppend[], expected?: ExpectedRevision) => {
      appends.push({ stream: streamId, events: events.length });
      if (gate) await gate;
      if (failNext) {
        const error = failNext;
        failNext = null;
        throw error;
      }
      try {
        return await store.appendToStream(streamId, events, expected);
      } catch (error) {
        if (error instanceof WrongExpectedRevisionError) conflicts.push(streamId);
        throw error;
      }
    },
    readStream: (streamId, options) => store.readStream(streamId, options),
    existingStreams: (streamIds) => store.existingStreams(streamIds),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options) => store.subscribeToAll(options),
    headPosition: () => store.headPosition(),
    close: () => store.close(),
  };
  return {
    store: wrapper,
    appends,
    conflicts,
    hold() {
      gate = new Promise((resolve) => (release = resolve));
    },
    release() {
      gate = null;
      release();
    },
    failNextAppend(error: Error) {
      failNext = error;
    },
  };
};

const ticks = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('the access log', () => {
  let temp: TempSqliteStore;
  beforeEach(async () => {
    temp = await openTempSqliteStore();
  });
  afterEach(async () => temp.cleanup());

  it('an entry is durable once record resolves: another connection reads it, and it survives a reopen', async () => {
    await new AccessLog(temp.store, { now: () => NOW }).record([entry(1), entry(2)]);

    // Another process's view of the file, while this one still holds it open: what a crash now would leave.
    const other = new SqliteEventStore({ path: temp.path });
    const seen = await other.readStream(DAY_STREAM);
    await other.close();
    expect(seen.map((event) => event.data)).toEqual([
      {
        at: '2025-06-01T09:15:00.000Z',
        actor: 'rut.revisor',
        role: 'auditor',
        personId: entry(1).personId,
        action: 'person.aids.read',
        correlationId: 'request-1',
      },
      expect.objectContaining({ personId: entry(2).personId, correlationId: 'request-2' }),
    ]);

    await temp.store.close();
    const reopened = new SqliteEventStore({ path: temp.path });
    const events = await reopened.readStream(DAY_STREAM);
    await reopened.close();
    expect(events.map((event) => event.type)).toEqual(['PersonDataAccessed', 'PersonDataAccessed']);
    expect(verifyStreamChain(events)).toEqual({ valid: true });
  });

  it('resolves only after the store acknowledged the append', async () => {
    const store = watched(temp.store);
    store.hold();
    let resolved = false;
    const recorded = new AccessLog(store.store, { now: () => NOW }).record([entry(1)]).then(() => (resolved = true));
    await ticks(10);
    expect(store.appends).toHaveLength(1);
    expect(resolved).toBe(false);
    store.release();
    await recorded;
    expect(resolved).toBe(true);
  });

  it('writes each entry with the metadata the command loop writes, chained by hash', async () => {
    await new AccessLog(temp.store, { now: () => NOW }).record([entry(1)]);
    const [event] = await temp.store.readStream(DAY_STREAM);
    expect(event.metadata).toEqual({
      actor: 'rut.revisor',
      occurredAt: '2025-06-01T09:15:00.000Z',
      correlationId: 'request-1',
      causationId: 'request-1',
      schemaVersion: 1,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('appends an entry to the stream of its day in Stockholm', async () => {
    // 22:30 UTC on 1 June is half past midnight on 2 June in Stockholm.
    await new AccessLog(temp.store, { now: () => new Date('2025-06-01T22:30:00.000Z') }).record([entry(1)]);
    expect(await temp.store.readStream(DAY_STREAM)).toEqual([]);
    expect(await temp.store.readStream(accessLogStream('2025-06-02'))).toHaveLength(1);
  });

  it('many concurrent records go in a few appends, the chain intact', async () => {
    const store = watched(temp.store);
    const log = new AccessLog(store.store, { now: () => NOW });
    await Promise.all(Array.from({ length: 300 }, (_, n) => log.record([entry(n)])));
    expect(store.appends.length).toBeLessThanOrEqual(2);
    const events = await temp.store.readStream(DAY_STREAM);
    expect(events).toHaveLength(300);
    expect(verifyStreamChain(events)).toEqual({ valid: true });
  });

  it('records that arrive while an append is in flight go together in the next one', async () => {
    const store = watched(temp.store);
    const log = new AccessLog(store.store, { now: () => NOW });
    store.hold();
    const first = log.record([entry(0)]);
    await ticks(5);
    const meanwhile = Array.from({ length: 50 }, (_, n) => log.record([entry(n + 1)]));
    await ticks(5);
    store.release();
    await Promise.all([first, ...meanwhile]);
    expect(store.appends).toEqual([
      { stream: DAY_STREAM, events: 1 },
      { stream: DAY_STREAM, events: 50 },
    ]);
  });

  it('splits a large batch into appends of a bounded size', async () => {
    const store = watched(temp.store);
    const log = new AccessLog(store.store, { now: () => NOW, maxEntriesPerAppend: 40 });
    await log.record(Array.from({ length: 100 }, (_, n) => entry(n)));
    expect(store.appends.map((append) => append.events)).toEqual([40, 40, 20]);
    expect(verifyStreamChain(await temp.store.readStream(DAY_STREAM))).toEqual({ valid: true });
  });

  it('two writers on one store keep one valid chain, every entry in it once', async () => {
    const store = watched(temp.store);
    const one = new AccessLog(store.store, { now: () => NOW });
    const two = new AccessLog(store.store, { now: () => NOW });
    for (let wave = 0; wave < 5; wave++) {
      await Promise.all(Array.from({ length: 40 }, (_, n) => (n % 2 === 0 ? one : two).record([entry(wave * 40 + n)])));
    }
    const events = await temp.store.readStream(DAY_STREAM);
    expect(events.map((event) => event.revision)).toEqual(Array.from({ length: 200 }, (_, n) => BigInt(n)));
    expect(new Set(events.map((event) => event.data.correlationId)).size).toBe(200);
    expect(verifyStreamChain(events)).toEqual({ valid: true });
    // They did collide, and each collision was read again and chained on.
    expect(store.conflicts.length).toBeGreaterThan(0);
  });

  it('two instances on one store file keep one valid chain', async () => {
    const secondInstance = new SqliteEventStore({ path: temp.path });
    try {
      const one = new AccessLog(temp.store, { now: () => NOW });
      const two = new AccessLog(secondInstance, { now: () => NOW });
      await Promise.all(Array.from({ length: 100 }, (_, n) => (n % 2 === 0 ? one : two).record([entry(n)])));
      await one.record([entry(100)]);
      await two.record([entry(101)]);
      const events = await temp.store.readStream(DAY_STREAM);
      expect(events).toHaveLength(102);
      expect(verifyStreamChain(events)).toEqual({ valid: true });
    } finally {
      await secondInstance.close();
    }
  });

  it('an empty list appends nothing', async () => {
    const store = watched(temp.store);
    await new AccessLog(store.store).record([]);
    expect(store.appends).toEqual([]);
    expect(await temp.store.headPosition()).toBe(-1n);
  });

  it('stores the fields of an entry and nothing else it carries', async () => {
    const carrying = { ...entry(1), name: 'Tolvan Tolvansson', address: 'Storgatan 1' };
    await new AccessLog(temp.store, { now: () => NOW }).record([carrying]);
    const [event] = await temp.store.readStream(DAY_STREAM);
    expect(Object.keys(event.data).sort()).toEqual(['action', 'actor', 'at', 'correlationId', 'personId', 'role']);
    expect(JSON.stringify([event.data, event.metadata])).not.toContain('Tolvan');
  });

  it('refuses a personnummer as person id without repeating it, and writes nothing of that record', async () => {
    const log = new AccessLog(temp.store, { now: () => NOW });
    for (const personnummer of ['19121212-1212', '121212+1212', '191212121212']) {
      const refusal = log.record([entry(1), entry(2, { personId: personnummer })]);
      await expect(refusal).rejects.toThrow('pseudonymous id');
      await expect(refusal).rejects.not.toThrow(personnummer.slice(2, 8));
    }
    await expect(log.record([entry(3, { actor: '' })])).rejects.toThrow('actor');
    expect(await temp.store.headPosition()).toBe(-1n);
  });

  it('a failed append rejects its records; the next append reads the stream again and chains on', async () => {
    const store = watched(temp.store);
    const log = new AccessLog(store.store, { now: () => NOW });
    await log.record([entry(1)]);
    store.failNextAppend(new Error('disk full'));
    await expect(log.record([entry(2)])).rejects.toThrow('disk full');
    // Meanwhile another instance appended: the remembered head is stale.
    await new AccessLog(temp.store, { now: () => NOW }).record([entry(3)]);
    await log.record([entry(4)]);
    const events = await temp.store.readStream(DAY_STREAM);
    expect(events.map((event) => event.data.correlationId)).toEqual(['request-1', 'request-3', 'request-4']);
    expect(verifyStreamChain(events)).toEqual({ valid: true });
  });

  it('writes what was recorded before the application shuts down', async () => {
    const log = new AccessLog(temp.store, { now: () => NOW });
    const recorded = Array.from({ length: 20 }, (_, n) => log.record([entry(n)]));
    await log.beforeApplicationShutdown();
    expect(await temp.store.readStream(DAY_STREAM)).toHaveLength(20);
    await Promise.all(recorded);
  });
});
