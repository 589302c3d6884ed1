import type { ArticleRegistered, OrderPlaced, PersonRegistered } from '@aidledger/domain';
import { tableName, type Projection } from '../runtime/projection.js';
import { rowTable } from '../runtime/row-projection.js';

/** `unknown` when the person's sex is not recorded. */
export type StatisticsSex = 'female' | 'male' | 'other' | 'unknown';

/** One order placed, as the statistics count it: where and what, and whom by id only. */
export type PrescriptionRow = {
  order_id: string;
  person_id: string;
  article_no: string;
  municipality: string;
  placed_on: string;
};

/**
 * What the statistics keep of a person: sex and birth year, no personnummer. `PersonErased` leaves both (they
 * are not personal data fields), so the figures stay the same after an erasure.
 */
export type StatisticsPersonRow = { person_id: string; sex: StatisticsSex; birth_year: number };

/** The article's ISO 9999 class: the first two-digit group of its code ('12 22 03' → '12'). */
export type StatisticsArticleRow = { article_no: string; iso_class: string };

export const isoClassOf = (isoCode: string): string => /^\s*(\d{2})/.exec(isoCode)?.[1] ?? 'unknown';

const prescriptions = rowTable({
  table: 'orders',
  key: 'order_id',
  columns: {
    order_id: 'text primary key',
    person_id: 'text not null',
    article_no: 'text not null',
    municipality: 'text not null',
    placed_on: 'text not null',
  },
  handles: ['OrderPlaced'],
  keyOf: (event) => event.data.orderId,
  evolve: (row: PrescriptionRow | null, { data }: OrderPlaced): PrescriptionRow =>
    row ?? {
      order_id: data.orderId,
      person_id: data.personId,
      article_no: data.articleNo,
      municipality: data.municipality,
      placed_on: data.placedOn,
    },
  indexes: { placed: ['placed_on'] },
});

const persons = rowTable({
  table: 'persons',
  key: 'person_id',
  columns: { person_id: 'text primary key', sex: 'text not null', birth_year: 'integer not null' },
  handles: ['PersonRegistered'],
  keyOf: (event) => event.data.personId,
  evolve: (row: StatisticsPersonRow | null, { data }: PersonRegistered): StatisticsPersonRow =>
    row ?? { person_id: data.personId, sex: data.sex ?? 'unknown', birth_year: data.birthYear },
});

const articles = rowTable({
  table: 'articles',
  key: 'article_no',
  columns: { article_no: 'text primary key', iso_class: 'text not null' },
  handles: ['ArticleRegistered'],
  keyOf: (event) => event.data.articleNo,
  evolve: (row: StatisticsArticleRow | null, { data }: ArticleRegistered): StatisticsArticleRow =>
    row ?? { article_no: data.articleNo, iso_class: isoClassOf(data.isoCode) },
});

const tables = [prescriptions, persons, articles];

/**
 * Orders placed with the person's sex and birth year and the article's ISO class. The three are kept apart and
 * joined when read, so a person or article registered after its order in the log (the import appends in its own
 * order) counts as soon as it is there.
 */
export const prescriptionStatisticsProjection: Projection = {
  name: 'prescription-statistics',
  version: 1,
  handles: tables.flatMap((table) => table.handles),
  tables: ['orders', 'persons', 'articles'],
  async createTables(db, prefix) {
    for (const table of tables) await table.createTable(db, prefix);
  },
  async createIndexes(db, prefix) {
    for (const table of tables) await table.createIndexes(db, prefix);
  },
  async applyBatch(trx, prefix, events) {
    for (const table of tables) await table.apply(trx, prefix, events);
  },
};

export const prescriptionTable = (prefix: string, suffix: 'orders' | 'persons' | 'articles'): string =>
  tableName(prefix, suffix);
