import type {
  AidDelivered,
  AidDeliveryReversed,
  AidReturned,
  BusinessDateCorrected,
  PersonRegistered,
} from '@aidledger/domain';
import { chunk, MAX_PARAMETERS } from '../read-model-db.js';
import { tableName, type Projection } from '../runtime/projection.js';
import { createIndexes, createTable } from '../runtime/tables.js';
import { toNumber, upsertRows } from '../runtime/rows.js';

/** One period during which a person held an aid; `until` is null while they hold it. */
export type HoldingRow = {
  /** `<assetId>:<revision of its AidDelivered>`, so a correction or reversal naming that revision finds it. */
  holding_id: string;
  person_id: string;
  asset_id: string;
  article_no: string;
  order_id: string;
  since: string;
  until: string | null;
  /** The revision of the AidReturned that ended it, so a corrected `returnedOn` finds it. */
  returned_revision: number | null;
  position: number;
};

/** Persons are listed only so a known person without aids is told apart from an unknown id. */
export type PersonRow = { person_id: string; position: number };

type PersonAidEvent = AidDelivered | AidReturned | BusinessDateCorrected | AidDeliveryReversed | PersonRegistered;

export const holdingId = (assetId: string, revision: number | bigint): string => `${assetId}:${revision}`;

export const personAidsProjection: Projection = {
  name: 'person-aids',
  // 2: holdings keyed by asset and revision; corrected days and reversed deliveries followed.
  version: 2,
  handles: ['PersonRegistered', 'AidDelivered', 'AidReturned', 'BusinessDateCorrected', 'AidDeliveryReversed'],
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
      returned_revision: 'integer',
      position: 'bigint not null',
    });
    await createIndexes(db, holdings, { person: ['person_id', 'since'], asset: ['asset_id', 'until'] });
  },
  async applyBatch(trx, prefix, events) {
    const personsTable = tableName(prefix, 'persons');
    const holdingsTable = tableName(prefix, 'holdings');
    const persons = new Map<string, PersonRow>();
    // Every holding of the aids this batch touches, by aid and id; the batch's changes are made here.
    const byAsset = new Map<string, Map<string, HoldingRow>>();
    const changed = new Map<string, HoldingRow>();
    const reversed = new Set<string>();
    const assets = [
      ...new Set(events.filter((event) => event.type !== 'PersonRegistered').map((e) => String(e.data.assetId))),
    ];
    for (const assetId of assets) byAsset.set(assetId, new Map());
    for (const part of chunk(assets, MAX_PARAMETERS)) {
      const found = (await trx
        .selectFrom(holdingsTable)
        .selectAll()
        .where('asset_id', 'in', part)
        .execute()) as HoldingRow[];
      for (const row of found) byAsset.get(row.asset_id)?.set(row.holding_id, row);
    }
    const holdingsOf = (assetId: string): Map<string, HoldingRow> => byAsset.get(assetId) ?? new Map();
    const holdingOf = (assetId: string, found: (row: HoldingRow) => boolean): HoldingRow | undefined =>
      [...holdingsOf(assetId).values()].find(found);
    const change = (row: HoldingRow): void => {
      holdingsOf(row.asset_id).set(row.holding_id, row);
      changed.set(row.holding_id, row);
      reversed.delete(row.holding_id);
    };

    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as PersonAidEvent;
      const position = Number(recorded.position);
      switch (event.type) {
        case 'PersonRegistered':
          persons.set(event.data.personId, { person_id: event.data.personId, position });
          break;
        case 'AidDelivered': {
          const id = holdingId(event.data.assetId, recorded.revision);
          if (holdingsOf(event.data.assetId).has(id)) break;
          change({
            holding_id: id,
            person_id: event.data.personId,
            asset_id: event.data.assetId,
            article_no: event.data.articleNo,
            order_id: event.data.orderId,
            since: event.data.deliveredOn,
            until: null,
            returned_revision: null,
            position,
          });
          break;
        }
        case 'AidReturned': {
          const open = holdingOf(event.data.assetId, (row) => row.until === null);
          if (!open || toNumber(open.position) >= position) break;
          change({ ...open, until: event.data.returnedOn, returned_revision: Number(recorded.revision), position });
          break;
        }
        case 'BusinessDateCorrected': {
          const { assetId, revision, field, to } = event.data;
          const held =
            field === 'deliveredOn'
              ? holdingsOf(assetId).get(holdingId(assetId, revision))
              : field === 'returnedOn'
                ? holdingOf(assetId, (row) => toNumber(row.returned_revision) === revision)
                : undefined;
          if (!held || toNumber(held.position) >= position) break;
          change(field === 'deliveredOn' ? { ...held, since: to, position } : { ...held, until: to, position });
          break;
        }
        case 'AidDeliveryReversed': {
          // The loan never happened: the person never held the aid, so its row goes.
          const id = holdingId(event.data.assetId, event.data.revision);
          holdingsOf(event.data.assetId).delete(id);
          changed.delete(id);
          reversed.add(id);
          break;
        }
      }
    }
    await upsertRows(trx, personsTable, ['person_id'], [...persons.values()]);
    await upsertRows(trx, holdingsTable, ['holding_id'], [...changed.values()]);
    for (const part of chunk([...reversed], MAX_PARAMETERS))
      await trx.deleteFrom(holdingsTable).where('holding_id', 'in', part).execute();
  },
};
