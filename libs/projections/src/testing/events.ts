import { randomUUID } from 'node:crypto';
import {
  accessLogStream,
  type AccessLogEvent,
  type ArticleEvent,
  type AssetEvent,
  type BillingMonthEvent,
  type ConsumableStockEvent,
  type FittingEvent,
  type OrderEvent,
  type PayerEvent,
  type PersonEvent,
  type RecallEvent,
} from '@aidledger/domain';
import type { EventMetadata, RecordedEvent } from '@aidledger/event-store';

/** Every event the projections read. */
export type ProjectedEvent =
  | AccessLogEvent
  | ArticleEvent
  | AssetEvent
  | BillingMonthEvent
  | ConsumableStockEvent
  | FittingEvent
  | OrderEvent
  | PayerEvent
  | PersonEvent
  | RecallEvent;
export type ProjectedEventType = ProjectedEvent['type'];
export type EventOf<T extends ProjectedEventType> = Extract<ProjectedEvent, { type: T }>;

/** A recorded event that is also its typed domain event, so one builder serves projections and their evolve. */
export type RecordedOf<T extends ProjectedEventType> = Omit<RecordedEvent, 'type' | 'data'> & EventOf<T>;

export const testMetadata = (actor: string, occurredAt: string): EventMetadata => ({
  actor,
  occurredAt,
  correlationId: randomUUID(),
  causationId: randomUUID(),
  schemaVersion: 1,
});

/**
 * Recorded events for projection tests, typed by the domain's events (a misspelt or missing field fails the
 * type check); positions increase in the order the events are made.
 */
export const eventLog = () => {
  let position = 0n;
  const revisions = new Map<string, bigint>();
  return <T extends ProjectedEventType>(
    type: T,
    data: EventOf<T>['data'],
    recordedAt = '2025-06-01T08:00:00.000Z',
  ): RecordedOf<T> => {
    const { orderId, assetId, personId, at, articleNo, location, payerId, recallId, fittingId } = data as {
      recallId?: string;
      orderId?: string;
      assetId?: string;
      personId?: string;
      at?: string;
      articleNo?: string;
      location?: string;
      payerId?: string;
      fittingId?: string;
    };
    const streamId =
      fittingId !== undefined
        ? `fitting-${fittingId}`
        : type === 'PersonDataAccessed'
          ? accessLogStream(String(at).slice(0, 10))
          : type.startsWith('Order')
            ? `order-${orderId}`
            : type === 'ArticleRegistered'
              ? `article-${articleNo}`
              : type === 'PayerRegistered'
                ? `payer-${payerId}`
                : type === 'PersonMoved'
                  ? `person-${personId}`
                  : type.startsWith('Consumables')
                    ? `stock-${articleNo}.${location}`
                    : type === 'BillingMonthClosed'
                      ? 'billing-months'
                      : recallId !== undefined
                        ? `recall-${recallId}`
                        : `asset-${assetId ?? orderId ?? personId}`;
    const revision = revisions.get(streamId) ?? 0n;
    revisions.set(streamId, revision + 1n);
    return {
      id: randomUUID(),
      streamId,
      revision,
      position: position++,
      metadata: testMetadata('test', recordedAt),
      recordedAt,
      ...({ type, data } as EventOf<T>),
    };
  };
};
