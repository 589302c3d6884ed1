import type { AssetEvent } from '@aidledger/domain';
import type { RecordedEvent } from '@aidledger/event-store';
import type { ReadModelDb, ReadModelTransaction } from '../read-model-db.js';
import { tableName, type Projection } from '../runtime/projection.js';
import { createIndexes, createTable } from '../runtime/tables.js';
import { loadRowsByKey, toNumber, upsertRows } from '../runtime/rows.js';

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
  position: number;
};

export const ASSET_EVENT_TYPES = [
  'AssetRegistered',
  'AssetAllocated',
  'AssetAllocationReleased',
  'AidDispatched',
  'AidDelivered',
  'AidDeliveryFailed',
  'AidReturned',
  'AidReconditioned',
  'AidRepairReported',
  'AidRepaired',
  'AidInspected',
  'AidScrapped',
] as const;

/** The current status, holder and location of one aid; shared by the asset index and stock levels. */
export const evolveAssetRow = <T extends Omit<AssetIndexRow, 'serial_number' | 'last_event_at'>>(
  row: T,
  event: AssetEvent,
): T => {
  switch (event.type) {
    case 'AssetRegistered':
      return row;
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
    case 'AidRepairReported':
    case 'AidRepaired':
    case 'AidInspected':
      return row;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
};

const asAssetEvent = (event: RecordedEvent): AssetEvent => ({ type: event.type, data: event.data }) as AssetEvent;

export const assetIndexProjection: Projection = {
  name: 'asset-index',
  version: 1,
  handles: ASSET_EVENT_TYPES,
  tables: ['assets'],
  async createTables(db: ReadModelDb | ReadModelTransaction, prefix: string) {
    const table = tableName(prefix, 'assets');
    await createTable(db, table, {
      asset_id: 'text primary key',
      article_no: 'text not null',
      serial_number: 'text not null',
      status: 'text not null',
      person_id: 'text',
      order_id: 'text',
      location: 'text not null',
      last_event_at: 'text not null',
      position: 'bigint not null',
    });
  },
  async createIndexes(db, prefix) {
    const table = tableName(prefix, 'assets');
    await createIndexes(db, table, {
      status: ['status', 'asset_id'],
      article: ['article_no', 'asset_id'],
      serial: ['serial_number'],
    });
  },
  async applyBatch(trx, prefix, events) {
    const table = tableName(prefix, 'assets');
    const rows = await loadRowsByKey<AssetIndexRow>(
      trx,
      table,
      'asset_id',
      events.map((event) => String(event.data.assetId)),
    );
    const changed = new Map<string, AssetIndexRow>();
    for (const recorded of events) {
      const event = asAssetEvent(recorded);
      const position = Number(recorded.position);
      const current = rows.get(event.data.assetId);
      if (current && toNumber(current.position) >= position) continue;
      let next: AssetIndexRow | undefined;
      if (event.type === 'AssetRegistered') {
        if (current) continue;
        next = {
          asset_id: event.data.assetId,
          article_no: event.data.articleNo,
          serial_number: event.data.serialNumber,
          status: 'ready',
          person_id: null,
          order_id: null,
          location: event.data.location,
          last_event_at: recorded.recordedAt,
          position,
        };
      } else {
        if (!current) continue;
        next = { ...evolveAssetRow(current, event), last_event_at: recorded.recordedAt, position };
      }
      rows.set(next.asset_id, next);
      changed.set(next.asset_id, next);
    }
    await upsertRows(trx, table, ['asset_id'], [...changed.values()]);
  },
};
