import type { AidReturned, PickupEvent } from '@aidledger/domain';
import { rowProjection } from '../runtime/row-projection.js';

/** Open until the aid is returned (the pickup itself is the return) or the request is cancelled. */
export type PickupRequestStatus = 'open' | 'pickedUp' | 'cancelled';

/** An aid's latest pickup request (hämtorder); an aid has one open at a time. */
export type PickupRequestRow = {
  asset_id: string;
  person_id: string;
  order_id: string;
  article_no: string;
  requested_on: string;
  planned_pickup_date: string;
  reason: string;
  status: PickupRequestStatus;
  /** The day it was picked up (returned) or cancelled. */
  closed_on: string | null;
};

export const PICKUP_REQUEST_EVENT_TYPES = [
  'PickupRequested',
  'PickupRescheduled',
  'PickupCancelled',
  'AidReturned',
] as const;

export const evolvePickupRequestRow = (
  row: PickupRequestRow | null,
  event: PickupEvent | AidReturned,
): PickupRequestRow | null => {
  if (event.type === 'PickupRequested') {
    const { assetId, personId, orderId, articleNo, requestedOn, plannedPickupDate, reason } = event.data;
    return {
      asset_id: assetId,
      person_id: personId,
      order_id: orderId,
      article_no: articleNo,
      requested_on: requestedOn,
      planned_pickup_date: plannedPickupDate,
      reason,
      status: 'open',
      closed_on: null,
    };
  }
  // A return without a request, or after the request was closed, changes nothing.
  if (!row || row.status !== 'open') return null;
  switch (event.type) {
    case 'PickupRescheduled':
      return { ...row, planned_pickup_date: event.data.plannedPickupDate };
    case 'PickupCancelled':
      return { ...row, status: 'cancelled', closed_on: event.data.cancelledOn };
    case 'AidReturned':
      return { ...row, status: 'pickedUp', closed_on: event.data.returnedOn };
  }
};

export const pickupRequestsProjection = rowProjection({
  name: 'pickup-requests',
  version: 1,
  table: 'pickups',
  key: 'asset_id',
  columns: {
    asset_id: 'text primary key',
    person_id: 'text not null',
    order_id: 'text not null',
    article_no: 'text not null',
    requested_on: 'text not null',
    planned_pickup_date: 'text not null',
    reason: 'text not null',
    status: 'text not null',
    closed_on: 'text',
  },
  handles: PICKUP_REQUEST_EVENT_TYPES,
  keyOf: (event) => event.data.assetId,
  evolve: evolvePickupRequestRow,
  indexes: { open: ['status', 'planned_pickup_date'], person: ['person_id', 'status'] },
});
