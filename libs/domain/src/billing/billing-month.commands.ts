import type { Message, Today } from '../shared/decider.js';

export type CloseBillingMonth = Message<'CloseBillingMonth', { month: string } & Today>;

export type BillingMonthCommand = CloseBillingMonth;
