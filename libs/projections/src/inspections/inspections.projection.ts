import {
  addMonths,
  inspectionDueOn,
  type ArticleRegistered,
  type AssetEvent,
  type PersonMoved,
  type PersonRegistered,
} from '@aidledger/domain';
import { ASSET_STATUS_EVENT_TYPES, assetPlaceChange, type AssetStatus } from '../asset-index/asset-index.projection.js';
import { tableName, type Projection } from '../runtime/projection.js';
import { rowTable, type Recorded } from '../runtime/row-projection.js';
import { loadRowsByKey } from '../runtime/rows.js';

/** What an aid's inspections and lifetime need of its article; articles never change once registered. */
export type InspectedArticleRow = {
  article_no: string;
  inspection_interval_months: number | null;
  /** The expected lifetime in whole months (a fractional year counts its months). */
  expected_lifetime_months: number | null;
};

/** An inspection by the stream revision it was recorded at, so a corrected day finds it. */
type Inspection = [revision: number, day: string, passed: boolean];

/**
 * One aid: where it is, who holds it (on loan), when its next inspection is due and whether it is out of service.
 * Like the asset decider: due the article's interval after the last passed inspection, or after the receipt;
 * out of service when its latest inspection failed and no repair was completed since.
 */
export type InspectionAssetRow = {
  asset_id: string;
  article_no: string;
  unit_number: string | null;
  status: AssetStatus;
  location: string;
  /** The person it is on loan to; null in any other status. */
  holder_id: string | null;
  received_on: string;
  /** Null when the article needs no inspections. */
  interval_months: number | null;
  /** JSON list of the aid's inspections, `[revision, day, passed]`, oldest first. */
  inspections: string;
  /** The revision of the latest completed repair, -1 before any. */
  repaired_at: number;
  due_on: string | null;
  out_of_service: number;
  /** The day the article's expected lifetime ends for this aid; null when the article states none. */
  lifetime_ends_on: string | null;
};

/** The holder's municipality, for the due list: the latest by the day of the move. */
export type InspectionHolderRow = { person_id: string; municipality: string; moved_on: string };

const ARTICLE_EVENT_TYPES = ['ArticleRegistered'] as const;
const PERSON_EVENT_TYPES = ['PersonRegistered', 'PersonMoved'] as const;
export const INSPECTION_ASSET_EVENT_TYPES = [
  ...ASSET_STATUS_EVENT_TYPES,
  'AidInspected',
  'AidRepaired',
  'UnitNumberAssigned',
  'BusinessDateCorrected',
] as const satisfies readonly AssetEvent['type'][];

export const evolveInspectedArticleRow = (
  row: InspectedArticleRow | null,
  { data }: ArticleRegistered,
): InspectedArticleRow =>
  row ?? {
    article_no: data.articleNo,
    inspection_interval_months: data.inspectionIntervalMonths,
    expected_lifetime_months: data.expectedLifetimeYears === null ? null : Math.round(data.expectedLifetimeYears * 12),
  };

export const evolveInspectionHolderRow = (
  row: InspectionHolderRow | null,
  event: PersonRegistered | PersonMoved,
): InspectionHolderRow | null => {
  if (event.type === 'PersonRegistered')
    return row ?? { person_id: event.data.personId, municipality: event.data.municipality, moved_on: '' };
  const { personId, toMunicipality, movedOn } = event.data;
  // A move registered late, behind a later one, does not undo the later one.
  if (row && row.moved_on > movedOn) return row;
  return { person_id: personId, municipality: toMunicipality, moved_on: movedOn };
};

/** The due day and out-of-service flag that follow from the aid's inspections and repairs. */
const withInspectionState = (row: InspectionAssetRow): InspectionAssetRow => {
  const inspections = JSON.parse(row.inspections) as Inspection[];
  const lastPassed = inspections.findLast(([, , passed]) => passed)?.[1] ?? row.received_on;
  const latest = inspections.at(-1);
  const outOfService = latest !== undefined && !latest[2] && latest[0] > row.repaired_at;
  return {
    ...row,
    due_on: row.interval_months ? inspectionDueOn(lastPassed, row.interval_months) : null,
    out_of_service: outOfService ? 1 : 0,
  };
};

/** The asset evolve, given the articles' facts (an aid's article is always registered before the aid). */
export const evolveInspectionAssetRow =
  (articleOf: (articleNo: string) => InspectedArticleRow | undefined) =>
  (row: InspectionAssetRow | null, event: AssetEvent, { revision }: Recorded): InspectionAssetRow | null => {
    if (event.type === 'AssetRegistered') {
      if (row) return row;
      const { assetId, articleNo, unitNumber, location, receivedOn } = event.data;
      const article = articleOf(articleNo);
      const lifetime = article?.expected_lifetime_months;
      return withInspectionState({
        asset_id: assetId,
        article_no: articleNo,
        unit_number: unitNumber ?? null,
        status: 'ready',
        location,
        holder_id: null,
        received_on: receivedOn,
        interval_months: article?.inspection_interval_months ?? null,
        inspections: '[]',
        repaired_at: -1,
        due_on: null,
        out_of_service: 0,
        lifetime_ends_on: lifetime ? addMonths(receivedOn, lifetime) : null,
      });
    }
    if (!row) return null;
    switch (event.type) {
      case 'AidInspected': {
        const inspections = JSON.parse(row.inspections) as Inspection[];
        const { inspectedOn, passed } = event.data;
        return withInspectionState({
          ...row,
          inspections: JSON.stringify([...inspections, [Number(revision), inspectedOn, passed]]),
        });
      }
      case 'AidRepaired':
        return withInspectionState({ ...row, repaired_at: Number(revision) });
      case 'UnitNumberAssigned':
        return { ...row, unit_number: event.data.unitNumber };
      case 'BusinessDateCorrected': {
        if (event.data.eventType !== 'AidInspected') return row;
        const { revision: at, to } = event.data;
        const inspections = (JSON.parse(row.inspections) as Inspection[]).map(([rev, day, passed]): Inspection => [
          rev,
          rev === at ? to : day,
          passed,
        ]);
        return withInspectionState({ ...row, inspections: JSON.stringify(inspections) });
      }
      default: {
        const change = assetPlaceChange(event);
        if (!change) return row;
        const status = change.status ?? row.status;
        const holder = status === 'onLoan' ? (change.person_id ?? row.holder_id) : null;
        return { ...row, status, location: change.location ?? row.location, holder_id: holder };
      }
    }
  };

const ASSET_COLUMNS = {
  asset_id: 'text primary key',
  article_no: 'text not null',
  unit_number: 'text',
  status: 'text not null',
  location: 'text not null',
  holder_id: 'text',
  received_on: 'text not null',
  interval_months: 'integer',
  inspections: 'text not null',
  repaired_at: 'integer not null',
  due_on: 'text',
  out_of_service: 'integer not null',
  lifetime_ends_on: 'text',
} as const;

const articles = rowTable({
  table: 'articles',
  key: 'article_no',
  columns: {
    article_no: 'text primary key',
    inspection_interval_months: 'integer',
    expected_lifetime_months: 'integer',
  },
  handles: ARTICLE_EVENT_TYPES,
  keyOf: (event) => event.data.articleNo,
  evolve: evolveInspectedArticleRow,
});

const holders = rowTable({
  table: 'holders',
  key: 'person_id',
  columns: { person_id: 'text primary key', municipality: 'text not null', moved_on: 'text not null' },
  handles: PERSON_EVENT_TYPES,
  keyOf: (event) => event.data.personId,
  evolve: evolveInspectionHolderRow,
});

const assetsWith = (articleOf: (articleNo: string) => InspectedArticleRow | undefined) =>
  rowTable({
    table: 'assets',
    key: 'asset_id',
    columns: ASSET_COLUMNS,
    handles: INSPECTION_ASSET_EVENT_TYPES,
    keyOf: (event) => event.data.assetId,
    evolve: evolveInspectionAssetRow(articleOf),
    indexes: { due: ['due_on', 'asset_id'], lifetime: ['lifetime_ends_on'], holder: ['holder_id'] },
  });

/** Aids' inspection due days, out-of-service flags and expected lifetimes, with their holders' municipalities. */
export const inspectionsProjection: Projection = {
  name: 'inspections',
  version: 1,
  handles: [...ARTICLE_EVENT_TYPES, ...PERSON_EVENT_TYPES, ...INSPECTION_ASSET_EVENT_TYPES],
  tables: ['articles', 'holders', 'assets'],
  async createTables(db, prefix) {
    await articles.createTable(db, prefix);
    await holders.createTable(db, prefix);
    await assetsWith(() => undefined).createTable(db, prefix);
  },
  async createIndexes(db, prefix) {
    await assetsWith(() => undefined).createIndexes(db, prefix);
  },
  async applyBatch(trx, prefix, events) {
    await articles.apply(trx, prefix, events);
    await holders.apply(trx, prefix, events);
    const received = events.filter((event) => event.type === 'AssetRegistered');
    const articleNos = received.map((event) => String((event.data as { articleNo: string }).articleNo));
    const known = await loadRowsByKey<InspectedArticleRow>(
      trx,
      tableName(prefix, 'articles'),
      'article_no',
      articleNos,
    );
    await assetsWith((articleNo) => known.get(articleNo)).apply(trx, prefix, events);
  },
};
