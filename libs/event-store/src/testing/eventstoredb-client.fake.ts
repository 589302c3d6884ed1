import { Readable } from 'node:stream';
import {
  type AllStreamRecordedEvent,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendResult,
  type EventStoreDBClient,
  type Filter,
  type Position,
  BACKWARDS,
  EVENT_TYPE,
  StreamNotFoundError,
} from '@eventstore/db-client';
// The client's own subscription stream, fed by a fake gRPC call: its event handling and cancellation are real.
import { Subscription as ClientStream } from '@eventstore/db-client/dist/streams/utils/Subscription.js';

/** A message of the server on a subscription, as the client's stream reads it. */
export type ServerMessage = {
  hasEvent?: () => boolean;
  getEvent?: () => AllStreamResolvedEvent;
  hasCaughtUp?: () => boolean;
  hasCheckpoint?: () => boolean;
  getCheckpoint?: () => { getCommitPosition(): string; getPreparePosition(): string };
};

export const storedEvent = (
  commit: bigint,
  fields: Partial<Pick<AllStreamRecordedEvent, 'type' | 'streamId' | 'revision' | 'data' | 'metadata' | 'isJson'>> = {},
): AllStreamRecordedEvent =>
  ({
    id: `00000000-0000-4000-8000-${commit.toString().padStart(12, '0')}`,
    streamId: 'asset-1',
    type: 'AidDelivered',
    revision: commit,
    isJson: true,
    created: new Date(0),
    data: { n: Number(commit) },
    metadata: { actor: 'test', occurredAt: 'x', correlationId: 'c', causationId: 'c', schemaVersion: 1 },
    position: { commit, prepare: commit },
    ...fields,
  }) as AllStreamRecordedEvent;

export const eventMessage = (event: AllStreamRecordedEvent): ServerMessage => {
  const resolved = { event, commitPosition: event.position.commit } as AllStreamResolvedEvent;
  return { hasEvent: () => true, getEvent: () => resolved };
};
export const caughtUpMessage: ServerMessage = { hasCaughtUp: () => true };
export const checkpointMessage = (commit: bigint): ServerMessage => ({
  hasCheckpoint: () => true,
  getCheckpoint: () => ({ getCommitPosition: () => String(commit), getPreparePosition: () => String(commit) }),
});

/** Stands in for grpc-js's call: messages go in with `send`; `cancel()` ends it as grpc-js does, unless told not to. */
export class FakeCall extends Readable {
  cancels = 0;
  constructor(private readonly cancellationArrives = true) {
    super({ objectMode: true, read: () => undefined });
  }

  send(...messages: ServerMessage[]): void {
    for (const message of messages) this.push(message);
  }

  cancel(): void {
    this.cancels++;
    if (!this.cancellationArrives) return;
    process.nextTick(() => {
      this.push(null);
      this.emit(
        'error',
        Object.assign(new Error('1 CANCELLED: Cancelled on client'), { code: 1, details: 'Cancelled on client' }),
      );
    });
  }
}

/** The client's subscription over a fake call (or one still being set up). */
export const clientSubscription = (
  call: FakeCall | Promise<FakeCall>,
  checkpointReached?: (subscription: AllStreamSubscription, position: Position) => void | Promise<void>,
): AllStreamSubscription =>
  new ClientStream(
    () => Promise.resolve(call) as never,
    ((message: unknown) => message) as never,
    {},
    checkpointReached as never,
  ) as unknown as AllStreamSubscription;

/** A few turns of the event loop: the client cancels its call in a setImmediate after an await. */
export const settle = async (): Promise<void> => {
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
};

const passes = (event: AllStreamRecordedEvent, filter: Filter | undefined): boolean => {
  if (!filter) return true;
  const subject = filter.filterOn === EVENT_TYPE ? event.type : event.streamId;
  if ('prefixes' in filter) return filter.prefixes.some((prefix) => subject.startsWith(prefix));
  return new RegExp(filter.regex).test(subject);
};

/**
 * The part of EventStoreDBClient the adapter uses, over an in-memory $all: reads and a subscription that
 * sends the matching events after its start, then "caught up" (as EventStoreDB 23.10+ does), then stays
 * open. Appends answer what `appendResult` says; they are not written.
 */
export class FakeEventStoreDbClient {
  readonly subscriptions: Array<{ options: { fromPosition?: unknown; filter?: Filter }; call: FakeCall }> = [];
  readonly backwardsReads: Array<{ fromPosition: unknown; maxCount: number }> = [];
  appendResult: AppendResult = { success: true, nextExpectedRevision: 0n, position: { commit: 0n, prepare: 0n } };

  constructor(readonly log: AllStreamRecordedEvent[] = []) {}

  asClient(): EventStoreDBClient {
    return this as unknown as EventStoreDBClient;
  }

  async appendToStream(): Promise<AppendResult> {
    return this.appendResult;
  }

  readStream(
    streamId: string,
    options: { direction?: string; fromRevision?: bigint | string; maxCount?: number | bigint } = {},
  ) {
    if (options.direction === BACKWARDS) throw new Error('Reading a stream backwards is not faked');
    const inStream = this.log.filter((event) => event.streamId === streamId);
    if (inStream.length === 0) {
      const failing = new Readable({ objectMode: true, read: () => undefined });
      process.nextTick(() => failing.destroy(new StreamNotFoundError(null as never, streamId)));
      return failing;
    }
    const from = typeof options.fromRevision === 'bigint' ? options.fromRevision : 0n;
    const events = inStream.filter((event) => event.revision >= from).slice(0, Number(options.maxCount ?? Infinity));
    return Readable.from(events.map((event) => ({ event, commitPosition: event.position.commit })));
  }

  readAll(options: { direction?: string; fromPosition?: Position | string; maxCount?: number | bigint } = {}) {
    if (options.direction !== BACKWARDS) throw new Error('The adapter reads $all forwards only by subscription');
    const before = typeof options.fromPosition === 'object' ? options.fromPosition.commit : undefined;
    this.backwardsReads.push({ fromPosition: options.fromPosition, maxCount: Number(options.maxCount) });
    const events = this.log
      .filter((event) => before === undefined || event.position.commit < before)
      .reverse()
      .slice(0, Number(options.maxCount ?? Infinity));
    return Readable.from(events.map((event) => ({ event, commitPosition: event.position.commit })));
  }

  subscribeToAll(options: { fromPosition?: Position | string; filter?: Filter } = {}): AllStreamSubscription {
    const call = new FakeCall();
    this.subscriptions.push({ options, call });
    const after = typeof options.fromPosition === 'object' ? options.fromPosition.commit : -1n;
    call.send(
      ...this.log.filter((event) => event.position.commit > after && passes(event, options.filter)).map(eventMessage),
      caughtUpMessage,
    );
    return clientSubscription(call, options.filter?.checkpointReached);
  }

  async dispose(): Promise<void> {}
}
