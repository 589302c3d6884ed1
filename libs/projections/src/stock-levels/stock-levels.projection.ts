import type { AssetEvent, ConsumableStockEvent } from '@aidledger/domain';
import { ASSET_STATUS_EVENT_TYPES, assetPlaceChange, type AssetStatus } from '../asset-index/asset-index.projection.js';
import { tableName, type Projection } from '../runtime/projection.js';
import { rowTable } from '../runtime/row-projection.js';
import { loadRowsByKey, toNumber, upsertRows } from '../runtime/rows.js';
import { createIndexes, createTable } from '../runtime/tables.js';

/** Where each aid counts: its status and the warehouse location it is at or left from. */
export type StockAssetRow = {
  asset_id: string;
  article_no: string;
  status: AssetStatus;
  person_id: string | null;
  order_id: string | null;
  location: string;
};

export type StockLevelRow = {
  level_key: string;
  article_no: string;
  location: string;
  ready: number;
  allocated: number;
  in_transit: number;
  on_loan: number;
  awaiting_reconditioning: number;
  scrapped: number;
  quantity_on_hand: number;
  position: number;
};

type Counter =
  'ready' | 'allocated' | 'in_transit' | 'on_loan' | 'awaiting_reconditioning' | 'scrapped' | 'quantity_on_hand';

const COUNTER_OF_STATUS: Record<AssetStatus, Counter> = {
  ready: 'ready',
  allocated: 'allocated',
  inTransit: 'in_transit',
  onLoan: 'on_loan',
  awaitingReconditioning: 'awaiting_reconditioning',
  scrapped: 'scrapped',
};

const CONSUMABLE_EVENT_TYPES = ['ConsumablesReceived', 'ConsumablesDelivered', 'ConsumablesAdjusted'] as const;

export const stockLevelKey = (articleNo: string, location: string): string => `${articleNo}\u001f${location}`;

const emptyLevel = (articleNo: string, location: string): StockLevelRow => ({
  level_key: stockLevelKey(articleNo, location),
  article_no: articleNo,
  location,
  ready: 0,
  allocated: 0,
  in_transit: 0,
  on_loan: 0,
  awaiting_reconditioning: 0,
  scrapped: 0,
  quantity_on_hand: 0,
  position: -1,
});

const consumableChange = (event: ConsumableStockEvent): number => {
  switch (event.type) {
    case 'ConsumablesReceived':
      return event.data.quantity;
    case 'ConsumablesDelivered':
      return -event.data.quantity;
    case 'ConsumablesAdjusted':
      return event.data.quantityChange;
  }
};

type Delta = { articleNo: string; location: string; counter: Counter; change: number; position: number };

/** Registration creates an aid's row; after that only a change of status, holder or location moves it. */
export const evolveStockAssetRow = (row: StockAssetRow | null, event: AssetEvent): StockAssetRow | null => {
  if (event.type === 'AssetRegistered')
    return (
      row ?? {
        asset_id: event.data.assetId,
        article_no: event.data.articleNo,
        status: 'ready',
        person_id: null,
        order_id: null,
        location: event.data.location,
      }
    );
  if (!row) return null;
  const change = assetPlaceChange(event);
  return change ? { ...row, ...change } : row;
};

const stockAssets = rowTable({
  table: 'assets',
  key: 'asset_id',
  columns: {
    asset_id: 'text primary key',
    article_no: 'text not null',
    status: 'text not null',
    person_id: 'text',
    order_id: 'text',
    location: 'text not null',
  },
  handles: ASSET_STATUS_EVENT_TYPES,
  keyOf: (event) => event.data.assetId,
  evolve: evolveStockAssetRow,
});

/** An aid counts once, under its status at its location: a change moves it from one counter to another. */
const countedAt = (asset: StockAssetRow, change: number, position: number): Delta => ({
  articleNo: asset.article_no,
  location: asset.location,
  counter: COUNTER_OF_STATUS[asset.status],
  change,
  position,
});

export const stockLevelsProjection: Projection = {
  name: 'stock-levels',
  version: 1,
  handles: [...stockAssets.handles, ...CONSUMABLE_EVENT_TYPES],
  tables: ['assets', 'levels'],
  async createTables(db, prefix) {
    await stockAssets.createTable(db, prefix);
    await createTable(db, tableName(prefix, 'levels'), {
      level_key: 'text primary key',
      article_no: 'text not null',
      location: 'text not null',
      ready: 'integer not null',
      allocated: 'integer not null',
      in_transit: 'integer not null',
      on_loan: 'integer not null',
      awaiting_reconditioning: 'integer not null',
      scrapped: 'integer not null',
      quantity_on_hand: 'integer not null',
      position: 'bigint not null',
    });
  },
  async createIndexes(db, prefix) {
    await createIndexes(db, tableName(prefix, 'levels'), { article_location: ['article_no', 'location'] });
  },
  async applyBatch(trx, prefix, events) {
    const levelsTable = tableName(prefix, 'levels');
    const deltas: Delta[] = [];
    await stockAssets.apply(trx, prefix, events, (before, after, position) => {
      if (before && before.status === after.status && before.location === after.location) return;
      if (before) deltas.push(countedAt(before, -1, position));
      deltas.push(countedAt(after, 1, position));
    });
    for (const recorded of events) {
      if (!(CONSUMABLE_EVENT_TYPES as readonly string[]).includes(recorded.type)) continue;
      const event = recorded as unknown as ConsumableStockEvent;
      deltas.push({
        articleNo: event.data.articleNo,
        location: event.data.location,
        counter: 'quantity_on_hand',
        change: consumableChange(event),
        position: Number(recorded.position),
      });
    }

    const levels = await loadRowsByKey<StockLevelRow>(
      trx,
      levelsTable,
      'level_key',
      deltas.map((delta) => stockLevelKey(delta.articleNo, delta.location)),
    );
    const positionsBefore = new Map([...levels].map(([key, row]) => [key, toNumber(row.position)]));
    const changedLevels = new Map<string, StockLevelRow>();
    for (const delta of deltas) {
      const key = stockLevelKey(delta.articleNo, delta.location);
      if (delta.counter === 'quantity_on_hand' && delta.position <= (positionsBefore.get(key) ?? -1)) continue;
      // The rows are this batch's own copies, so they are counted up in place.
      let level = changedLevels.get(key);
      if (!level) {
        const loaded = levels.get(key);
        level = loaded
          ? { ...loaded, position: toNumber(loaded.position) }
          : emptyLevel(delta.articleNo, delta.location);
        changedLevels.set(key, level);
      }
      level[delta.counter] = toNumber(level[delta.counter]) + delta.change;
      if (delta.position > level.position) level.position = delta.position;
    }
    await upsertRows(trx, levelsTable, ['level_key'], [...changedLevels.values()]);
  },
};
