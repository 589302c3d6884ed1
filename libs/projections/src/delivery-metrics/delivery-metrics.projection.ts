import type { AidDelivered, AidDeliveryFailed } from '@aidledger/domain';
import { tableName, type Projection } from '../runtime/projection.js';
import { createIndexes, createTable } from '../runtime/tables.js';
import { upsertRows } from '../runtime/rows.js';

export type DeliveryOutcome = 'onPlannedDay' | 'early' | 'late' | 'failed';

/** One delivery attempt; a failed attempt is recorded but is not a delivery in the KPI. */
export type DeliveryRow = {
  delivery_id: string;
  asset_id: string;
  order_id: string;
  /** `deliveredOn`, or `failedOn` for a failed attempt. */
  delivered_on: string;
  delivered_month: string;
  planned_delivery_date: string;
  municipality: string;
  route_id: string;
  outcome: DeliveryOutcome;
  position: number;
};

/** On the planned day only when `deliveredOn` equals the planned day; earlier is early, not on time. */
export const deliveryOutcome = (
  deliveredOn: string,
  plannedDeliveryDate: string,
): Exclude<DeliveryOutcome, 'failed'> =>
  deliveredOn === plannedDeliveryDate ? 'onPlannedDay' : deliveredOn < plannedDeliveryDate ? 'early' : 'late';

export const deliveryMetricsProjection: Projection = {
  name: 'delivery-metrics',
  version: 1,
  handles: ['AidDelivered', 'AidDeliveryFailed'],
  tables: ['deliveries'],
  async createTables(db, prefix) {
    const table = tableName(prefix, 'deliveries');
    await createTable(db, table, {
      delivery_id: 'text primary key',
      asset_id: 'text not null',
      order_id: 'text not null',
      delivered_on: 'text not null',
      delivered_month: 'text not null',
      planned_delivery_date: 'text not null',
      municipality: 'text not null',
      route_id: 'text not null',
      outcome: 'text not null',
      position: 'bigint not null',
    });
  },
  async createIndexes(db, prefix) {
    const table = tableName(prefix, 'deliveries');
    await createIndexes(db, table, { day: ['delivered_on', 'outcome'] });
  },
  async applyBatch(trx, prefix, events) {
    const rows = new Map<string, DeliveryRow>();
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as AidDelivered | AidDeliveryFailed;
      const day = event.type === 'AidDelivered' ? event.data.deliveredOn : event.data.failedOn;
      rows.set(recorded.id, {
        delivery_id: recorded.id,
        asset_id: event.data.assetId,
        order_id: event.data.orderId,
        delivered_on: day,
        delivered_month: day.slice(0, 7),
        planned_delivery_date: event.data.plannedDeliveryDate,
        municipality: event.data.municipality,
        route_id: event.data.routeId,
        outcome: event.type === 'AidDelivered' ? deliveryOutcome(day, event.data.plannedDeliveryDate) : 'failed',
        position: Number(recorded.position),
      });
    }
    // A row is keyed by its event, so a replayed event writes the same row again.
    await upsertRows(trx, tableName(prefix, 'deliveries'), ['delivery_id'], [...rows.values()]);
  },
};
