import type { Message } from '../shared/decider.js';

export type ArticleKind = 'individual' | 'consumable';

export type ArticleRegistered = Message<
  'ArticleRegistered',
  {
    articleNo: string;
    name: string;
    isoCode: string;
    kind: ArticleKind;
    rentable: boolean;
    monthlyRentSek: number | null;
    purchasePriceSek: number;
    bulky: boolean;
    inspectionIntervalMonths: number | null;
    expectedLifetimeYears: number | null;
  }
>;

export type ArticleEvent = ArticleRegistered;

export const articleStream = (articleNo: string): string => `article-${articleNo}`;
