import { serialInRange, type RecallAction } from '@aidledger/domain';
import { chunk, MAX_PARAMETERS, type ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import type { AssetIndexRow, AssetStatus } from '../asset-index/asset-index.projection.js';
import type { HoldingRow } from '../person-aids/person-aids.projection.js';
import type { RecallRow, RecallUnitRow } from './recalls.projection.js';

/** What a recall names: the article, and optionally lots and a serial range. */
export type RecallCriteria = {
  articleNo: string;
  lots?: string[] | null;
  serialFrom?: string | null;
  serialTo?: string | null;
};

export type RecallSummary = {
  recallId: string;
  title: string;
  articleNo: string;
  lots: string[] | null;
  serialFrom: string | null;
  serialTo: string | null;
  action: RecallAction;
  issuedOn: string;
  affected: number;
  done: number;
  remaining: number;
};

/** An affected aid as it stands now, with where the recall stands for it. */
export type RecallUnit = {
  assetId: string;
  unitNumber: string | null;
  serialNumber: string;
  lot: string | null;
  status: AssetStatus;
  /** The warehouse location it is at, or left from when on loan. */
  location: string;
  doneOn: string | null;
  outcome: string | null;
};

export type RecallProgress = RecallSummary & { units: RecallUnit[] };

/** An affected aid not yet done, with its recall's action: what the warehouse and transport screens list. */
export type OpenRecallUnit = {
  recallId: string;
  title: string;
  action: RecallAction;
  issuedOn: string;
  assetId: string;
  articleNo: string;
  unitNumber: string | null;
  serialNumber: string;
  status: AssetStatus;
  location: string;
};

export type RecallHolders = {
  currentHolder: { personId: string; since: string } | null;
  pastHolders: { personId: string; from: string; to: string }[];
};

/** The asset index with the lot received with each aid (MDR traceability). */
type AssetWithLot = AssetIndexRow;

const summaryOf = (row: RecallRow): RecallSummary => ({
  recallId: row.recall_id,
  title: row.title,
  articleNo: row.article_no,
  lots: row.lots === null ? null : (JSON.parse(row.lots) as string[]),
  serialFrom: row.serial_from,
  serialTo: row.serial_to,
  action: row.action,
  issuedOn: row.issued_on,
  affected: Number(row.affected),
  done: Number(row.done),
  remaining: Number(row.affected) - Number(row.done),
});

const assetsById = async (db: ReadModelDb, assetIds: string[]): Promise<Map<string, AssetWithLot>> => {
  const found = new Map<string, AssetWithLot>();
  const prefix = await activePrefix(db, 'asset-index');
  if (!prefix) return found;
  for (const part of chunk(assetIds, MAX_PARAMETERS)) {
    if (part.length === 0) continue;
    const rows = (await db
      .selectFrom(tableName(prefix, 'assets'))
      .selectAll()
      .where('asset_id', 'in', part)
      .execute()) as AssetWithLot[];
    for (const row of rows) found.set(row.asset_id, row);
  }
  return found;
};

/**
 * The aids a recall affects, from the asset index: the article's aids, of the lots when named, with a serial in the
 * range. Scrapped aids are left out: no one holds them and there is nothing to inspect, pick up or replace.
 */
export const findRecallScope = async (db: ReadModelDb, criteria: RecallCriteria): Promise<string[]> => {
  const prefix = await activePrefix(db, 'asset-index');
  if (!prefix) return [];
  let query = db
    .selectFrom(tableName(prefix, 'assets'))
    .selectAll()
    .where('article_no', '=', criteria.articleNo)
    .where('status', '!=', 'scrapped');
  const lots = criteria.lots?.filter((lot) => lot.trim() !== '').map((lot) => lot.trim()) ?? [];
  if (lots.length > 0) query = query.where('lot', 'in', lots);
  const rows = (await query.orderBy('serial_number').orderBy('asset_id').execute()) as AssetWithLot[];
  const [from, to] = [criteria.serialFrom?.trim() || null, criteria.serialTo?.trim() || null];
  return rows.filter((row) => serialInRange(row.serial_number, from, to)).map((row) => row.asset_id);
};

/** Every recall with its progress, the newest first. */
export const findRecalls = async (db: ReadModelDb): Promise<{ items: RecallSummary[] }> => {
  const prefix = await activePrefix(db, 'recalls');
  if (!prefix) return { items: [] };
  const rows = (await db
    .selectFrom(tableName(prefix, 'recalls'))
    .selectAll()
    .orderBy('issued_on', 'desc')
    .orderBy('recall_id')
    .limit(500)
    .execute()) as RecallRow[];
  return { items: rows.map(summaryOf) };
};

/** One recall with its progress and each affected aid as it stands now; null when it is not (yet) projected. */
export const findRecall = async (db: ReadModelDb, recallId: string): Promise<RecallProgress | null> => {
  const prefix = await activePrefix(db, 'recalls');
  if (!prefix) return null;
  const recall = (await db
    .selectFrom(tableName(prefix, 'recalls'))
    .selectAll()
    .where('recall_id', '=', recallId)
    .executeTakeFirst()) as RecallRow | undefined;
  if (!recall) return null;
  const unitRows = (await db
    .selectFrom(tableName(prefix, 'recall_units'))
    .selectAll()
    .where('recall_id', '=', recallId)
    .orderBy('asset_id')
    .execute()) as RecallUnitRow[];
  const assets = await assetsById(
    db,
    unitRows.map((unit) => unit.asset_id),
  );
  const units = unitRows.map((unit): RecallUnit => {
    const asset = assets.get(unit.asset_id);
    return {
      assetId: unit.asset_id,
      unitNumber: asset?.unit_number ?? null,
      serialNumber: asset?.serial_number ?? '',
      lot: asset?.lot ?? null,
      status: asset?.status ?? 'scrapped',
      location: asset?.location ?? '',
      doneOn: unit.done_on,
      outcome: unit.outcome,
    };
  });
  units.sort((a, b) => a.serialNumber.localeCompare(b.serialNumber) || a.assetId.localeCompare(b.assetId));
  return { ...summaryOf(recall), units };
};

/** The affected aids not yet done, in the given statuses (the warehouse: in stock; transport: on loan). */
export const findOpenRecallUnits = async (
  db: ReadModelDb,
  statuses: readonly AssetStatus[],
): Promise<{ items: OpenRecallUnit[] }> => {
  const prefix = await activePrefix(db, 'recalls');
  if (!prefix) return { items: [] };
  const rows = (await db
    .selectFrom(tableName(prefix, 'recall_units'))
    .selectAll()
    .where('done_on', 'is', null)
    .orderBy('recall_id')
    .orderBy('asset_id')
    .limit(5000)
    .execute()) as RecallUnitRow[];
  const recalls = new Map<string, RecallRow>();
  for (const part of chunk([...new Set(rows.map((row) => row.recall_id))], MAX_PARAMETERS)) {
    if (part.length === 0) continue;
    const found = (await db
      .selectFrom(tableName(prefix, 'recalls'))
      .selectAll()
      .where('recall_id', 'in', part)
      .execute()) as RecallRow[];
    for (const recall of found) recalls.set(recall.recall_id, recall);
  }
  const assets = await assetsById(
    db,
    rows.map((row) => row.asset_id),
  );
  const items: OpenRecallUnit[] = [];
  for (const row of rows) {
    const recall = recalls.get(row.recall_id);
    const asset = assets.get(row.asset_id);
    if (!recall || !asset || !statuses.includes(asset.status)) continue;
    items.push({
      recallId: recall.recall_id,
      title: recall.title,
      action: recall.action,
      issuedOn: recall.issued_on,
      assetId: asset.asset_id,
      articleNo: asset.article_no,
      unitNumber: asset.unit_number,
      serialNumber: asset.serial_number,
      status: asset.status,
      location: asset.location,
    });
  }
  return { items: items.slice(0, 500) };
};

/** Who holds each aid now and who held it before, from the per-person register (person-level: log the read). */
export const findHoldersOf = async (db: ReadModelDb, assetIds: string[]): Promise<Map<string, RecallHolders>> => {
  const holders = new Map<string, RecallHolders>(
    assetIds.map((assetId) => [assetId, { currentHolder: null, pastHolders: [] }]),
  );
  const prefix = await activePrefix(db, 'person-aids');
  if (!prefix) return holders;
  for (const part of chunk(assetIds, MAX_PARAMETERS)) {
    if (part.length === 0) continue;
    const rows = (await db
      .selectFrom(tableName(prefix, 'holdings'))
      .selectAll()
      .where('asset_id', 'in', part)
      .orderBy('since')
      .orderBy('position')
      .execute()) as HoldingRow[];
    for (const row of rows) {
      const entry = holders.get(row.asset_id);
      if (!entry) continue;
      if (row.until === null) entry.currentHolder = { personId: row.person_id, since: row.since };
      else entry.pastHolders.push({ personId: row.person_id, from: row.since, to: row.until });
    }
  }
  return holders;
};

/** An affected aid as the asset index knows it now, in the order given. */
export type RecallAid = Pick<RecallUnit, 'assetId' | 'unitNumber' | 'serialNumber' | 'lot' | 'status'>;

export const findRecallAids = async (db: ReadModelDb, assetIds: string[]): Promise<RecallAid[]> => {
  const assets = await assetsById(db, assetIds);
  return assetIds.map((assetId) => {
    const asset = assets.get(assetId);
    return {
      assetId,
      unitNumber: asset?.unit_number ?? null,
      serialNumber: asset?.serial_number ?? '',
      lot: asset?.lot ?? null,
      status: asset?.status ?? 'scrapped',
    };
  });
};
