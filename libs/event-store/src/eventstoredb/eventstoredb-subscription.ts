import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import type { RecordedEvent } from '../event-store.port.js';
import { positionOf, toRecordedEvent } from './eventstoredb-mapping.js';

/** What this adapter uses of the client's subscription: a Readable of resolved events that it can cancel. */
export type ClientSubscription = Pick<
  AllStreamSubscription,
  'unsubscribe' | 'push' | 'once' | typeof Symbol.asyncIterator
>;

/**
 * A live subscription whose iteration ends as soon as `unsubscribe()` is called. The client's
 * `unsubscribe()` first waits for its gRPC call to be set up (long, or for ever, while no node of a cluster
 * can be reached), then cancels it; its for-await iterator ends only once that cancellation has travelled
 * through the client's stream, after yielding what was buffered. So a pending `next()` here races a stop
 * signal, nothing is delivered after `unsubscribe()`, and `unsubscribe()` resolves without waiting for the
 * call to end (`close()` ends every call). Ending the iteration in any other way (break, error, the server
 * ending the call) cancels the call too, as the embedded store's subscription does.
 */
export const endOnUnsubscribe = <T, R>(
  source: AsyncIterable<T> & { unsubscribe(): Promise<void> },
  map: (item: T) => R | undefined,
): AsyncIterable<R> & { unsubscribe(): Promise<void> } => {
  let stopped = false;
  let signalStop: () => void = () => undefined;
  const stopping = new Promise<undefined>((resolve) => (signalStop = () => resolve(undefined)));
  let cancelling: Promise<unknown> | undefined;
  let iterated = false;

  const unsubscribe = async (): Promise<void> => {
    stopped = true;
    signalStop();
    cancelling ??= Promise.resolve()
      .then(() => source.unsubscribe())
      .catch(() => undefined);
  };

  async function* deliver(): AsyncGenerator<R> {
    const iterator = source[Symbol.asyncIterator]();
    try {
      for (;;) {
        if (stopped) return;
        const next = iterator.next();
        const result = await Promise.race([next, stopping]);
        if (result === undefined) {
          // Left pending; it settles (or fails) once the cancelled call ends, and nobody waits for it.
          next.catch(() => undefined);
          return;
        }
        if (result.done) return;
        const mapped = map(result.value);
        if (mapped !== undefined && !stopped) yield mapped;
      }
    } finally {
      void unsubscribe();
      // Queued behind a pending next(): releases the client's stream once that settles.
      iterator.return?.()?.catch(() => undefined);
    }
  }

  return {
    unsubscribe,
    [Symbol.asyncIterator]() {
      if (iterated) throw new Error('A subscription can be iterated once');
      iterated = true;
      return deliver();
    },
  };
};

/** Pushed into the client's stream behind the events it already holds, to mark where catching up ended. */
const CAUGHT_UP = Object.freeze({ caughtUp: true });

/** Call from the filter's `checkpointReached`: a checkpoint at or past the end marks the end as well. */
export const markCaughtUp = (subscription: Pick<ClientSubscription, 'push'>): void => {
  subscription.push(CAUGHT_UP);
};

export type CatchUpRead = {
  /** Exclusive start; -1n for the start of the log. */
  after: bigint;
  /** The end of the log when the read began: later events are left to the next read. */
  upTo: bigint;
  maxCount: number;
  /** Applied after the server's filter, for what it cannot filter (a second criterion, system streams). */
  accept: (event: NonNullable<AllStreamResolvedEvent['event']>) => boolean;
};

/**
 * Reads a catch-up subscription that the server filters, from `after` until it has caught up (or reached
 * `upTo`, or `maxCount` events), then cancels it: a read of $all with a server-side filter, which the
 * client's `readAll` does not offer. The server sends "caught up" (EventStoreDB 23.10+) after every event it
 * read before going live; the client emits it while handling that message, before any later event is
 * pushed, so a marker pushed then sits right behind the last event of the catch-up.
 */
export const readUntilCaughtUp = async (
  subscription: ClientSubscription,
  read: CatchUpRead,
): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  if (read.maxCount <= 0 || read.upTo <= read.after) {
    subscription.unsubscribe().catch(() => undefined);
    return events;
  }
  subscription.once('caughtUp', () => markCaughtUp(subscription));
  try {
    for await (const item of subscription as AsyncIterable<AllStreamResolvedEvent | typeof CAUGHT_UP>) {
      if (item === CAUGHT_UP) return events;
      const resolved = item as AllStreamResolvedEvent;
      const event = resolved.event;
      if (!event) continue;
      const position = positionOf(event, resolved.commitPosition);
      if (position <= read.after) continue;
      if (position > read.upTo) return events;
      if (!read.accept(event)) continue;
      events.push(toRecordedEvent(event, resolved.commitPosition));
      if (events.length >= read.maxCount) return events;
    }
  } finally {
    subscription.unsubscribe().catch(() => undefined);
  }
  throw new Error('The subscription ended before it caught up');
};
