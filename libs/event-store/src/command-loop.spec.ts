import { openTempSqliteStore, type TempSqliteStore } from './testing/index.js';
import {
  CommandLoop,
  type CommandContext,
  type Decider,
  IdempotencyKeyReusedError,
  StaleRevisionError,
  hashEvent,
  idempotentEventId,
  verifyStreamChain,
} from './command-loop.js';
import { WrongExpectedRevisionError, type EventStore } from './event-store.port.js';

type Reserved = { type: 'SeatReserved'; data: { seat: number } };
type Reserve = { seat: number } | { seats: number[] };
type Seats = { taken: number[] };

class SeatTakenError extends Error {}

const seats: Decider<Reserve, Reserved, Seats> = {
  initialState: () => ({ taken: [] }),
  evolve: (state, event) => ({ taken: [...state.taken, event.data.seat] }),
  decide: (command, state) => {
    const wanted = 'seat' in command ? [command.seat] : command.seats;
    if (wanted.some((seat) => state.taken.includes(seat))) {
      if (wanted.every((seat) => state.taken.includes(seat))) return [];
      throw new SeatTakenError('taken');
    }
    return wanted.map((seat) => ({ type: 'SeatReserved' as const, data: { seat } }));
  },
};

const ctx: CommandContext = { actor: 'user-1', correlationId: 'corr-1' };
const keyed = (fingerprint = 'reserve'): CommandContext => ({ ...ctx, idempotency: { key: 'key-1', fingerprint } });
const now = () => new Date('2025-06-18T08:00:00.000Z');

/** A store whose first appends lose a race: another writer appends to the stream just before them. */
const racingStore = (store: EventStore, races: number, seat: () => number): EventStore => {
  let left = races;
  return Object.assign(Object.create(store) as EventStore, {
    appendToStream: async (...args: Parameters<EventStore['appendToStream']>) => {
      if (left-- > 0) await new CommandLoop(store).run(args[0], seats, { seat: seat() }, ctx);
      return store.appendToStream(...args);
    },
  });
};

describe('CommandLoop', () => {
  let temp: TempSqliteStore;
  let loop: CommandLoop;

  beforeEach(async () => {
    temp = await openTempSqliteStore();
    loop = new CommandLoop(temp.store, { now, schemaVersion: 2 });
  });
  afterEach(async () => temp.cleanup());

  it('folds the stream, decides and appends with metadata filled in', async () => {
    await loop.run('bus-1', seats, { seat: 1 }, ctx);
    const result = await loop.run('bus-1', seats, { seats: [2, 3] }, { ...ctx, causationId: 'cause-9' });

    expect(result).toMatchObject({ streamId: 'bus-1', streamRevision: 2n, position: 2n });
    expect(result.appended.map((e) => [e.revision, e.data.seat])).toEqual([
      [1n, 2],
      [2n, 3],
    ]);
    expect(result.appended[0].metadata).toMatchObject({
      actor: 'user-1',
      occurredAt: '2025-06-18T08:00:00.000Z',
      correlationId: 'corr-1',
      causationId: 'cause-9',
      schemaVersion: 2,
    });
    const first = (await temp.store.readStream('bus-1'))[0];
    expect(first.metadata.causationId).toBe('corr-1');
    expect((await loop.load('bus-1', seats)).state).toEqual({ taken: [1, 2, 3] });
  });

  it('passes the current state to a command built from it', async () => {
    await loop.run('bus-1', seats, { seat: 4 }, ctx);
    const result = await loop.run('bus-1', seats, (state: Seats) => ({ seat: Math.max(...state.taken) + 1 }), ctx);
    expect(result.appended[0].data).toEqual({ seat: 5 });
  });

  it('appends nothing when decide returns no events', async () => {
    const first = await loop.run('bus-1', seats, { seat: 1 }, ctx);
    const again = await loop.run('bus-1', seats, { seat: 1 }, ctx);
    expect(again).toEqual({ streamId: 'bus-1', streamRevision: 0n, position: first.position, appended: [] });
    expect(await temp.store.readStream('bus-1')).toHaveLength(1);
  });

  it('reports an empty stream as revision -1 when nothing is decided', async () => {
    const none: Decider<Reserve, Reserved, Seats> = { ...seats, decide: () => [] };
    expect(await loop.run('bus-9', none, { seat: 1 }, ctx)).toMatchObject({ streamRevision: -1n, position: -1n });
  });

  it('lets a domain error from decide through and appends nothing', async () => {
    await loop.run('bus-1', seats, { seat: 1 }, ctx);
    await expect(loop.run('bus-1', seats, { seats: [1, 2] }, ctx)).rejects.toBeInstanceOf(SeatTakenError);
    expect(await temp.store.readStream('bus-1')).toHaveLength(1);
  });

  it('refuses a command whose expected revision is no longer current', async () => {
    await loop.run('bus-1', seats, { seat: 1 }, ctx);
    await loop.run('bus-1', seats, { seat: 2 }, ctx);

    const stale = loop.run('bus-1', seats, { seat: 3 }, { ...ctx, expectedRevision: 0n });
    await expect(stale).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(stale).rejects.toMatchObject({ expected: 0n, actual: 1n });
    const current = await loop.run('bus-1', seats, { seat: 3 }, { ...ctx, expectedRevision: 1n });
    expect(current.streamRevision).toBe(2n);
  });

  describe('with a writer racing between read and append', () => {
    it('decides again on the new state and appends', async () => {
      let racer = 100;
      const raced = new CommandLoop(racingStore(temp.store, 2, () => racer++));
      const result = await raced.run('bus-1', seats, (state: Seats) => ({ seat: state.taken.length }), ctx);

      expect(result.streamRevision).toBe(2n);
      expect((await temp.store.readStream('bus-1')).map((e) => e.data.seat)).toEqual([100, 101, 2]);
    });

    it('gives up after the maximum number of retries', async () => {
      let racer = 100;
      const raced = new CommandLoop(
        racingStore(temp.store, 10, () => racer++),
        { maxRetries: 2 },
      );
      await expect(raced.run('bus-1', seats, { seat: 1 }, ctx)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(racer).toBe(103);
    });

    it('does not retry when the command says so or pins the revision', async () => {
      let racer = 100;
      const raced = new CommandLoop(racingStore(temp.store, 10, () => racer++));
      await expect(raced.run('bus-1', seats, { seat: 1 }, ctx, { retryOnConflict: false })).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
      // The sender's revision went stale between read and append: the same answer as a stale If-Match.
      await expect(raced.run('bus-1', seats, { seat: 2 }, { ...ctx, expectedRevision: 0n })).rejects.toBeInstanceOf(
        StaleRevisionError,
      );
      expect(racer).toBe(102);
    });
  });

  describe('idempotency key', () => {
    it('derives the event ids from the key, the stream and the index', async () => {
      const result = await loop.run('bus-1', seats, { seats: [1, 2] }, keyed());
      expect(result.appended.map((e) => e.id)).toEqual([
        idempotentEventId('key-1', 'bus-1', 0),
        idempotentEventId('key-1', 'bus-1', 1),
      ]);
      expect(idempotentEventId('key-1', 'bus-2', 0)).not.toBe(idempotentEventId('key-1', 'bus-1', 0));
    });

    it('answers a re-sent command as the first time and appends nothing', async () => {
      const first = await loop.run('bus-1', seats, { seats: [1, 2] }, keyed());
      await loop.run('bus-1', seats, { seat: 3 }, ctx);
      const again = await loop.run('bus-1', seats, { seats: [1, 2] }, keyed());

      expect(again).toEqual({ ...first, replayed: true });
      expect(await temp.store.readStream('bus-1')).toHaveLength(3);
    });

    it('keeps the fingerprint with the first event and refuses the key with another command', async () => {
      const first = await loop.run('bus-1', seats, { seat: 1 }, keyed('reserve 1'));
      expect(first.appended[0].metadata.idempotencyFingerprint).toBe('reserve 1');
      await expect(loop.run('bus-1', seats, { seat: 2 }, keyed('reserve 2'))).rejects.toBeInstanceOf(
        IdempotencyKeyReusedError,
      );
      expect(await temp.store.readStream('bus-1')).toHaveLength(1);
    });

    it('a re-sent command that lost a race to its own first send answers the first answer', async () => {
      const [a, b] = await Promise.all([
        loop.run('bus-1', seats, { seat: 1 }, keyed()),
        loop.run('bus-1', seats, { seat: 1 }, keyed()),
      ]);
      expect({ ...a, replayed: undefined }).toEqual({ ...b, replayed: undefined });
      expect(await temp.store.readStream('bus-1')).toHaveLength(1);
    });

    it('gives random ids without a key', async () => {
      const a = await loop.run('bus-1', seats, { seat: 1 }, ctx);
      const b = await loop.run('bus-2', seats, { seat: 1 }, ctx);
      expect(a.appended[0].id).not.toBe(b.appended[0].id);
    });
  });

  describe('hash chain', () => {
    it('chains each event to the one before it in the stream', async () => {
      await loop.run('bus-1', seats, { seats: [1, 2] }, ctx);
      await loop.run('bus-1', seats, { seat: 3 }, ctx);
      const events = await temp.store.readStream('bus-1');

      expect(events[0].metadata.hash).toBe(hashEvent('', events[0]));
      expect(events[2].metadata.hash).toBe(hashEvent(events[1].metadata.hash ?? '', events[2]));
      expect(verifyStreamChain(events)).toEqual({ valid: true });
    });

    it('detects an edited event and names its revision', async () => {
      await loop.run('bus-1', seats, { seats: [1, 2, 3] }, ctx);
      const events = await temp.store.readStream('bus-1');
      const edited = events.map((e) => (e.revision === 1n ? { ...e, data: { seat: 7 } } : e));
      expect(verifyStreamChain(edited)).toEqual({ valid: false, brokenAtRevision: 1n });
    });

    it('detects a removed event', async () => {
      await loop.run('bus-1', seats, { seats: [1, 2, 3] }, ctx);
      const events = await temp.store.readStream('bus-1');
      expect(verifyStreamChain([events[0], events[2]])).toEqual({ valid: false, brokenAtRevision: 2n });
    });

    it('does not depend on the order of keys in the stored JSON', () => {
      const event = {
        type: 'SeatReserved',
        data: { b: 1, a: { y: 2, x: [1, { q: 1, p: 2 }] } },
        metadata: { actor: 'a', occurredAt: 't', correlationId: 'c', causationId: 'c', schemaVersion: 1 },
      };
      const reordered = {
        metadata: { schemaVersion: 1, causationId: 'c', correlationId: 'c', occurredAt: 't', actor: 'a' },
        data: { a: { x: [1, { p: 2, q: 1 }], y: 2 }, b: 1 },
        type: 'SeatReserved',
      };
      expect(hashEvent('prev', reordered)).toBe(hashEvent('prev', event));
      expect(hashEvent('other', event)).not.toBe(hashEvent('prev', event));
    });
  });
});
