import { isWithinWorkingDays, type AidRepaired, type AidRepairReported } from '@aidledger/domain';
import { tableName, type Projection } from '../runtime/projection.js';
import { createIndexes, createTable } from '../runtime/tables.js';
import { loadRowsByKey, toNumber, upsertRows } from '../runtime/rows.js';

export const REPAIR_WORKING_DAYS = 5;

export type RepairRow = {
  repair_id: string;
  asset_id: string;
  reported_on: string;
  completed_on: string | null;
  completed_month: string | null;
  /** 1 when completed no later than the 5th Swedish working day after reporting, 0 when not, null while open. */
  within_five_working_days: number | null;
  position: number;
};

export const repairMetricsProjection: Projection = {
  name: 'repair-metrics',
  version: 1,
  handles: ['AidRepairReported', 'AidRepaired'],
  tables: ['repairs'],
  async createTables(db, prefix) {
    const table = tableName(prefix, 'repairs');
    await createTable(db, table, {
      repair_id: 'text primary key',
      asset_id: 'text not null',
      reported_on: 'text not null',
      completed_on: 'text',
      completed_month: 'text',
      within_five_working_days: 'integer',
      position: 'bigint not null',
    });
  },
  async createIndexes(db, prefix) {
    const table = tableName(prefix, 'repairs');
    await createIndexes(db, table, { completed: ['completed_on'] });
  },
  async applyBatch(trx, prefix, events) {
    const table = tableName(prefix, 'repairs');
    const rows = await loadRowsByKey<RepairRow>(
      trx,
      table,
      'repair_id',
      events.map((event) => String(event.data.repairId)),
    );
    const changed = new Map<string, RepairRow>();
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as AidRepairReported | AidRepaired;
      const position = Number(recorded.position);
      const current = rows.get(event.data.repairId);
      if (current && toNumber(current.position) >= position) continue;
      const next: RepairRow =
        event.type === 'AidRepairReported'
          ? {
              repair_id: event.data.repairId,
              asset_id: event.data.assetId,
              reported_on: event.data.reportedOn,
              completed_on: null,
              completed_month: null,
              within_five_working_days: null,
              position,
            }
          : {
              repair_id: event.data.repairId,
              asset_id: event.data.assetId,
              reported_on: event.data.reportedOn,
              completed_on: event.data.completedOn,
              completed_month: event.data.completedOn.slice(0, 7),
              within_five_working_days: isWithinWorkingDays(
                event.data.reportedOn,
                event.data.completedOn,
                REPAIR_WORKING_DAYS,
              )
                ? 1
                : 0,
              position,
            };
      rows.set(next.repair_id, next);
      changed.set(next.repair_id, next);
    }
    await upsertRows(trx, table, ['repair_id'], [...changed.values()]);
  },
};
