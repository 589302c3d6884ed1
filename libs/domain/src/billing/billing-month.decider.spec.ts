import { given } from '../testing/decider-spec.js';
import type { CloseBillingMonth } from './billing-month.commands.js';
import { billingMonthsDecider } from './billing-month.decider.js';
import type { BillingMonthEvent } from './billing-month.events.js';

const close = (month: string, today = '2025-11-05'): CloseBillingMonth => ({
  type: 'CloseBillingMonth',
  data: { month, today },
});
const closed = (month: string, closedOn = '2025-11-05'): BillingMonthEvent => ({
  type: 'BillingMonthClosed',
  data: { month, closedOn },
});

describe('billing months decider', () => {
  it('closes a month that has ended', () => {
    given(billingMonthsDecider, [])
      .when(close('2025-10'))
      .then([closed('2025-10')]);
  });

  it('refuses to close the running month or a later one', () => {
    given(billingMonthsDecider, []).when(close('2025-11')).thenThrows('BILLING.MONTH_NOT_ENDED', 'conflict');
    given(billingMonthsDecider, []).when(close('2026-01')).thenThrows('BILLING.MONTH_NOT_ENDED', 'conflict');
  });

  it('closing it again, or an earlier month, changes nothing', () => {
    given(billingMonthsDecider, [closed('2025-10')])
      .when(close('2025-10'))
      .then([]);
    given(billingMonthsDecider, [closed('2025-10')])
      .when(close('2025-08'))
      .then([]);
  });

  it('closes the next month after the last closed one', () => {
    given(billingMonthsDecider, [closed('2025-09', '2025-10-03')])
      .when(close('2025-10'))
      .then([closed('2025-10')]);
  });

  it('knows the month the books began with and the last month closed through', () => {
    expect(given(billingMonthsDecider, [closed('2025-08'), closed('2025-10')]).state).toEqual({
      booksFrom: '2025-08',
      closedThrough: '2025-10',
    });
    expect(given(billingMonthsDecider, []).state).toEqual({ booksFrom: null, closedThrough: null });
  });

  it('refuses what is not a month', () => {
    for (const month of ['2025-13', '2025-1', '25-10', '2025-10-01', ''])
      given(billingMonthsDecider, []).when(close(month)).thenThrows('BILLING.INVALID_MONTH', 'invalid');
  });
});
