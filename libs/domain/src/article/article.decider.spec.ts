import { given } from '../testing/decider-spec.js';
import type { RegisterArticle } from './article.commands.js';
import { articleDecider, articleView } from './article.decider.js';
import type { ArticleEvent } from './article.events.js';

const data: RegisterArticle['data'] = {
  articleNo: 'WC-100',
  name: 'Manual wheelchair',
  isoCode: '12 22 03',
  kind: 'individual',
  rentable: true,
  monthlyRentSek: 250,
  purchasePriceSek: 9000,
};
const register = (overrides: Partial<RegisterArticle['data']> = {}): RegisterArticle => ({
  type: 'RegisterArticle',
  data: { ...data, ...overrides },
});
const registered: ArticleEvent = {
  type: 'ArticleRegistered',
  data: {
    ...data,
    monthlyRentSek: 250,
    bulky: false,
    inspectionIntervalMonths: null,
    expectedLifetimeYears: null,
    costResponsibility: 'municipality',
  },
};

describe('article decider', () => {
  it('registers an article, filling optional facts with their defaults', () => {
    given(articleDecider, []).when(register()).then([registered]);
  });

  it('an aid the region pays for keeps its cost responsibility', () => {
    given(articleDecider, [])
      .when(register({ costResponsibility: 'region' }))
      .then([{ type: 'ArticleRegistered', data: { ...registered.data, costResponsibility: 'region' } }]);
  });

  it('refuses a cost responsibility that is neither municipality nor region', () => {
    given(articleDecider, [])
      .when(register({ costResponsibility: 'state' as never }))
      .thenThrows('ARTICLE.INVALID', 'invalid');
  });

  it('an article registers once', () => {
    given(articleDecider, [registered]).when(register()).thenThrows('ARTICLE.ALREADY_REGISTERED', 'conflict');
  });

  it('a rentable article needs its monthly rent', () => {
    given(articleDecider, [])
      .when(register({ monthlyRentSek: null }))
      .thenThrows('ARTICLE.INVALID', 'invalid');
  });

  it('refuses a negative price', () => {
    given(articleDecider, [])
      .when(register({ purchasePriceSek: -1 }))
      .thenThrows('ARTICLE.INVALID', 'invalid');
  });

  it('articleView tells handlers the article kind', () => {
    expect(articleView(articleDecider.initialState())).toBeNull();
    expect(articleView(given(articleDecider, [registered]).state)).toEqual(registered.data);
  });
});
