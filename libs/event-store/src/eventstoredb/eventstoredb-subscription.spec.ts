import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import type { RecordedEvent } from '../event-store.port.js';
import {
  FakeCall,
  caughtUpMessage as caughtUp,
  checkpointMessage as checkpoint,
  clientSubscription,
  eventMessage,
  settle,
  storedEvent,
} from '../testing/eventstoredb-client.fake.js';
import { isSystemEvent, toRecordedEvent } from './eventstoredb-mapping.js';
import { endOnUnsubscribe, markCaughtUp, readUntilCaughtUp } from './eventstoredb-subscription.js';

const event = (commit: bigint, type = 'AidDelivered', streamId = 'asset-1') =>
  eventMessage(storedEvent(commit, { type, streamId }));

const live = (source: AllStreamSubscription) =>
  endOnUnsubscribe(source as AllStreamSubscription & AsyncIterable<AllStreamResolvedEvent>, (resolved) =>
    resolved.event ? toRecordedEvent(resolved.event, resolved.commitPosition) : undefined,
  );

describe('EventStoreDB live subscription', () => {
  it('ends a pending iteration when unsubscribed, also when the cancellation never reaches the stream', async () => {
    const call = new FakeCall(false);
    const subscription = live(clientSubscription(call));
    const iterating = (async () => {
      const seen: RecordedEvent[] = [];
      for await (const recorded of subscription) seen.push(recorded);
      return seen;
    })();
    call.send(event(1n));
    await settle();
    await subscription.unsubscribe();

    expect((await iterating).map((e) => e.position)).toEqual([1n]);
    await settle();
    expect(call.cancels).toBe(1);
  });

  it('ends at once while the call is still being set up, and unsubscribe does not wait for it', async () => {
    const never = new Promise<FakeCall>(() => undefined);
    const subscription = live(clientSubscription(never));
    const iterating = (async () => {
      for await (const recorded of subscription) void recorded;
      return 'ended';
    })();
    await subscription.unsubscribe();
    await expect(iterating).resolves.toBe('ended');
  });

  it('delivers nothing after unsubscribe, though the client still holds events', async () => {
    const call = new FakeCall();
    const subscription = live(clientSubscription(call));
    call.send(event(1n), event(2n), event(3n), event(4n));
    const seen: bigint[] = [];
    for await (const recorded of subscription) {
      seen.push(recorded.position);
      if (seen.length === 2) await subscription.unsubscribe();
    }
    expect(seen).toEqual([1n, 2n]);
  });

  it('cancels the call when the consumer stops iterating without unsubscribing', async () => {
    const call = new FakeCall();
    const subscription = live(clientSubscription(call));
    call.send(event(1n), event(2n));
    for await (const recorded of subscription) {
      void recorded;
      break;
    }
    await settle();
    expect(call.cancels).toBe(1);
  });

  it('passes an error of the call to the consumer, who resubscribes from its checkpoint', async () => {
    const call = new FakeCall();
    const subscription = live(clientSubscription(call));
    const iterating = (async () => {
      for await (const recorded of subscription) void recorded;
    })();
    await settle();
    call.emit('error', Object.assign(new Error('14 UNAVAILABLE: leader lost'), { code: 14, details: 'leader lost' }));
    await expect(iterating).rejects.toThrow('leader lost');
  });

  it('can be iterated once', () => {
    const subscription = live(clientSubscription(new FakeCall()));
    subscription[Symbol.asyncIterator]();
    expect(() => subscription[Symbol.asyncIterator]()).toThrow('iterated once');
  });
});

describe('EventStoreDB read of $all through a filtered catch-up subscription', () => {
  const read = (source: AllStreamSubscription, options: { after?: bigint; upTo?: bigint; maxCount?: number } = {}) =>
    readUntilCaughtUp(source, {
      after: options.after ?? -1n,
      upTo: options.upTo ?? 1000n,
      maxCount: options.maxCount ?? Number.POSITIVE_INFINITY,
      accept: (stored) => !isSystemEvent(stored),
    });

  it('returns the events sent before "caught up", not the live ones after it, and cancels the call', async () => {
    const call = new FakeCall();
    call.send(event(10n), event(20n), caughtUp, event(30n));
    const events = await read(clientSubscription(call));
    expect(events.map((e) => e.position)).toEqual([10n, 20n]);
    await settle();
    expect(call.cancels).toBe(1);
  });

  it('keeps every event the client buffered before "caught up", more than its buffers hold', async () => {
    const call = new FakeCall();
    const positions = Array.from({ length: 100 }, (_, i) => BigInt(i + 1));
    call.send(...positions.map((p) => event(p)), caughtUp, event(500n));
    const events = await read(clientSubscription(call));
    expect(events.map((e) => e.position)).toEqual(positions);
  });

  it('waits for "caught up" when the server is still scanning', async () => {
    const call = new FakeCall();
    const reading = read(clientSubscription(call));
    call.send(event(10n));
    await settle();
    call.send(caughtUp);
    expect((await reading).map((e) => e.position)).toEqual([10n]);
  });

  it('ends at a checkpoint at or past the end of the log, for servers that send no "caught up"', async () => {
    const call = new FakeCall();
    const upTo = 300n;
    const source = clientSubscription(call, (subscription, position) => {
      if (position.commit >= upTo) markCaughtUp(subscription);
    });
    call.send(event(10n), checkpoint(200n), event(250n), checkpoint(300n));
    expect((await read(source, { upTo })).map((e) => e.position)).toEqual([10n, 250n]);
  });

  it('stops at the maximum count, at the first event past the end, and skips what it does not accept', async () => {
    const first = new FakeCall();
    first.send(event(1n), event(2n), event(3n), caughtUp);
    expect((await read(clientSubscription(first), { maxCount: 2 })).map((e) => e.position)).toEqual([1n, 2n]);

    const second = new FakeCall();
    second.send(event(5n), event(9n), event(12n));
    expect((await read(clientSubscription(second), { upTo: 10n })).map((e) => e.position)).toEqual([5n, 9n]);

    const third = new FakeCall();
    third.send(event(4n), event(6n, '$>', '$ce-asset'), event(7n), caughtUp);
    expect((await read(clientSubscription(third), { after: 4n })).map((e) => e.position)).toEqual([7n]);
  });

  it('fails when the call ends before catching up, rather than answering a short page as complete', async () => {
    const call = new FakeCall();
    call.send(event(1n));
    const reading = read(clientSubscription(call));
    await settle();
    call.push(null);
    await expect(reading).rejects.toThrow('before it caught up');
  });
});
