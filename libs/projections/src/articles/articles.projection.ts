import type { ArticleRegistered } from '@aidledger/domain';
import type { ReadModelDb, ReadModelTransaction } from '../read-model-db.js';
import { tableName, type Projection } from '../runtime/projection.js';
import { createTable } from '../runtime/tables.js';
import { upsertRows } from '../runtime/rows.js';
import { activePrefix } from '../runtime/projection-state.js';

export type ArticleRow = {
  article_no: string;
  name: string;
  iso_code: string;
  kind: string;
  rentable: number;
  position: number;
};

/** The assortment, for pick lists: an article is registered once and never changes. */
export const articlesProjection: Projection = {
  name: 'articles',
  version: 1,
  handles: ['ArticleRegistered'],
  tables: ['articles'],
  async createTables(db: ReadModelDb | ReadModelTransaction, prefix: string) {
    await createTable(db, tableName(prefix, 'articles'), {
      article_no: 'text primary key',
      name: 'text not null',
      iso_code: 'text not null',
      kind: 'text not null',
      rentable: 'integer not null',
      position: 'bigint not null',
    });
  },
  async applyBatch(trx, prefix, events) {
    const rows = events.map((recorded): ArticleRow => {
      const { data } = recorded as unknown as ArticleRegistered;
      return {
        article_no: data.articleNo,
        name: data.name,
        iso_code: data.isoCode,
        kind: data.kind,
        rentable: data.rentable ? 1 : 0,
        position: Number(recorded.position),
      };
    });
    // Registration happens once per article, so a replay writes the same row again.
    await upsertRows(trx, tableName(prefix, 'articles'), ['article_no'], rows);
  },
};

export type ArticleItem = {
  articleNo: string;
  name: string;
  isoCode: string;
  kind: 'individual' | 'consumable';
  rentable: boolean;
};

export const findArticles = async (db: ReadModelDb): Promise<{ items: ArticleItem[] }> => {
  const prefix = await activePrefix(db, 'articles');
  if (!prefix) return { items: [] };
  const rows = (await db
    .selectFrom(tableName(prefix, 'articles'))
    .selectAll()
    .orderBy('article_no')
    .execute()) as ArticleRow[];
  return {
    items: rows.map((row) => ({
      articleNo: row.article_no,
      name: row.name,
      isoCode: row.iso_code,
      kind: row.kind as ArticleItem['kind'],
      rentable: Number(row.rentable) === 1,
    })),
  };
};
