import type { CommandInput } from '../shared/references.js';
import type { ArticleKind } from './article.events.js';

export type RegisterArticle = {
  type: 'RegisterArticle';
  data: {
    articleNo: string;
    name: string;
    isoCode: string;
    kind: ArticleKind;
    rentable: boolean;
    monthlyRentSek?: number | null;
    purchasePriceSek: number;
    bulky?: boolean;
    inspectionIntervalMonths?: number | null;
    expectedLifetimeYears?: number | null;
  };
};

export type ArticleCommand = RegisterArticle;

export type ArticleCommandInput = CommandInput<ArticleCommand, never>;
