import {
  isWithinWorkingDays,
  type AidRepaired,
  type AidRepairReported,
  type BusinessDateCorrected,
} from '@aidledger/domain';
import { rowProjection } from '../runtime/row-projection.js';

export const REPAIR_WORKING_DAYS = 5;

export type RepairRow = {
  repair_id: string;
  asset_id: string;
  reported_on: string;
  completed_on: string | null;
  completed_month: string | null;
  /** 1 when completed no later than the 5th Swedish working day after reporting, 0 when not, null while open. */
  within_five_working_days: number | null;
};

const withDays = (row: RepairRow, reportedOn: string, completedOn: string | null): RepairRow => ({
  ...row,
  reported_on: reportedOn,
  completed_on: completedOn,
  completed_month: completedOn === null ? null : completedOn.slice(0, 7),
  within_five_working_days:
    completedOn === null ? null : isWithinWorkingDays(reportedOn, completedOn, REPAIR_WORKING_DAYS) ? 1 : 0,
});

/**
 * A repair is open from its report; its completion carries the report's day, so it needs no earlier row. A
 * corrected report or completion day moves the repair between within and not within five working days.
 */
export const evolveRepairRow = (
  row: RepairRow | null,
  event: AidRepairReported | AidRepaired | BusinessDateCorrected,
): RepairRow | null => {
  if (event.type === 'BusinessDateCorrected') {
    if (!row) return null;
    if (event.data.field === 'reportedOn') return withDays(row, event.data.to, row.completed_on);
    if (event.data.field === 'completedOn') return withDays(row, row.reported_on, event.data.to);
    return row;
  }
  const { repairId, assetId, reportedOn } = event.data;
  const open: RepairRow = {
    repair_id: repairId,
    asset_id: assetId,
    reported_on: reportedOn,
    completed_on: null,
    completed_month: null,
    within_five_working_days: null,
  };
  if (event.type === 'AidRepairReported') return row ?? open;
  return withDays(row ?? open, row?.reported_on ?? reportedOn, event.data.completedOn);
};

export const repairMetricsProjection = rowProjection({
  name: 'repair-metrics',
  version: 1,
  table: 'repairs',
  key: 'repair_id',
  columns: {
    repair_id: 'text primary key',
    asset_id: 'text not null',
    reported_on: 'text not null',
    completed_on: 'text',
    completed_month: 'text',
    within_five_working_days: 'integer',
  },
  handles: ['AidRepairReported', 'AidRepaired', 'BusinessDateCorrected'],
  // A correction of another date of the aid names no repair: its key matches no row.
  keyOf: (event) => event.data.repairId ?? '',
  evolve: evolveRepairRow,
  indexes: { completed: ['completed_on'] },
});
