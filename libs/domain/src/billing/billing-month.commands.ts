import type { Message, Today } from '../shared/decider.js';
import type { CommandInput } from '../shared/references.js';

export type CloseBillingMonth = Message<'CloseBillingMonth', { month: string } & Today>;

export type BillingMonthCommand = CloseBillingMonth;

export type BillingMonthCommandInput = CommandInput<BillingMonthCommand, 'month'>;
