import {
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type Filter,
  type FilterBase,
  type Position,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
  streamNameFilter,
} from '@eventstore/db-client';
import {
  type AllFilter,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
  matchesFilter,
} from '../event-store.port.js';
import { type LoggedEvent, findHeadPosition } from './eventstoredb-head.js';
import { appendedPosition, isSystemEvent, positionOf, toRecordedEvent } from './eventstoredb-mapping.js';
import { endOnUnsubscribe, markCaughtUp, readUntilCaughtUp } from './eventstoredb-subscription.js';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const fromPosition = (after: bigint | undefined): Position | typeof START =>
  after === undefined || after < 0n ? START : { commit: after, prepare: after };

/**
 * The EventStoreDB (or KurrentDB, 23.10+) adapter. Thin on purpose: the client does the protocol work; this
 * maps types and errors. The global position is the event's commit position in the transaction log.
 */
export class EventStoreDbEventStore implements EventStore {
  static async connect(connectionString: string): Promise<EventStoreDbEventStore> {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString));
  }

  constructor(private readonly client: EventStoreDBClient) {}

  async appendToStream(
    streamId: string,
    events: EventToAppend[],
    expected: ExpectedRevision = 'any',
  ): Promise<AppendResult> {
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((event) =>
          jsonEvent({ id: event.id, type: event.type, data: event.data, metadata: event.metadata }),
        ),
        { expectedRevision: expected satisfies AppendExpectedRevision },
      );
      const position = await appendedPosition(result, async (revision) => {
        const [stored] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
        return stored?.revision === revision ? stored.position : undefined;
      });
      return { nextExpectedRevision: result.nextExpectedRevision, position };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw new WrongExpectedRevisionError(streamId, expected, error.actualVersion);
      }
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount === 0) return [];
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision ?? (backwards ? END : START),
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      });
      for await (const resolved of read) {
        if (resolved.event) events.push(toRecordedEvent(resolved.event, resolved.commitPosition));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async existingStreams(streamIds: readonly string[]): Promise<Set<string>> {
    const found = await Promise.all(
      streamIds.map(async (streamId) =>
        (await this.readStream(streamId, { maxCount: 1 })).length > 0 ? streamId : null,
      ),
    );
    return new Set(found.filter((streamId): streamId is string => streamId !== null));
  }

  /**
   * `readAll` of client 6.x takes no server-side filter, so this reads a catch-up subscription that the
   * server filters (by event type, stream prefix, or at least without system events) from `after` until it
   * has caught up: finding the next event a projection handles costs no transfer of the events between.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
    const after = options.after ?? -1n;
    if (maxCount <= 0) return [];
    const upTo = await this.endOfLog();
    if (upTo <= after) return [];
    const subscription = this.client.subscribeToAll({
      fromPosition: fromPosition(after),
      filter: serverFilter(options.filter, {
        // A checkpoint at or past the end means the same as "caught up", which servers before 23.10 do not send.
        checkpointReached: (reached, position) => {
          if (position.commit >= upTo) markCaughtUp(reached);
        },
      }),
    });
    return readUntilCaughtUp(subscription, {
      after,
      upTo,
      maxCount,
      accept: (event) => !isSystemEvent(event) && matchesFilter(event, options.filter),
    });
  }

  /**
   * A catch-up subscription on the server. The client never re-establishes a dropped subscription: the
   * iterator then throws, and the caller resubscribes from its stored checkpoint.
   */
  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const after = options.after ?? -1n;
    const filter = options.filter;
    const subscription = this.client.subscribeToAll({
      fromPosition: fromPosition(after),
      filter: serverFilter(filter),
    });
    return endOnUnsubscribe(subscription as AsyncIterable<AllStreamResolvedEvent> & typeof subscription, (resolved) => {
      const event = resolved.event;
      if (!event || isSystemEvent(event) || !matchesFilter(event, filter)) return undefined;
      if (positionOf(event, resolved.commitPosition) <= after) return undefined;
      return toRecordedEvent(event, resolved.commitPosition);
    });
  }

  /** See `findHeadPosition` for why this reads backwards in pages. */
  async headPosition(): Promise<bigint> {
    return findHeadPosition((before, maxCount) => this.readBackwards(before, maxCount));
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  /** Position of the last record of $all, system events included; -1n for an empty log. */
  private async endOfLog(): Promise<bigint> {
    const [last] = await this.readBackwards(undefined, 1);
    return last ? last.position.commit : -1n;
  }

  private async readBackwards(before: Position | undefined, maxCount: number): Promise<LoggedEvent[]> {
    const events: LoggedEvent[] = [];
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: before ?? END, maxCount });
    for await (const resolved of read) {
      if (resolved.event) events.push(resolved.event);
    }
    return events;
  }
}

/**
 * The server filters on one of type or stream; the other, and system streams with ordinary event types,
 * are left to the caller. Without a criterion the server still leaves out system event types.
 */
const serverFilter = (
  filter: AllFilter | undefined,
  options: Partial<Pick<FilterBase, 'checkpointReached'>> = {},
): Filter => {
  if (filter?.eventTypes && filter.eventTypes.length > 0) {
    return eventTypeFilter({ regex: `^(${filter.eventTypes.map(escapeRegex).join('|')})$`, ...options });
  }
  if (filter?.streamPrefixes && filter.streamPrefixes.length > 0) {
    return streamNameFilter({ prefixes: filter.streamPrefixes, ...options });
  }
  return excludeSystemEvents(options);
};
