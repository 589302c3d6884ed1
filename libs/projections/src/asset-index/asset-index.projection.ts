import type { AssetEvent, AssetRegistered } from '@aidledger/domain';
import { rowProjection, type Recorded } from '../runtime/row-projection.js';

export type AssetStatus = 'ready' | 'allocated' | 'inTransit' | 'onLoan' | 'awaitingReconditioning' | 'scrapped';

export type AssetIndexRow = {
  asset_id: string;
  article_no: string;
  serial_number: string;
  status: AssetStatus;
  person_id: string | null;
  order_id: string | null;
  /** The warehouse location the aid is at, or left from when in transit or on loan. */
  location: string;
  last_event_at: string;
};

/** The events that move an aid between statuses, holders or locations. */
export const ASSET_STATUS_EVENT_TYPES = [
  'AssetRegistered',
  'AssetAllocated',
  'AssetAllocationReleased',
  'AidDispatched',
  'AidDelivered',
  'AidDeliveryFailed',
  'AidReturned',
  'AidReconditioned',
  'AidScrapped',
] as const satisfies readonly AssetEvent['type'][];

export const ASSET_EVENT_TYPES = [
  ...ASSET_STATUS_EVENT_TYPES,
  'AidRepairReported',
  'AidRepaired',
  'AidInspected',
] as const satisfies readonly AssetEvent['type'][];

/** Which aid, where it is and who holds it: what the asset index and stock levels both keep. */
export type AssetPlaceRow = Pick<
  AssetIndexRow,
  'asset_id' | 'article_no' | 'status' | 'person_id' | 'order_id' | 'location'
>;

export const registeredAsset = ({ data }: AssetRegistered): AssetPlaceRow => ({
  asset_id: data.assetId,
  article_no: data.articleNo,
  status: 'ready',
  person_id: null,
  order_id: null,
  location: data.location,
});

/** The status, holder and location of a registered aid, moved by its later events. */
export const evolveAssetRow = <T extends AssetPlaceRow>(row: T, event: AssetEvent): T => {
  switch (event.type) {
    case 'AssetAllocated':
      return { ...row, status: 'allocated', order_id: event.data.orderId, person_id: event.data.personId };
    case 'AssetAllocationReleased':
      return { ...row, status: 'ready', order_id: null, person_id: null };
    case 'AidDispatched':
      return { ...row, status: 'inTransit', order_id: event.data.orderId };
    case 'AidDelivered':
      return { ...row, status: 'onLoan', order_id: event.data.orderId, person_id: event.data.personId };
    case 'AidDeliveryFailed':
      return { ...row, status: 'allocated' };
    case 'AidReturned':
      return { ...row, status: 'awaitingReconditioning', order_id: null, person_id: null };
    case 'AidReconditioned':
      return { ...row, status: 'ready', location: event.data.location };
    case 'AidScrapped':
      return { ...row, status: 'scrapped', order_id: null, person_id: null };
    default:
      return row;
  }
};

/** Registration creates the row; every later event of the aid at least moves `last_event_at`. */
export const evolveAssetIndexRow = (
  row: AssetIndexRow | null,
  event: AssetEvent,
  { recordedAt }: Recorded,
): AssetIndexRow | null => {
  if (event.type === 'AssetRegistered')
    return row ?? { ...registeredAsset(event), serial_number: event.data.serialNumber, last_event_at: recordedAt };
  return row && { ...evolveAssetRow(row, event), last_event_at: recordedAt };
};

export const assetIndexProjection = rowProjection({
  name: 'asset-index',
  version: 1,
  table: 'assets',
  key: 'asset_id',
  columns: {
    asset_id: 'text primary key',
    article_no: 'text not null',
    serial_number: 'text not null',
    status: 'text not null',
    person_id: 'text',
    order_id: 'text',
    location: 'text not null',
    last_event_at: 'text not null',
  },
  handles: ASSET_EVENT_TYPES,
  keyOf: (event) => event.data.assetId,
  evolve: evolveAssetIndexRow,
  indexes: { status: ['status', 'asset_id'], article: ['article_no', 'asset_id'], serial: ['serial_number'] },
});
