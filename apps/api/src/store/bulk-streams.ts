import type { Decider } from '@aidledger/domain';
import {
  hashEvent,
  type EventMetadata,
  type EventStore,
  type EventToAppend,
  type JsonObject,
} from '@aidledger/event-store';
import type { BulkPersonalData } from '../personal-data/personal-data.js';

/** A new stream's events, decided and chained, ready to append with expected revision `no_stream`. */
export type StreamAppend = { streamId: string; events: EventToAppend[] };

/**
 * Decides the events with the aggregate's own decider, one command after the other on the folded state, exactly
 * as the command loop would, and chains their hashes; only the reads between commands are skipped. Shared by the
 * demo's bulk history and the import, so neither writes an event the deciders would not.
 */
export const decideStream = <C, E extends { type: string; data: object }, S>(
  streamId: string,
  decider: Decider<C, E, S>,
  commands: C[],
  metadataFor: (index: number) => Omit<EventMetadata, 'hash'>,
  idFor: (index: number) => string,
  /** What is stored of an event (its personal data encrypted); the hash chain is over that. */
  stored: (event: { type: string; data: JsonObject }) => { type: string; data: JsonObject } = (event) => event,
): StreamAppend => {
  let state = decider.initialState();
  let previousHash = '';
  const events: EventToAppend[] = [];
  for (const command of commands) {
    for (const event of decider.decide(command, state)) {
      state = decider.evolve(state, event);
      const index = events.length;
      const metadata = metadataFor(index) as EventMetadata;
      const { type, data } = stored({ type: event.type, data: event.data as JsonObject });
      previousHash = hashEvent(previousHash, { type, data, metadata });
      events.push({ id: idFor(index), type, data, metadata: { ...metadata, hash: previousHash } });
    }
  }
  return { streamId, events };
};

/**
 * Appends new streams together: many appends in flight at once, so the embedded store's group commit writes them
 * in one transaction. Each is appended with expected revision `no_stream`, so a stream another writer created
 * meanwhile is refused, never overwritten; an exact re-send (same event ids) is a no-op. The persons' keys are
 * kept before the events they encrypt: an event whose key were lost would read as erased.
 */
export const appendNewStreams = async (
  store: EventStore,
  personalData: Pick<BulkPersonalData, 'saveKeys'>,
  appends: StreamAppend[],
): Promise<PromiseSettledResult<unknown>[]> => {
  await personalData.saveKeys();
  return Promise.allSettled(appends.map((append) => store.appendToStream(append.streamId, append.events, 'no_stream')));
};
