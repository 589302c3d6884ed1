import type { Message } from '../shared/decider.js';

export type ArticleKind = 'individual' | 'consumable';
/** Who pays the rent of an aid: the holder's municipality (the default) or the region. */
export type CostResponsibility = 'municipality' | 'region';

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
    /** Absent in events recorded before it existed: read as `municipality`. */
    costResponsibility?: CostResponsibility;
  }
>;

export type ArticleEvent = ArticleRegistered;

export const articleStream = (articleNo: string): string => `article-${articleNo}`;
