import {
  assetDecider,
  assetStream,
  assetView,
  businessDateOf,
  DomainError,
  type AssetEvent,
  type AssetStatus,
  type OpenPickup,
  type OpenRepair,
} from '@aidledger/domain';
import { verifyStreamChain, type EventStore, type RecordedEvent } from '@aidledger/event-store';

export type AssetState = {
  assetId: string;
  articleNo: string;
  serialNumber: string;
  /** Absent for an aid received before unit numbers existed, until one is assigned. */
  unitNumber?: string;
  status: AssetStatus;
  personId?: string;
  orderId?: string;
  location?: string;
  openRepairs: OpenRepair[];
  pickup?: OpenPickup;
  revision: number;
};

export type AssetHistoryEvent = {
  revision: number;
  position: number;
  type: string;
  data: RecordedEvent['data'];
  metadata: { actor: string; occurredAt: string; correlationId: string; causationId: string };
  recordedAt: string;
  /** The day people say it happened, as recorded then; null for a correction. */
  businessDate: string | null;
  /** The aid's status once this event happened, folded with the decider. */
  statusAfter: AssetStatus;
};

export type AssetHistory = { assetId: string; unitNumber?: string; events: AssetHistoryEvent[] };
export type AssetChainVerification = { valid: boolean; brokenAtRevision?: number; events: number };

const asAssetEvent = (event: RecordedEvent): AssetEvent => ({ type: event.type, data: event.data }) as AssetEvent;

/** The aid's own stream, never a read model; an aid without events is 404. */
const readAssetStream = async (store: EventStore, assetId: string): Promise<RecordedEvent[]> => {
  const events = await store.readStream(assetStream(assetId));
  if (events.length === 0)
    throw new DomainError('ASSET.NOT_FOUND', `Asset ${assetId} is not registered`, 'not_found', { assetId });
  return events;
};

/** The aid as it stands now, or with `asOf` as the system knew it then. */
export const readAssetState = async (store: EventStore, assetId: string, asOf?: string): Promise<AssetState> => {
  let events = await readAssetStream(store, assetId);
  if (asOf !== undefined) {
    const instant = Date.parse(asOf);
    events = events.filter((event) => Date.parse(event.recordedAt) <= instant);
  }
  const view = assetView(events.map(asAssetEvent).reduce(assetDecider.evolve, assetDecider.initialState()));
  if (!view)
    throw new DomainError('ASSET.NOT_FOUND', `Asset ${assetId} was not registered then`, 'not_found', { assetId });
  const { personId, orderId, location, pickup } = view;
  return {
    assetId: view.assetId,
    articleNo: view.articleNo,
    serialNumber: view.serialNumber,
    ...(view.unitNumber ? { unitNumber: view.unitNumber } : {}),
    status: view.status,
    ...(personId ? { personId } : {}),
    ...(orderId ? { orderId } : {}),
    ...(location ? { location } : {}),
    openRepairs: view.openRepairs,
    ...(pickup ? { pickup } : {}),
    revision: Number(events[events.length - 1].revision),
  };
};

export const readAssetHistory = async (store: EventStore, assetId: string): Promise<AssetHistory> => {
  let state = assetDecider.initialState();
  const events = (await readAssetStream(store, assetId)).map((event): AssetHistoryEvent => {
    const assetEvent = asAssetEvent(event);
    state = assetDecider.evolve(state, assetEvent);
    const { actor, occurredAt, correlationId, causationId } = event.metadata;
    return {
      revision: Number(event.revision),
      position: Number(event.position),
      type: event.type,
      data: event.data,
      metadata: { actor, occurredAt, correlationId, causationId },
      recordedAt: event.recordedAt,
      businessDate: businessDateOf(assetEvent),
      statusAfter: state.status === 'initial' ? 'ready' : state.status,
    };
  });
  const unitNumber = state.status === 'initial' ? null : state.unitNumber;
  return { assetId, ...(unitNumber ? { unitNumber } : {}), events };
};

export const verifyAssetHistory = async (store: EventStore, assetId: string): Promise<AssetChainVerification> => {
  const events = await readAssetStream(store, assetId);
  const result = verifyStreamChain(events);
  return result.valid
    ? { valid: true, events: events.length }
    : { valid: false, brokenAtRevision: Number(result.brokenAtRevision), events: events.length };
};
