import { Readable } from 'node:stream';
import type {
  AllStreamRecordedEvent,
  AllStreamResolvedEvent,
  AllStreamSubscription,
  Position,
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
