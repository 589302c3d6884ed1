import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { requireIsoDay } from '../shared/business-day.js';
import type { BillingMonthCommand } from './billing-month.commands.js';
import type { BillingMonthEvent } from './billing-month.events.js';
import { isValidMonth, monthOf } from './rent.js';

/**
 * The books begin with the first month closed (earlier months were invoiced before aidledger, e.g. by the system
 * it replaced) and are closed through the last; both null before the first close.
 */
export type BillingMonthsState = { booksFrom: string | null; closedThrough: string | null };

export const billingMonthsDecider: Decider<BillingMonthCommand, BillingMonthEvent, BillingMonthsState> = {
  initialState: () => ({ booksFrom: null, closedThrough: null }),
  evolve: (state, event) => ({
    booksFrom: state.booksFrom ?? event.data.month,
    closedThrough:
      state.closedThrough !== null && state.closedThrough > event.data.month ? state.closedThrough : event.data.month,
  }),
  decide: ({ data }, state) => {
    if (!isValidMonth(data.month))
      throw new DomainError('BILLING.INVALID_MONTH', 'month is not a month (YYYY-MM)', 'invalid', { field: 'month' });
    requireIsoDay('today', data.today);
    // Closing a month that is already closed (a retried close, or an earlier month) changes nothing.
    if (state.closedThrough !== null && data.month <= state.closedThrough) return [];
    // A month still running may get more charges: only a month that has ended can be closed.
    if (data.month >= monthOf(data.today))
      throw new DomainError(
        'BILLING.MONTH_NOT_ENDED',
        `Month ${data.month} has not ended (today is ${data.today})`,
        'conflict',
        { month: data.month, today: data.today },
      );
    return [{ type: 'BillingMonthClosed', data: { month: data.month, closedOn: data.today } }];
  },
};
