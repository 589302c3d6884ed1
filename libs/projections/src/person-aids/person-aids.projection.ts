import type { AidDelivered, AidReturned, PersonRegistered } from '@aidledger/domain';
import { chunk, MAX_PARAMETERS } from '../read-model-db.js';
import { tableName, type Projection } from '../runtime/projection.js';
import { createIndexes, createTable } from '../runtime/tables.js';
import { loadRowsByKey, toNumber, upsertRows } from '../runtime/rows.js';

/** One period during which a person held an aid; `until` is null while they hold it. */
export type HoldingRow = {
  holding_id: string;
  person_id: string;
  asset_id: string;
  article_no: string;
  order_id: string;
  since: string;
  until: string | null;
  position: number;
};

/** Persons are listed only so a known person without aids is told apart from an unknown id. */
export type PersonRow = { person_id: string; position: number };

type PersonAidEvent = AidDelivered | AidReturned | PersonRegistered;

export const personAidsProjection: Projection = {
  name: 'person-aids',
  version: 1,
  handles: ['PersonRegistered', 'AidDelivered', 'AidReturned'],
  tables: ['persons', 'holdings'],
  async createTables(db, prefix) {
    await createTable(db, tableName(prefix, 'persons'), {
      person_id: 'text primary key',
      position: 'bigint not null',
    });
    const holdings = tableName(prefix, 'holdings');
    await createTable(db, holdings, {
      holding_id: 'text primary key',
      person_id: 'text not null',
      asset_id: 'text not null',
      article_no: 'text not null',
      order_id: 'text not null',
      since: 'text not null',
      until: 'text',
      position: 'bigint not null',
    });
    await createIndexes(db, holdings, { person: ['person_id', 'since'], asset: ['asset_id', 'until'] });
  },
  async applyBatch(trx, prefix, events) {
    const personsTable = tableName(prefix, 'persons');
    const holdingsTable = tableName(prefix, 'holdings');
    const persons = new Map<string, PersonRow>();
    const changed = new Map<string, HoldingRow>();
    const deliveredIds = events.filter((event) => event.type === 'AidDelivered').map((event) => event.id);
    const known = await loadRowsByKey<HoldingRow>(trx, holdingsTable, 'holding_id', deliveredIds);
    const returnedAssets = [
      ...new Set(events.filter((event) => event.type === 'AidReturned').map((e) => String(e.data.assetId))),
    ];
    const openByAsset = new Map<string, HoldingRow>();
    if (returnedAssets.length > 0) {
      for (const part of chunk(returnedAssets, MAX_PARAMETERS)) {
        const open = (await trx
          .selectFrom(holdingsTable)
          .selectAll()
          .where('asset_id', 'in', part)
          .where('until', 'is', null)
          .execute()) as HoldingRow[];
        for (const row of open) openByAsset.set(row.asset_id, row);
      }
    }

    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as PersonAidEvent;
      const position = Number(recorded.position);
      switch (event.type) {
        case 'PersonRegistered':
          persons.set(event.data.personId, { person_id: event.data.personId, position });
          break;
        case 'AidDelivered': {
          if (known.has(recorded.id) || changed.has(recorded.id)) break;
          const holding: HoldingRow = {
            holding_id: recorded.id,
            person_id: event.data.personId,
            asset_id: event.data.assetId,
            article_no: event.data.articleNo,
            order_id: event.data.orderId,
            since: event.data.deliveredOn,
            until: null,
            position,
          };
          changed.set(holding.holding_id, holding);
          openByAsset.set(holding.asset_id, holding);
          break;
        }
        case 'AidReturned': {
          const open = openByAsset.get(event.data.assetId);
          if (!open || toNumber(open.position) >= position) break;
          const closed = { ...open, until: event.data.returnedOn, position };
          changed.set(closed.holding_id, closed);
          openByAsset.delete(event.data.assetId);
          break;
        }
      }
    }
    await upsertRows(trx, personsTable, ['person_id'], [...persons.values()]);
    await upsertRows(trx, holdingsTable, ['holding_id'], [...changed.values()]);
  },
};
