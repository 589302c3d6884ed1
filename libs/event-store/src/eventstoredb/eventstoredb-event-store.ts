import {
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type Filter,
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
import { endOnUnsubscribe } from './eventstoredb-subscription.js';

const PAGE_SIZE = 500n;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const fromPosition = (after: bigint | undefined): Position | typeof START =>
  after === undefined || after < 0n ? START : { commit: after, prepare: after };

/**
 * The EventStoreDB (or KurrentDB) adapter. Thin on purpose: the client does the protocol work; this maps
 * types and errors. The global position is the event's commit position in the transaction log.
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

  /** $all reads take no server-side filter in this client: pages are filtered here. */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    const events: RecordedEvent[] = [];
    let after = options.after ?? -1n;
    while (events.length < limit) {
      const read = this.client.readAll({
        direction: FORWARDS,
        fromPosition: after < 0n ? START : { commit: after, prepare: after },
        maxCount: PAGE_SIZE,
      });
      let seen = 0n;
      for await (const resolved of read) {
        seen++;
        const event = resolved.event;
        if (!event || event.position.commit <= after) continue;
        after = event.position.commit;
        if (isSystemEvent(event) || !matchesFilter(event, options.filter)) continue;
        events.push(toRecordedEvent(event, event.position.commit));
        if (events.length >= limit) break;
      }
      if (seen < PAGE_SIZE) break;
    }
    return events;
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

  private async readBackwards(before: Position | undefined, maxCount: number): Promise<LoggedEvent[]> {
    const events: LoggedEvent[] = [];
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: before ?? END, maxCount });
    for await (const resolved of read) {
      if (resolved.event) events.push(resolved.event);
    }
    return events;
  }
}

/** The server filters on one of type or stream; the other is applied in `subscribeToAll`'s loop. */
const serverFilter = (filter: AllFilter | undefined): Filter => {
  if (filter?.eventTypes && filter.eventTypes.length > 0) {
    return eventTypeFilter({ regex: `^(${filter.eventTypes.map(escapeRegex).join('|')})$` });
  }
  if (filter?.streamPrefixes && filter.streamPrefixes.length > 0) {
    return streamNameFilter({ prefixes: filter.streamPrefixes });
  }
  return excludeSystemEvents();
};
