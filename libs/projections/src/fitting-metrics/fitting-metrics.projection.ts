import {
  addSwedishWorkingDays,
  type FittingCancelled,
  type FittingCompleted,
  type FittingOffered,
  type FittingRequested,
} from '@aidledger/domain';
import { rowProjection } from '../runtime/row-projection.js';

export const FITTING_WORKING_DAYS = 15;

export type FittingRow = {
  fitting_id: string;
  iso_code: string;
  requested_on: string;
  requested_month: string;
  /** The 15th Swedish working day after the request (the request day not counted): the last day on time. */
  offer_due_on: string;
  offered_on: string | null;
  /** 1 when offered no later than `offer_due_on`, 0 when later, null while not offered. */
  offered_in_time: number | null;
  cancelled_on: string | null;
};

type FittingMetricsEvent = FittingRequested | FittingOffered | FittingCompleted | FittingCancelled;

/**
 * One row per requested fitting. Whether it counts for the KPI depends on the day it is read (a request still
 * within its 15 working days does not count yet), so the row keeps the days and the query decides.
 */
export const evolveFittingRow = (row: FittingRow | null, event: FittingMetricsEvent): FittingRow | null => {
  switch (event.type) {
    case 'FittingRequested': {
      if (row) return row;
      const { fittingId, isoCode, requestedOn } = event.data;
      return {
        fitting_id: fittingId,
        iso_code: isoCode,
        requested_on: requestedOn,
        requested_month: requestedOn.slice(0, 7),
        offer_due_on: addSwedishWorkingDays(requestedOn, FITTING_WORKING_DAYS),
        offered_on: null,
        offered_in_time: null,
        cancelled_on: null,
      };
    }
    case 'FittingOffered': {
      if (!row || row.offered_on === event.data.offeredOn) return row;
      const { offeredOn } = event.data;
      return { ...row, offered_on: offeredOn, offered_in_time: offeredOn <= row.offer_due_on ? 1 : 0 };
    }
    case 'FittingCancelled':
      if (!row || row.cancelled_on === event.data.cancelledOn) return row;
      return { ...row, cancelled_on: event.data.cancelledOn };
    case 'FittingCompleted':
      // The KPI counts the offer; a completion changes nothing it reads.
      return row;
  }
};

export const fittingMetricsProjection = rowProjection({
  name: 'fitting-metrics',
  version: 1,
  table: 'fittings',
  key: 'fitting_id',
  columns: {
    fitting_id: 'text primary key',
    iso_code: 'text not null',
    requested_on: 'text not null',
    requested_month: 'text not null',
    offer_due_on: 'text not null',
    offered_on: 'text',
    offered_in_time: 'integer',
    cancelled_on: 'text',
  },
  handles: ['FittingRequested', 'FittingOffered', 'FittingCompleted', 'FittingCancelled'],
  keyOf: (event) => event.data.fittingId,
  evolve: evolveFittingRow,
  indexes: { requested: ['requested_on'] },
});
