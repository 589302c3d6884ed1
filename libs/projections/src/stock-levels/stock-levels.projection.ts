import type { AssetEvent, ConsumableStockEvent } from '@aidledger/domain';
import type { RecordedEvent } from '@aidledger/event-store';
import { ASSET_EVENT_TYPES, evolveAssetRow, type AssetStatus } from '../asset-index/asset-index.projection.js';
import { tableName, type Projection } from '../runtime/projection.js';
import { createIndexes, createTable } from '../runtime/tables.js';
import { loadRowsByKey, toNumber, upsertRows } from '../runtime/rows.js';

/** Where each aid counts: its status and the warehouse location it is at or left from. */
export type StockAssetRow = {
  asset_id: string;
  article_no: string;
  status: AssetStatus;
  person_id: string | null;
  order_id: string | null;
  location: string;
  position: number;
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

const addToCounter = (level: StockLevelRow, counter: Counter, change: number): void => {
  switch (counter) {
    case 'ready':
      level.ready = toNumber(level.ready) + change;
      break;
    case 'allocated':
      level.allocated = toNumber(level.allocated) + change;
      break;
    case 'in_transit':
      level.in_transit = toNumber(level.in_transit) + change;
      break;
    case 'on_loan':
      level.on_loan = toNumber(level.on_loan) + change;
      break;
    case 'awaiting_reconditioning':
      level.awaiting_reconditioning = toNumber(level.awaiting_reconditioning) + change;
      break;
    case 'scrapped':
      level.scrapped = toNumber(level.scrapped) + change;
      break;
    case 'quantity_on_hand':
      level.quantity_on_hand = toNumber(level.quantity_on_hand) + change;
      break;
  }
};

type Delta = { articleNo: string; location: string; counter: Counter; change: number; position: number };

export const stockLevelsProjection: Projection = {
  name: 'stock-levels',
  version: 1,
  handles: [...ASSET_EVENT_TYPES, ...CONSUMABLE_EVENT_TYPES],
  tables: ['assets', 'levels'],
  async createTables(db, prefix) {
    await createTable(db, tableName(prefix, 'assets'), {
      asset_id: 'text primary key',
      article_no: 'text not null',
      status: 'text not null',
      person_id: 'text',
      order_id: 'text',
      location: 'text not null',
      position: 'bigint not null',
    });
    const levels = tableName(prefix, 'levels');
    await createTable(db, levels, {
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
    const levels = tableName(prefix, 'levels');
    await createIndexes(db, levels, { article_location: ['article_no', 'location'] });
  },
  async applyBatch(trx, prefix, events) {
    const assetsTable = tableName(prefix, 'assets');
    const levelsTable = tableName(prefix, 'levels');
    const assetIds = events
      .filter((event) => typeof event.data.assetId === 'string')
      .map((e) => String(e.data.assetId));
    const assets = await loadRowsByKey<StockAssetRow>(trx, assetsTable, 'asset_id', assetIds);
    const changedAssets = new Map<string, StockAssetRow>();
    const deltas: Delta[] = [];
    const consumables: RecordedEvent[] = [];

    for (const recorded of events) {
      if ((CONSUMABLE_EVENT_TYPES as readonly string[]).includes(recorded.type)) {
        consumables.push(recorded);
        continue;
      }
      const event = { type: recorded.type, data: recorded.data } as AssetEvent;
      const position = Number(recorded.position);
      const current = assets.get(event.data.assetId);
      if (current && toNumber(current.position) >= position) continue;
      let next: StockAssetRow;
      if (event.type === 'AssetRegistered') {
        if (current) continue;
        next = {
          asset_id: event.data.assetId,
          article_no: event.data.articleNo,
          status: 'ready',
          person_id: null,
          order_id: null,
          location: event.data.location,
          position,
        };
      } else {
        if (!current) continue;
        next = { ...evolveAssetRow(current, event), position };
        if (next.status === current.status && next.location === current.location) {
          assets.set(next.asset_id, next);
          changedAssets.set(next.asset_id, next);
          continue;
        }
        deltas.push({
          articleNo: current.article_no,
          location: current.location,
          counter: COUNTER_OF_STATUS[current.status],
          change: -1,
          position,
        });
      }
      deltas.push({
        articleNo: next.article_no,
        location: next.location,
        counter: COUNTER_OF_STATUS[next.status],
        change: 1,
        position,
      });
      assets.set(next.asset_id, next);
      changedAssets.set(next.asset_id, next);
    }
    for (const recorded of consumables) {
      const event = { type: recorded.type, data: recorded.data } as ConsumableStockEvent;
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
      addToCounter(level, delta.counter, delta.change);
      if (delta.position > level.position) level.position = delta.position;
    }
    await upsertRows(trx, assetsTable, ['asset_id'], [...changedAssets.values()]);
    await upsertRows(trx, levelsTable, ['level_key'], [...changedLevels.values()]);
  },
};
