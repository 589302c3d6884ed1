import { requireText } from '../shared/business-day.js';
import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { ArticleCommand } from './article.commands.js';
import type { ArticleEvent, ArticleRegistered } from './article.events.js';

export type ArticleState = { status: 'initial' } | ({ status: 'registered' } & ArticleRegistered['data']);

export type ArticleView = ArticleRegistered['data'];

const invalid = (field: string, message: string): DomainError =>
  new DomainError('ARTICLE.INVALID', message, 'invalid', { field });

const requireNonNegative = (field: string, value: number | null): void => {
  if (value !== null && !(Number.isFinite(value) && value >= 0)) throw invalid(field, `${field} must be 0 or more`);
};

const requirePositiveInteger = (field: string, value: number | null): void => {
  if (value !== null && !(Number.isInteger(value) && value > 0))
    throw invalid(field, `${field} must be a whole number above 0`);
};

export const articleDecider: Decider<ArticleCommand, ArticleEvent, ArticleState> = {
  initialState: () => ({ status: 'initial' }),
  evolve: (_state, event) => ({ status: 'registered', ...event.data }),
  decide: (command, state) => {
    const { data } = command;
    requireText('ARTICLE.INVALID', 'articleNo', data.articleNo);
    requireText('ARTICLE.INVALID', 'name', data.name);
    requireText('ARTICLE.INVALID', 'isoCode', data.isoCode);
    if (data.kind !== 'individual' && data.kind !== 'consumable') {
      throw invalid('kind', 'kind must be individual or consumable');
    }
    const costResponsibility = data.costResponsibility ?? 'municipality';
    if (costResponsibility !== 'municipality' && costResponsibility !== 'region') {
      throw invalid('costResponsibility', 'costResponsibility must be municipality or region');
    }
    const monthlyRentSek = data.monthlyRentSek ?? null;
    const inspectionIntervalMonths = data.inspectionIntervalMonths ?? null;
    const expectedLifetimeYears = data.expectedLifetimeYears ?? null;
    requireNonNegative('purchasePriceSek', data.purchasePriceSek);
    requireNonNegative('monthlyRentSek', monthlyRentSek);
    requirePositiveInteger('inspectionIntervalMonths', inspectionIntervalMonths);
    requireNonNegative('expectedLifetimeYears', expectedLifetimeYears);
    // Rent is charged per started 30-day period, so a rentable article needs its rent.
    if (data.rentable && monthlyRentSek === null) {
      throw invalid('monthlyRentSek', 'a rentable article needs monthlyRentSek');
    }
    if (state.status === 'registered') {
      throw new DomainError(
        'ARTICLE.ALREADY_REGISTERED',
        `Article ${data.articleNo} is already registered`,
        'conflict',
        {
          articleNo: data.articleNo,
        },
      );
    }
    return [
      {
        type: 'ArticleRegistered',
        data: {
          articleNo: data.articleNo,
          name: data.name,
          isoCode: data.isoCode,
          kind: data.kind,
          rentable: data.rentable,
          monthlyRentSek,
          purchasePriceSek: data.purchasePriceSek,
          bulky: data.bulky ?? false,
          inspectionIntervalMonths,
          expectedLifetimeYears,
          costResponsibility,
        },
      },
    ];
  },
};

/** The article as handlers need it (is it individual? rentable?); null when unknown. */
export const articleView = (state: ArticleState): ArticleView | null => {
  if (state.status === 'initial') return null;
  const { status: _status, ...article } = state;
  return article;
};
