import type { RecallEvent, RecallIssued } from '@aidledger/domain';
import { tableName, type Projection } from '../runtime/projection.js';
import { createIndexes, createTable } from '../runtime/tables.js';
import { loadRowsByKey, upsertRows } from '../runtime/rows.js';

/** A recall with its progress: `affected` is fixed at issue, `done` counts the units done since. */
export type RecallRow = {
  recall_id: string;
  title: string;
  article_no: string;
  /** JSON array of the lots, or null for every lot. */
  lots: string | null;
  serial_from: string | null;
  serial_to: string | null;
  action: RecallIssued['data']['action'];
  issued_on: string;
  affected: number;
  done: number;
  position: number;
};

/** One affected aid of a recall; `done_on` is null until it is dealt with. */
export type RecallUnitRow = {
  /** `<recallId>:<assetId>` */
  unit_id: string;
  recall_id: string;
  asset_id: string;
  done_on: string | null;
  outcome: string | null;
  position: number;
};

export const recallUnitId = (recallId: string, assetId: string): string => `${recallId}:${assetId}`;

export const recallsProjection: Projection = {
  name: 'recalls',
  version: 1,
  handles: ['RecallIssued', 'RecallUnitDone'],
  tables: ['recalls', 'recall_units'],
  async createTables(db, prefix) {
    await createTable(db, tableName(prefix, 'recalls'), {
      recall_id: 'text primary key',
      title: 'text not null',
      article_no: 'text not null',
      lots: 'text',
      serial_from: 'text',
      serial_to: 'text',
      action: 'text not null',
      issued_on: 'text not null',
      affected: 'integer not null',
      done: 'integer not null',
      position: 'bigint not null',
    });
    const units = tableName(prefix, 'recall_units');
    await createTable(db, units, {
      unit_id: 'text primary key',
      recall_id: 'text not null',
      asset_id: 'text not null',
      done_on: 'text',
      outcome: 'text',
      position: 'bigint not null',
    });
    await createIndexes(db, units, { recall: ['recall_id', 'asset_id'], asset: ['asset_id', 'done_on'] });
  },
  async applyBatch(trx, prefix, recorded) {
    const recallsTable = tableName(prefix, 'recalls');
    const unitsTable = tableName(prefix, 'recall_units');
    const events = recorded.map((event) => ({ ...({ type: event.type, data: event.data } as RecallEvent), event }));
    const recalls = await loadRowsByKey<RecallRow>(
      trx,
      recallsTable,
      'recall_id',
      events.map(({ data }) => data.recallId),
    );
    const units = await loadRowsByKey<RecallUnitRow>(
      trx,
      unitsTable,
      'unit_id',
      events.flatMap((event) =>
        event.type === 'RecallUnitDone' ? [recallUnitId(event.data.recallId, event.data.assetId)] : [],
      ),
    );
    const changedRecalls = new Map<string, RecallRow>();
    const changedUnits = new Map<string, RecallUnitRow>();
    for (const { event, ...domain } of events) {
      const position = Number(event.position);
      if (domain.type === 'RecallIssued') {
        const { data } = domain;
        // A recall is issued once; its scope never changes after.
        if (recalls.has(data.recallId)) continue;
        const row: RecallRow = {
          recall_id: data.recallId,
          title: data.title,
          article_no: data.articleNo,
          lots: data.lots === null ? null : JSON.stringify(data.lots),
          serial_from: data.serialFrom,
          serial_to: data.serialTo,
          action: data.action,
          issued_on: data.issuedOn,
          affected: data.affected.length,
          done: 0,
          position,
        };
        recalls.set(data.recallId, row);
        changedRecalls.set(data.recallId, row);
        for (const assetId of data.affected) {
          const unit: RecallUnitRow = {
            unit_id: recallUnitId(data.recallId, assetId),
            recall_id: data.recallId,
            asset_id: assetId,
            done_on: null,
            outcome: null,
            position,
          };
          units.set(unit.unit_id, unit);
          changedUnits.set(unit.unit_id, unit);
        }
      } else {
        const { recallId, assetId, doneOn, outcome } = domain.data;
        const id = recallUnitId(recallId, assetId);
        const unit = units.get(id);
        const recall = recalls.get(recallId);
        // A unit is done once: the same event applied again finds it done and changes nothing.
        if (!unit || !recall || unit.done_on !== null) continue;
        const doneUnit = { ...unit, done_on: doneOn, outcome, position };
        units.set(id, doneUnit);
        changedUnits.set(id, doneUnit);
        const progressed = { ...recall, done: Number(recall.done) + 1, position };
        recalls.set(recallId, progressed);
        changedRecalls.set(recallId, progressed);
      }
    }
    await upsertRows(trx, recallsTable, ['recall_id'], [...changedRecalls.values()]);
    await upsertRows(trx, unitsTable, ['unit_id'], [...changedUnits.values()]);
  },
};
