import type { ArticleRegistered } from '@aidledger/domain';
import { eventLog } from '../testing/events.js';
import { evolveSpec, projectionSpec } from '../testing/projection-spec.js';
import { articlesProjection, evolveArticleRow } from './articles.projection.js';

const wheelchair: ArticleRegistered['data'] = {
  articleNo: 'A-1',
  name: 'Rullstol',
  isoCode: '12 22 03',
  kind: 'individual',
  rentable: true,
  monthlyRentSek: 200,
  purchasePriceSek: 9000,
  bulky: false,
  inspectionIntervalMonths: null,
  expectedLifetimeYears: 8,
};
const pads: ArticleRegistered['data'] = {
  articleNo: 'B-2',
  name: 'Inkontinensskydd',
  isoCode: '09 30 21',
  kind: 'consumable',
  rentable: false,
  monthlyRentSek: null,
  purchasePriceSek: 12,
  bulky: false,
  inspectionIntervalMonths: null,
  expectedLifetimeYears: null,
};

describe('articles projection', () => {
  it('lists each registered article once', async () => {
    const e = eventLog();
    await projectionSpec(articlesProjection)
      .given(e('ArticleRegistered', wheelchair), e('ArticleRegistered', pads))
      .then('articles', [
        { article_no: 'A-1', kind: 'individual', rentable: 1 },
        { article_no: 'B-2', kind: 'consumable', rentable: 0 },
      ]);
  });
});

describe('articles evolve', () => {
  const articles = evolveSpec(evolveArticleRow);
  const e = eventLog();

  it('keeps what a pick list shows, rentable as 1 or 0', () => {
    articles
      .given(e('ArticleRegistered', pads))
      .then({ article_no: 'B-2', name: 'Inkontinensskydd', iso_code: '09 30 21', kind: 'consumable', rentable: 0 });
  });

  it('an article is registered once: registering it again changes nothing', () => {
    const { row } = articles.given(e('ArticleRegistered', wheelchair));
    expect(evolveArticleRow(row, e('ArticleRegistered', { ...wheelchair, name: 'Rullstol XL' }))).toBe(row);
  });
});
