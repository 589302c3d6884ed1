import {
  chargedPeriods,
  correctionsFor,
  monthBounds,
  nextMonth,
  payerTimeline,
  rentCharges,
  rentEndDay,
  rentPeriods,
  type BilledCharge,
  type EventRef,
  type HolderMove,
  type LoanFacts,
  type PayerOfMunicipality,
} from './rent.js';

const delivered: EventRef = { streamId: 'asset-a1', revision: 3 };
const ordered: EventRef = { streamId: 'order-o1', revision: 0 };
const payers: Record<string, { payerId: string; because: EventRef }> = {
  Västerås: { payerId: 'KUND-VASTERAS', because: { streamId: 'payer-KUND-VASTERAS', revision: 0 } },
  Köping: { payerId: 'KUND-KOPING', because: { streamId: 'payer-KUND-KOPING', revision: 0 } },
};
const payerOf: PayerOfMunicipality = (municipality) => payers[municipality] ?? null;
const moveTo = (toMunicipality: string, movedOn: string, revision = 1): HolderMove => ({
  movedOn,
  toMunicipality,
  because: { streamId: 'person-p1', revision },
});

/** A loan of an aid costing 500 kr a period, ordered with Västerås as payer. */
const loan = (
  deliveredOn: string,
  endDay: string | null,
  moves: HolderMove[] = [],
  responsibility: 'municipality' | 'region' = 'municipality',
): LoanFacts => ({
  deliveredOn,
  endDay,
  monthlyRentSek: 500,
  timeline: payerTimeline(
    { deliveredOn, orderPayerId: 'KUND-VASTERAS', because: [ordered] },
    responsibility,
    moves,
    payerOf,
  ),
  because: [delivered],
});

const starts = (deliveredOn: string, endDay: string | null, until = '2030-01-01') =>
  rentPeriods(deliveredOn, endDay, until).map((period) => period.start);

describe('rent per started 30-day period', () => {
  it('delivered and returned the same day: one period', () => {
    expect(chargedPeriods('2025-03-04', '2025-03-04')).toBe(1);
    expect(rentPeriods('2025-03-04', '2025-03-04', '2025-12-31')).toEqual([
      { periodNo: 0, start: '2025-03-04', end: '2025-03-04' },
    ]);
  });

  it('returned on day 30 of the loan (29 days on): one period', () => {
    expect(starts('2025-03-04', '2025-04-02')).toEqual(['2025-03-04']);
  });

  it('a period that would start on the return day is not charged (DESIGN: 2025-03-04 to 2025-04-03)', () => {
    expect(starts('2025-03-04', '2025-04-03')).toEqual(['2025-03-04']);
  });

  it('returned on day 31 after the delivery day starts a second period (2025-04-04: two)', () => {
    expect(starts('2025-03-04', '2025-04-04')).toEqual(['2025-03-04', '2025-04-03']);
    expect(rentPeriods('2025-03-04', '2025-04-04', '2025-12-31')[1]).toEqual({
      periodNo: 1,
      start: '2025-04-03',
      end: '2025-04-04',
    });
  });

  it('max(1, ⌈d / 30⌉) for every length of loan up to a year', () => {
    for (let days = 0; days <= 366; days++) {
      const end = new Date(Date.UTC(2025, 0, 1 + days)).toISOString().slice(0, 10);
      expect(rentPeriods('2025-01-01', end, '2030-01-01')).toHaveLength(Math.max(1, Math.ceil(days / 30)));
    }
  });

  it('a loan that runs on has the periods started by the day asked about', () => {
    expect(starts('2025-03-04', null, '2025-03-03')).toEqual([]);
    expect(starts('2025-03-04', null, '2025-03-04')).toEqual(['2025-03-04']);
    expect(starts('2025-03-04', null, '2025-04-02')).toEqual(['2025-03-04']);
    expect(starts('2025-03-04', null, '2025-04-03')).toEqual(['2025-03-04', '2025-04-03']);
  });

  it('each period costs the full rent and belongs to the month it starts in', () => {
    const charges = rentCharges(loan('2025-01-20', '2025-03-01'), '2025-12-31');
    expect(charges.map((charge) => [charge.periodStart, charge.amountSek])).toEqual([
      ['2025-01-20', 500],
      ['2025-02-19', 500],
    ]);
    expect(charges.every((charge) => charge.because.some((ref) => ref.streamId === 'asset-a1'))).toBe(true);
  });
});

describe('rent stops after a pickup request', () => {
  it('on the third Swedish working day after the request, when the aid comes back later', () => {
    // Monday 2025-03-10 + 3 working days = Thursday 2025-03-13.
    expect(rentEndDay('2025-03-20', '2025-03-10')).toBe('2025-03-13');
  });

  it('on the return day when the aid came back sooner', () => {
    expect(rentEndDay('2025-03-11', '2025-03-10')).toBe('2025-03-11');
    expect(rentEndDay('2025-03-11', null)).toBe('2025-03-11');
    expect(rentEndDay(null, null)).toBeNull();
  });

  it('a request on the Friday before midsommar: the holiday and the weekend do not count', () => {
    // 2026-06-12 is a Friday; +3 working days is Wednesday 2026-06-17.
    expect(rentEndDay(null, '2026-06-12')).toBe('2026-06-17');
    // A request on Wednesday 2026-06-17: Thursday 18, then midsommarafton (Friday 19), the weekend and
    // Monday 22, Tuesday 23.
    expect(rentEndDay(null, '2026-06-17')).toBe('2026-06-23');
    // A request on midsommarafton itself (Friday 2026-06-19).
    expect(rentEndDay(null, '2026-06-19')).toBe('2026-06-24');
  });

  it('a rent stop that falls on a new period’s first day leaves that period uncharged', () => {
    // Delivered 2026-05-19; the second period would start 2026-06-18. Requested 2026-06-15 (Monday): stop
    // Thursday 2026-06-18, the day the second period would begin.
    const end = rentEndDay(null, '2026-06-15');
    expect(end).toBe('2026-06-18');
    expect(starts('2026-05-19', end)).toEqual(['2026-05-19']);
    expect(starts('2026-05-19', rentEndDay(null, '2026-06-16'))).toEqual(['2026-05-19', '2026-06-18']);
  });

  it('counts a rent stop not yet reached as the end of the loan', () => {
    expect(rentEndDay(null, '2025-12-30', 5)).toBe('2026-01-09');
  });
});

describe('who pays, day by day', () => {
  it('a move on a period’s first day: the new municipality pays that period', () => {
    // Periods start 2025-01-01, 01-31, 03-02.
    const charges = rentCharges(loan('2025-01-01', '2025-03-20', [moveTo('Köping', '2025-01-31')]), '2025-12-31');
    expect(charges.map((charge) => charge.payerId)).toEqual(['KUND-VASTERAS', 'KUND-KOPING', 'KUND-KOPING']);
    expect(charges[1]!.because).toEqual(
      expect.arrayContaining([
        { streamId: 'person-p1', revision: 1 },
        { streamId: 'payer-KUND-KOPING', revision: 0 },
      ]),
    );
  });

  it('a move on a period’s last day: the old payer keeps that period, the new one pays from the next', () => {
    const charges = rentCharges(loan('2025-01-01', '2025-03-20', [moveTo('Köping', '2025-01-30')]), '2025-12-31');
    expect(charges.map((charge) => charge.payerId)).toEqual(['KUND-VASTERAS', 'KUND-KOPING', 'KUND-KOPING']);
    const later = rentCharges(loan('2025-01-01', '2025-03-20', [moveTo('Köping', '2025-03-01')]), '2025-12-31');
    expect(later.map((charge) => charge.payerId)).toEqual(['KUND-VASTERAS', 'KUND-VASTERAS', 'KUND-KOPING']);
  });

  it('a move on the delivery day: the new municipality pays from the first period', () => {
    const charges = rentCharges(loan('2025-01-01', '2025-01-10', [moveTo('Köping', '2025-01-01')]), '2025-12-31');
    expect(charges.map((charge) => charge.payerId)).toEqual(['KUND-KOPING']);
  });

  it('a move dated before the delivery day leaves the order’s payer', () => {
    const charges = rentCharges(loan('2025-01-01', '2025-01-10', [moveTo('Köping', '2024-12-01')]), '2025-12-31');
    expect(charges.map((charge) => charge.payerId)).toEqual(['KUND-VASTERAS']);
  });

  it('an aid with regional cost responsibility keeps the order’s payer', () => {
    const charges = rentCharges(
      loan('2025-01-01', '2025-03-20', [moveTo('Köping', '2025-01-31')], 'region'),
      '2025-12-31',
    );
    expect(charges.map((charge) => charge.payerId)).toEqual(['KUND-VASTERAS', 'KUND-VASTERAS', 'KUND-VASTERAS']);
  });

  it('a move to a municipality with no payer registered keeps the previous payer', () => {
    const charges = rentCharges(loan('2025-01-01', '2025-02-20', [moveTo('Sala', '2025-01-15')]), '2025-12-31');
    expect(charges.map((charge) => charge.payerId)).toEqual(['KUND-VASTERAS', 'KUND-VASTERAS']);
  });

  it('moves registered out of order are taken in the order of their days', () => {
    const moves = [moveTo('Västerås', '2025-02-10', 2), moveTo('Köping', '2025-01-15', 1)];
    const charges = rentCharges(loan('2025-01-01', '2025-03-20', moves), '2025-12-31');
    // Periods: 01-01 (Västerås, order), 01-31 (Köping since 01-15), 03-02 (Västerås again since 02-10).
    expect(charges.map((charge) => charge.payerId)).toEqual(['KUND-VASTERAS', 'KUND-KOPING', 'KUND-VASTERAS']);
  });
});

describe('corrections of closed months', () => {
  const books = { from: '2025-01', through: '2025-02' };
  const billedAs = (facts: LoanFacts): BilledCharge[] =>
    rentCharges(facts, '2025-12-31')
      .filter((charge) => charge.periodStart < '2025-03-01')
      .map((charge) => ({ ...charge, lineId: `rent:a1:3:${charge.periodNo}` }));

  it('a back-dated move into a closed month credits the old payer’s line and charges the new payer', () => {
    // Books closed through February. Periods start 01-01, 01-31, 03-02; the move is registered in March,
    // dated 2025-01-20.
    const billed = billedAs(loan('2025-01-01', '2025-03-20'));
    const due = rentCharges(loan('2025-01-01', '2025-03-20', [moveTo('Köping', '2025-01-20')]), '2025-12-31');
    const { credits, recharges } = correctionsFor(billed, due, books);
    expect(credits.map((line) => [line.lineId, line.payerId, line.amountSek])).toEqual([
      ['rent:a1:3:1', 'KUND-VASTERAS', 500],
    ]);
    expect(recharges.map((charge) => [charge.periodStart, charge.payerId, charge.corrects])).toEqual([
      ['2025-01-31', 'KUND-KOPING', 'rent:a1:3:1'],
    ]);
  });

  it('changes nothing when the change lies in open months only', () => {
    const billed = billedAs(loan('2025-01-01', '2025-03-20'));
    const due = rentCharges(loan('2025-01-01', '2025-03-20', [moveTo('Köping', '2025-03-01')]), '2025-12-31');
    expect(correctionsFor(billed, due, books)).toEqual({ credits: [], recharges: [] });
  });

  it('a return corrected to an earlier day credits the periods that no longer started', () => {
    const billed = billedAs(loan('2025-01-01', null));
    const due = rentCharges(loan('2025-01-01', '2025-01-20'), '2025-12-31');
    const { credits, recharges } = correctionsFor(billed, due, books);
    expect(credits.map((line) => line.periodStart)).toEqual(['2025-01-31']);
    expect(recharges).toEqual([]);
  });

  it('a delivery registered late into a closed month is charged again with nothing to credit', () => {
    const due = rentCharges(loan('2025-02-10', null), '2025-03-15');
    const { credits, recharges } = correctionsFor([], due, books);
    expect(credits).toEqual([]);
    expect(recharges.map((charge) => [charge.periodStart, charge.corrects])).toEqual([['2025-02-10', null]]);
  });

  it('a reversed delivery credits every billed line of the loan', () => {
    const billed = billedAs(loan('2025-01-01', null));
    expect(correctionsFor(billed, [], books).credits).toHaveLength(2);
  });

  it('a change in a month before the books began is not charged again nor credited', () => {
    // The books began with February: January was invoiced before (by the system aidledger replaced).
    // Delivered 2025-01-10: periods 01-10 (outside the books), 02-09 (billed in February), 03-11.
    const billed = rentCharges(loan('2025-01-10', null), '2025-02-28')
      .filter((charge) => charge.periodStart >= '2025-02-01')
      .map((charge) => ({ ...charge, lineId: `rent:a1:3:${charge.periodNo}` }));
    // The delivery day corrected to 2024-12-20: periods 12-20 and 01-19 (outside), 02-18, 03-20.
    const due = rentCharges(loan('2024-12-20', null), '2025-03-15');
    const { credits, recharges } = correctionsFor(billed, due, { from: '2025-02', through: '2025-02' });
    expect(credits.map((line) => line.periodStart)).toEqual(['2025-02-09']);
    expect(recharges.map((charge) => charge.periodStart)).toEqual(['2025-02-18']);
  });

  it('before the first close there is nothing to correct', () => {
    const due = rentCharges(loan('2025-01-01', null), '2025-03-15');
    expect(correctionsFor([], due, null)).toEqual({ credits: [], recharges: [] });
  });
});

describe('months', () => {
  it('knows the next month and a month’s first and last day', () => {
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(nextMonth('2025-01')).toBe('2025-02');
    expect(monthBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });
});
