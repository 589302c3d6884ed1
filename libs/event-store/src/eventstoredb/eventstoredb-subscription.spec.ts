import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import type { RecordedEvent } from '../event-store.port.js';
import {
  FakeCall,
  clientSubscription,
  eventMessage,
  settle,
  storedEvent,
} from '../testing/eventstoredb-client.fake.js';
import { toRecordedEvent } from './eventstoredb-mapping.js';
import { endOnUnsubscribe } from './eventstoredb-subscription.js';

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
