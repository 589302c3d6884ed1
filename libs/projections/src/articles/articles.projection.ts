import type { ArticleRegistered } from '@aidledger/domain';
import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import { rowProjection } from '../runtime/row-projection.js';

export type ArticleRow = {
  article_no: string;
  name: string;
  iso_code: string;
  kind: string;
  rentable: number;
};

/** An article is registered once and never changes. */
export const evolveArticleRow = (row: ArticleRow | null, { data }: ArticleRegistered): ArticleRow =>
  row ?? {
    article_no: data.articleNo,
    name: data.name,
    iso_code: data.isoCode,
    kind: data.kind,
    rentable: data.rentable ? 1 : 0,
  };

/** The assortment, for pick lists. */
export const articlesProjection = rowProjection({
  name: 'articles',
  version: 1,
  table: 'articles',
  key: 'article_no',
  columns: {
    article_no: 'text primary key',
    name: 'text not null',
    iso_code: 'text not null',
    kind: 'text not null',
    rentable: 'integer not null',
  },
  handles: ['ArticleRegistered'],
  keyOf: (event) => event.data.articleNo,
  evolve: evolveArticleRow,
});

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
