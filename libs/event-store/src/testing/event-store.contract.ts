import { randomUUID } from 'node:crypto';
import {
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
  type Subscription,
  WrongExpectedRevisionError,
} from '../event-store.port.js';

/** A JSON event with complete metadata, for tests. */
export const testEvent = (type: string, data: Record<string, string | number | boolean> = {}): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: {
    actor: 'contract-test',
    occurredAt: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    schemaVersion: 1,
  },
});

/** Reads `count` events from a subscription, then stops it. */
export const takeFromSubscription = async (subscription: Subscription, count: number): Promise<RecordedEvent[]> => {
  const taken: RecordedEvent[] = [];
  if (count === 0) return taken;
  for await (const event of subscription) {
    taken.push(event);
    if (taken.length >= count) break;
  }
  await subscription.unsubscribe();
  return taken;
};

/**
 * The semantics every EventStore adapter honours (EventStoreDB's are the reference). Each test uses streams
 * with a fresh unique name and positions relative to what it wrote, so the suite can run against a shared
 * server that already holds events.
 */
export const describeEventStoreContract = (name: string, open: () => Promise<EventStore>): void => {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    let run: string;
    const stream = (category: string) => `${category}-${run}-${randomUUID().slice(0, 8)}`;

    beforeEach(async () => {
      store = await open();
      run = randomUUID().replaceAll('-', '').slice(0, 12);
    });

    afterEach(async () => {
      await store.close();
    });

    describe('revisions and positions', () => {
      it('numbers a new stream from revision 0 and gives increasing global positions', async () => {
        const streamId = stream('asset');
        const first = await store.appendToStream(streamId, [testEvent('AssetRegistered'), testEvent('AssetAllocated')]);
        const second = await store.appendToStream(streamId, [testEvent('AidDispatched')]);

        expect(first.nextExpectedRevision).toBe(1n);
        expect(second.nextExpectedRevision).toBe(2n);
        expect(second.position).toBeGreaterThan(first.position);
        const events = await store.readStream(streamId);
        expect(events.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
        expect(events.map((e) => e.type)).toEqual(['AssetRegistered', 'AssetAllocated', 'AidDispatched']);
        expect(events[1].position).toBe(first.position);
        expect(events[2].position).toBe(second.position);
        expect(events[0].position).toBeLessThan(events[1].position);
        expect(typeof events[0].position).toBe('bigint');
      });

      it('returns the data, metadata, id, stream and record time as written', async () => {
        const streamId = stream('person');
        const event = testEvent('PersonRegistered', { birthYear: 1950, sex: 'female', active: true });
        await store.appendToStream(streamId, [event]);

        const [read] = await store.readStream(streamId);
        expect(read).toMatchObject({ id: event.id, streamId, type: event.type, data: event.data });
        expect(read.metadata).toEqual(event.metadata);
        expect(Number.isNaN(Date.parse(read.recordedAt))).toBe(false);
      });

      it('reports the head position of the global log', async () => {
        const result = await store.appendToStream(stream('order'), [testEvent('OrderPlaced')]);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(result.position);
      });

      it('reads an unknown stream as empty', async () => {
        expect(await store.readStream(stream('nothing'))).toEqual([]);
      });

      it('names the streams that exist among many', async () => {
        const [first, second, missing] = [stream('asset'), stream('order'), stream('nothing')];
        await store.appendToStream(first, [testEvent('AssetRegistered')]);
        await store.appendToStream(second, [testEvent('OrderPlaced'), testEvent('OrderFulfilled')]);
        expect(await store.existingStreams([first, missing, second])).toEqual(new Set([first, second]));
        expect(await store.existingStreams([])).toEqual(new Set());
      });
    });

    describe('expected revision', () => {
      it('any: appends whether or not the stream exists', async () => {
        const streamId = stream('asset');
        await store.appendToStream(streamId, [testEvent('A')], 'any');
        const result = await store.appendToStream(streamId, [testEvent('B')], 'any');
        expect(result.nextExpectedRevision).toBe(1n);
      });

      it('no_stream: appends to a new stream and refuses an existing one', async () => {
        const streamId = stream('asset');
        await store.appendToStream(streamId, [testEvent('A')], 'no_stream');
        const refused = store.appendToStream(streamId, [testEvent('B')], 'no_stream');
        await expect(refused).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(refused).rejects.toMatchObject({ streamId, expected: 'no_stream', actual: 0n });
        expect(await store.readStream(streamId)).toHaveLength(1);
      });

      it('stream_exists: refuses a new stream and appends to an existing one', async () => {
        const streamId = stream('asset');
        const refused = store.appendToStream(streamId, [testEvent('A')], 'stream_exists');
        await expect(refused).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(refused).rejects.toMatchObject({ actual: 'no_stream' });
        expect(await store.readStream(streamId)).toEqual([]);

        await store.appendToStream(streamId, [testEvent('A')]);
        const result = await store.appendToStream(streamId, [testEvent('B')], 'stream_exists');
        expect(result.nextExpectedRevision).toBe(1n);
      });

      it('exact revision: appends when current and refuses a stale or future revision', async () => {
        const streamId = stream('asset');
        await store.appendToStream(streamId, [testEvent('A'), testEvent('B')]);

        const stale = store.appendToStream(streamId, [testEvent('C')], 0n);
        await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(stale).rejects.toMatchObject({ expected: 0n, actual: 1n });
        await expect(store.appendToStream(streamId, [testEvent('C')], 5n)).rejects.toBeInstanceOf(
          WrongExpectedRevisionError,
        );
        const result = await store.appendToStream(streamId, [testEvent('C')], 1n);
        expect(result.nextExpectedRevision).toBe(2n);
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it('exact revision on a missing stream is refused', async () => {
        const streamId = stream('asset');
        const refused = store.appendToStream(streamId, [testEvent('A')], 0n);
        await expect(refused).rejects.toMatchObject({ actual: 'no_stream' });
      });

      it('two writers racing on one stream: exactly one wins, the other gets the concurrency error', async () => {
        const streamId = stream('asset');
        await store.appendToStream(streamId, [testEvent('AssetRegistered')]);
        const attempts = await Promise.allSettled([
          store.appendToStream(streamId, [testEvent('AssetAllocated', { writer: 1 })], 0n),
          store.appendToStream(streamId, [testEvent('AssetAllocated', { writer: 2 })], 0n),
        ]);

        const won = attempts.filter((a) => a.status === 'fulfilled');
        const lost = attempts.filter((a) => a.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
        const events = await store.readStream(streamId);
        expect(events).toHaveLength(2);
      });

      it('a refused append does not affect other appends sent at the same time', async () => {
        const refusedStream = stream('asset');
        const acceptedStream = stream('asset');
        const [refused, accepted] = await Promise.allSettled([
          store.appendToStream(refusedStream, [testEvent('A')], 3n),
          store.appendToStream(acceptedStream, [testEvent('A')], 'no_stream'),
        ]);
        expect(refused.status).toBe('rejected');
        expect(accepted.status).toBe('fulfilled');
        expect(await store.readStream(refusedStream)).toEqual([]);
        expect(await store.readStream(acceptedStream)).toHaveLength(1);
      });
    });

    describe('idempotent append', () => {
      it('re-appending the same events at the same expected revision is a no-op success', async () => {
        const streamId = stream('asset');
        const events = [testEvent('A'), testEvent('B')];
        const first = await store.appendToStream(streamId, events, 'no_stream');
        const again = await store.appendToStream(streamId, events, 'no_stream');

        expect(again).toEqual(first);
        expect(await store.readStream(streamId)).toHaveLength(2);
      });

      it('a re-send with an exact revision succeeds after the stream moved on', async () => {
        const streamId = stream('asset');
        await store.appendToStream(streamId, [testEvent('A')]);
        const resent = testEvent('B');
        const first = await store.appendToStream(streamId, [resent], 0n);
        await store.appendToStream(streamId, [testEvent('C')], 1n);

        const again = await store.appendToStream(streamId, [resent], 0n);
        expect(again).toEqual(first);
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it('a re-send that only partly matches the stored events is refused and writes nothing', async () => {
        const streamId = stream('asset');
        const a = testEvent('A');
        await store.appendToStream(streamId, [a, testEvent('B')], 'no_stream');

        await expect(store.appendToStream(streamId, [a, testEvent('X')], 'no_stream')).rejects.toBeInstanceOf(Error);
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B']);
      });
    });

    describe('read stream', () => {
      const fill = async (streamId: string) => {
        await store.appendToStream(
          streamId,
          ['E0', 'E1', 'E2', 'E3', 'E4'].map((type) => testEvent(type)),
        );
      };

      it('reads forwards from a revision with a maximum count', async () => {
        const streamId = stream('asset');
        await fill(streamId);
        const events = await store.readStream(streamId, { fromRevision: 1n, maxCount: 3 });
        expect(events.map((e) => e.type)).toEqual(['E1', 'E2', 'E3']);
      });

      it('reads backwards from the end', async () => {
        const streamId = stream('asset');
        await fill(streamId);
        const events = await store.readStream(streamId, { direction: 'backwards' });
        expect(events.map((e) => e.revision)).toEqual([4n, 3n, 2n, 1n, 0n]);
      });

      it('reads backwards from a revision with a maximum count', async () => {
        const streamId = stream('asset');
        await fill(streamId);
        const events = await store.readStream(streamId, { direction: 'backwards', fromRevision: 3n, maxCount: 2 });
        expect(events.map((e) => e.type)).toEqual(['E3', 'E2']);
      });

      it('reads nothing past the end', async () => {
        const streamId = stream('asset');
        await fill(streamId);
        expect(await store.readStream(streamId, { fromRevision: 5n })).toEqual([]);
      });
    });

    describe('read all', () => {
      it('reads the global log after a position in order', async () => {
        const start = await store.headPosition();
        const a = stream('asset');
        const b = stream('order');
        await store.appendToStream(a, [testEvent('AssetRegistered')]);
        await store.appendToStream(b, [testEvent('OrderPlaced')]);
        await store.appendToStream(a, [testEvent('AssetAllocated')]);

        const ours = (await store.readAll({ after: start })).filter((e) => e.streamId === a || e.streamId === b);
        expect(ours.map((e) => e.type)).toEqual(['AssetRegistered', 'OrderPlaced', 'AssetAllocated']);
        const positions = ours.map((e) => e.position);
        expect([...positions].sort((x, y) => (x < y ? -1 : 1))).toEqual(positions);
        expect(positions[0]).toBeGreaterThan(start);

        const afterFirst = (await store.readAll({ after: positions[0] })).filter(
          (e) => e.streamId === a || e.streamId === b,
        );
        expect(afterFirst.map((e) => e.type)).toEqual(['OrderPlaced', 'AssetAllocated']);
      });

      it('filters by event type', async () => {
        const start = await store.headPosition();
        const typePrefix = `T${run}`;
        await store.appendToStream(stream('asset'), [testEvent(`${typePrefix}Registered`)]);
        await store.appendToStream(stream('asset'), [testEvent(`${typePrefix}Delivered`)]);
        await store.appendToStream(stream('order'), [testEvent(`${typePrefix}Placed`)]);

        const events = await store.readAll({
          after: start,
          filter: { eventTypes: [`${typePrefix}Registered`, `${typePrefix}Placed`] },
        });
        expect(events.map((e) => e.type)).toEqual([`${typePrefix}Registered`, `${typePrefix}Placed`]);
      });

      it('filters by stream prefix and honours the maximum count', async () => {
        const start = await store.headPosition();
        const prefix = `route${run}-`;
        await store.appendToStream(`${prefix}1`, [testEvent('RouteA')]);
        await store.appendToStream(stream('asset'), [testEvent('Other')]);
        await store.appendToStream(`${prefix}2`, [testEvent('RouteB'), testEvent('RouteC')]);

        const events = await store.readAll({ after: start, filter: { streamPrefixes: [prefix] } });
        expect(events.map((e) => e.type)).toEqual(['RouteA', 'RouteB', 'RouteC']);
        const limited = await store.readAll({ after: start, maxCount: 2, filter: { streamPrefixes: [prefix] } });
        expect(limited.map((e) => e.type)).toEqual(['RouteA', 'RouteB']);
      });

      it('finds the next event of a type behind many of other types, and nothing when none follows', async () => {
        const start = await store.headPosition();
        const wanted = `Wanted${run}`;
        await store.appendToStream(
          stream('asset'),
          Array.from({ length: 600 }, (_, i) => testEvent(`Other${run}`, { i })),
        );
        const target = await store.appendToStream(stream('asset'), [testEvent(wanted)]);
        await store.appendToStream(stream('asset'), [testEvent(`Other${run}`)]);

        const [next] = await store.readAll({ after: start, maxCount: 1, filter: { eventTypes: [wanted] } });
        expect(next).toMatchObject({ type: wanted, position: target.position });
        expect(await store.readAll({ after: target.position, maxCount: 1, filter: { eventTypes: [wanted] } })).toEqual(
          [],
        );
      });
    });

    describe('catch-up subscription', () => {
      it('delivers events after the checkpoint, then live ones, each exactly once and in order', async () => {
        const prefix = `sub${run}-`;
        const start = await store.headPosition();
        const before = Array.from({ length: 30 }, (_, i) => i);
        for (const i of before) await store.appendToStream(`${prefix}${i % 3}`, [testEvent('Before', { i })]);

        const subscription = store.subscribeToAll({ after: start, filter: { streamPrefixes: [prefix] } });
        const received: RecordedEvent[] = [];
        const total = 60;
        let appending: Promise<void> | undefined;
        for await (const event of subscription) {
          received.push(event);
          // Appends start while the subscriber is still catching up and continue after it has gone live.
          if (received.length === 5) {
            appending = (async () => {
              for (let i = 30; i < total; i++) {
                await store.appendToStream(`${prefix}${i % 3}`, [testEvent('During', { i })]);
              }
            })();
          }
          if (received.length >= total) break;
        }
        await subscription.unsubscribe();
        await appending;

        expect(received.map((e) => e.data.i)).toEqual(Array.from({ length: total }, (_, i) => i));
        const positions = received.map((e) => e.position);
        expect(new Set(positions).size).toBe(total);
        expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
      });

      it('wakes a caught-up subscriber when a later append commits', async () => {
        const prefix = `live${run}-`;
        const subscription = store.subscribeToAll({
          after: await store.headPosition(),
          filter: { streamPrefixes: [prefix] },
        });
        const taking = takeFromSubscription(subscription, 2);
        await new Promise((resolve) => setTimeout(resolve, 50));
        await store.appendToStream(`${prefix}1`, [testEvent('Live1')]);
        await store.appendToStream(`${prefix}2`, [testEvent('Live2')]);

        expect((await taking).map((e) => e.type)).toEqual(['Live1', 'Live2']);
      });

      it('ends an iteration that waits for events when it is unsubscribed', async () => {
        const subscription = store.subscribeToAll({
          after: await store.headPosition(),
          filter: { streamPrefixes: [`never${run}-`] },
        });
        const iterating = (async () => {
          for await (const event of subscription) void event;
          return 'ended';
        })();
        await new Promise((resolve) => setTimeout(resolve, 50));
        await subscription.unsubscribe();
        await expect(iterating).resolves.toBe('ended');
      });

      it('filters a subscription by event type', async () => {
        const start = await store.headPosition();
        const type = `Wanted${run}`;
        await store.appendToStream(stream('asset'), [testEvent('Unwanted'), testEvent(type, { n: 1 })]);
        await store.appendToStream(stream('asset'), [testEvent(type, { n: 2 })]);

        const events = await takeFromSubscription(
          store.subscribeToAll({ after: start, filter: { eventTypes: [type] } }),
          2,
        );
        expect(events.map((e) => e.data.n)).toEqual([1, 2]);
      });
    });
  });
};
