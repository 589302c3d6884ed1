import { isWithinWorkingDays, type AidRepaired, type AidRepairReported } from '@aidledger/domain';
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

/** A repair is open from its report; its completion carries the report's day, so it needs no earlier row. */
export const evolveRepairRow = (row: RepairRow | null, event: AidRepairReported | AidRepaired): RepairRow => {
  const { repairId, assetId, reportedOn } = event.data;
  if (event.type === 'AidRepairReported')
    return (
      row ?? {
        repair_id: repairId,
        asset_id: assetId,
        reported_on: reportedOn,
        completed_on: null,
        completed_month: null,
        within_five_working_days: null,
      }
    );
  const { completedOn } = event.data;
  return {
    repair_id: repairId,
    asset_id: assetId,
    reported_on: reportedOn,
    completed_on: completedOn,
    completed_month: completedOn.slice(0, 7),
    within_five_working_days: isWithinWorkingDays(reportedOn, completedOn, REPAIR_WORKING_DAYS) ? 1 : 0,
  };
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
  handles: ['AidRepairReported', 'AidRepaired'],
  keyOf: (event) => event.data.repairId,
  evolve: evolveRepairRow,
  indexes: { completed: ['completed_on'] },
});
