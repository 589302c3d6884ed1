import type { AssetEvent } from '@aidledger/domain';
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
  /** Null for an aid received before unit numbers existed, until one is assigned. */
  unit_number: string | null;
  /** The maker's lot and the UDI-DI received with the aid (MDR traceability); null when unknown. */
  lot: string | null;
  udi_di: string | null;
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
  'AidDeliveryReversed',
] as const satisfies readonly AssetEvent['type'][];

/** Every event of an aid: each one moves when the asset index last saw it. */
export const ASSET_EVENT_TYPES = [
  ...ASSET_STATUS_EVENT_TYPES,
  'AidRepairReported',
  'AidRepaired',
  'AidInspected',
  'UnitNumberAssigned',
  'BusinessDateCorrected',
] as const satisfies readonly AssetEvent['type'][];

/** Where an aid is and who holds it: what its events move, in the asset index and in stock levels alike. */
export type AssetPlace = Pick<AssetIndexRow, 'status' | 'person_id' | 'order_id' | 'location'>;

/** What an event changes of a registered aid's status, holder and location; null when it changes none of them. */
export const assetPlaceChange = (event: AssetEvent): Partial<AssetPlace> | null => {
  switch (event.type) {
    case 'AssetAllocated':
      return { status: 'allocated', order_id: event.data.orderId, person_id: event.data.personId };
    case 'AssetAllocationReleased':
      return { status: 'ready', order_id: null, person_id: null };
    case 'AidDispatched':
      return { status: 'inTransit', order_id: event.data.orderId };
    case 'AidDelivered':
      return { status: 'onLoan', order_id: event.data.orderId, person_id: event.data.personId };
    case 'AidDeliveryFailed':
      return { status: 'allocated' };
    case 'AidReturned':
      return { status: 'awaitingReconditioning', order_id: null, person_id: null };
    case 'AidReconditioned':
      return { status: 'ready', location: event.data.location };
    case 'AidScrapped':
      return { status: 'scrapped', order_id: null, person_id: null };
    // The delivery never happened: the aid is ready where it left from, with no one.
    case 'AidDeliveryReversed':
      return { status: 'ready', order_id: null, person_id: null, location: event.data.location };
    default:
      return null;
  }
};

/** Registration creates the row; every later event of the aid at least moves `last_event_at`. */
export const evolveAssetIndexRow = (
  row: AssetIndexRow | null,
  event: AssetEvent,
  { recordedAt }: Recorded,
): AssetIndexRow | null => {
  if (event.type === 'AssetRegistered')
    return (
      row ?? {
        asset_id: event.data.assetId,
        article_no: event.data.articleNo,
        serial_number: event.data.serialNumber,
        status: 'ready',
        person_id: null,
        order_id: null,
        location: event.data.location,
        last_event_at: recordedAt,
        unit_number: event.data.unitNumber ?? null,
        lot: event.data.lot ?? null,
        udi_di: event.data.udiDi ?? null,
      }
    );
  // Unit numbers (labels and scanning)
  if (event.type === 'UnitNumberAssigned')
    return row && { ...row, unit_number: event.data.unitNumber, last_event_at: recordedAt };
  return row && { ...row, ...assetPlaceChange(event), last_event_at: recordedAt };
};

export const assetIndexProjection = rowProjection({
  name: 'asset-index',
  // 2: unit numbers. 3: lot and UDI-DI.
  version: 3,
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
    unit_number: 'text',
    lot: 'text',
    udi_di: 'text',
  },
  handles: ASSET_EVENT_TYPES,
  keyOf: (event) => event.data.assetId,
  evolve: evolveAssetIndexRow,
  indexes: {
    status: ['status', 'asset_id'],
    article: ['article_no', 'asset_id'],
    serial: ['serial_number'],
    // A recall selects by article, lot and serial range.
    lot: ['article_no', 'lot', 'serial_number'],
    unitNumber: ['unit_number'],
  },
});
