import type { AidDelivered, AidDeliveryFailed, AidDeliveryReversed, BusinessDateCorrected } from '@aidledger/domain';
import { rowProjection, type Recorded } from '../runtime/row-projection.js';

/** `reversed`: the delivery was registered on the wrong aid and never happened; like `failed`, not a delivery. */
export type DeliveryOutcome = 'onPlannedDay' | 'early' | 'late' | 'failed' | 'reversed';

/** One delivery attempt; a failed attempt is recorded but is not a delivery in the KPI. */
export type DeliveryRow = {
  /** `<assetId>:<stream revision>` of the attempt, so a correction or reversal naming that revision finds it. */
  delivery_id: string;
  asset_id: string;
  order_id: string;
  /** `deliveredOn` (as corrected), or `failedOn` for a failed attempt. */
  delivered_on: string;
  delivered_month: string;
  planned_delivery_date: string;
  municipality: string;
  route_id: string;
  outcome: DeliveryOutcome;
};

type DeliveryEvent = AidDelivered | AidDeliveryFailed | BusinessDateCorrected | AidDeliveryReversed;

/** On the planned day only when `deliveredOn` equals the planned day; earlier is early, not on time. */
export const deliveryOutcome = (
  deliveredOn: string,
  plannedDeliveryDate: string,
): Exclude<DeliveryOutcome, 'failed' | 'reversed'> =>
  deliveredOn === plannedDeliveryDate ? 'onPlannedDay' : deliveredOn < plannedDeliveryDate ? 'early' : 'late';

export const deliveryId = (assetId: string, revision: number | bigint): string => `${assetId}:${revision}`;

const deliveredOnDay = (row: DeliveryRow, day: string): DeliveryRow => ({
  ...row,
  delivered_on: day,
  delivered_month: day.slice(0, 7),
  outcome: deliveryOutcome(day, row.planned_delivery_date),
});

/** An attempt makes its row; a corrected `deliveredOn` moves it between days and outcomes; a reversal voids it. */
export const evolveDeliveryRow = (
  row: DeliveryRow | null,
  event: DeliveryEvent,
  { revision }: Recorded,
): DeliveryRow | null => {
  switch (event.type) {
    case 'AidDelivered':
    case 'AidDeliveryFailed': {
      if (row) return row;
      const day = event.type === 'AidDelivered' ? event.data.deliveredOn : event.data.failedOn;
      const attempt: DeliveryRow = {
        delivery_id: deliveryId(event.data.assetId, revision),
        asset_id: event.data.assetId,
        order_id: event.data.orderId,
        delivered_on: day,
        delivered_month: day.slice(0, 7),
        planned_delivery_date: event.data.plannedDeliveryDate,
        municipality: event.data.municipality,
        route_id: event.data.routeId,
        outcome: 'failed',
      };
      return event.type === 'AidDelivered' ? deliveredOnDay(attempt, day) : attempt;
    }
    case 'BusinessDateCorrected':
      return row && event.data.field === 'deliveredOn' && row.outcome !== 'reversed'
        ? deliveredOnDay(row, event.data.to)
        : row;
    case 'AidDeliveryReversed':
      return row && { ...row, outcome: 'reversed' };
  }
};

export const deliveryMetricsProjection = rowProjection({
  name: 'delivery-metrics',
  // 2: rows keyed by asset and revision, corrections and reversals followed.
  version: 2,
  table: 'deliveries',
  key: 'delivery_id',
  columns: {
    delivery_id: 'text primary key',
    asset_id: 'text not null',
    order_id: 'text not null',
    delivered_on: 'text not null',
    delivered_month: 'text not null',
    planned_delivery_date: 'text not null',
    municipality: 'text not null',
    route_id: 'text not null',
    outcome: 'text not null',
  },
  handles: ['AidDelivered', 'AidDeliveryFailed', 'BusinessDateCorrected', 'AidDeliveryReversed'],
  keyOf: (event) =>
    event.type === 'AidDelivered' || event.type === 'AidDeliveryFailed'
      ? deliveryId(event.data.assetId, event.revision)
      : deliveryId(event.data.assetId, event.data.revision),
  evolve: evolveDeliveryRow,
  indexes: { day: ['delivered_on', 'outcome'] },
});
