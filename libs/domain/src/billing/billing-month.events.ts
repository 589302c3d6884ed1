import type { Message } from '../shared/decider.js';

/**
 * The books are closed through `month` (YYYY-MM): its invoice basis, and that of every earlier month since the
 * books began, is frozen. The first close begins the books: months before it were invoiced before aidledger
 * (e.g. by the system it replaced) and are neither charged nor corrected here. A later back-dated event that
 * changes a closed month adds correction lines to the first open month instead.
 */
export type BillingMonthClosed = Message<'BillingMonthClosed', { month: string; closedOn: string }>;

export type BillingMonthEvent = BillingMonthClosed;

/** One stream for the books: months close in order, so the last closed month is one fact. */
export const BILLING_MONTHS_STREAM = 'billing-months';
