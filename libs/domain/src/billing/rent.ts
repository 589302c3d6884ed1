import { addDays } from '../shared/iso-day.js';
import { addSwedishWorkingDays } from '../shared/working-days.js';

/**
 * The rent rules of DESIGN.md, "Money: payers and rent", as pure functions over business days. Nothing here
 * reads a clock: an open loan is charged up to a day its caller names.
 */

/** Rent is charged per started period of this many days (hyra per påbörjad 30-dagarsperiod). */
export const RENT_PERIOD_DAYS = 30;
/** Working days after a pickup request on which rent stops, unless the aid came back earlier. */
export const DEFAULT_RENT_STOP_WORKING_DAYS = 3;

/** An event behind a figure: a stream and the revision of one of its events. */
export type EventRef = { streamId: string; revision: number };

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** `YYYY-MM` of a day. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The month after `YYYY-MM`. */
export const nextMonth = (month: string): string => {
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return number === 12
    ? `${String(year + 1).padStart(4, '0')}-01`
    : `${month.slice(0, 4)}-${String(number + 1).padStart(2, '0')}`;
};

/** The first and the last day of `YYYY-MM`. */
export const monthBounds = (month: string): { first: string; last: string } => {
  const first = `${month}-01`;
  return { first, last: addDays(`${nextMonth(month)}-01`, -1) };
};

/** A real month written `YYYY-MM`. */
export const isValidMonth = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && value >= '0001-01';

/**
 * The day a loan ends for rent: its return day, or, once a pickup was requested (and not cancelled), the
 * earlier of the return day and the request day plus `rentStopWorkingDays` Swedish working days. Null while the
 * loan runs on with no pickup requested.
 */
export const rentEndDay = (
  returnedOn: string | null,
  pickupRequestedOn: string | null,
  rentStopWorkingDays: number = DEFAULT_RENT_STOP_WORKING_DAYS,
): string | null => {
  const stop = pickupRequestedOn === null ? null : addSwedishWorkingDays(pickupRequestedOn, rentStopWorkingDays);
  if (returnedOn === null) return stop;
  return stop !== null && stop < returnedOn ? stop : returnedOn;
};

/**
 * The number of charged periods of a loan delivered on `deliveredOn` that ended on `endDay`: max(1, ⌈d / 30⌉)
 * where d is the days between them. A period that would start on the last day is not charged.
 */
export const chargedPeriods = (deliveredOn: string, endDay: string): number =>
  Math.max(1, Math.ceil(daysBetween(deliveredOn, endDay) / RENT_PERIOD_DAYS));

/** One charged period: its number (0 for the first), first day and last day. */
export type RentPeriod = { periodNo: number; start: string; end: string };

/**
 * The charged periods of a loan that started on or before `until`: those of the rest have not begun. A loan
 * that ended (`endDay` known, which a pickup request may set in the coming days) has max(1, ⌈d / 30⌉) in all.
 */
export const rentPeriods = (deliveredOn: string, endDay: string | null, until: string): RentPeriod[] => {
  if (until < deliveredOn) return [];
  const started = Math.floor(daysBetween(deliveredOn, until) / RENT_PERIOD_DAYS) + 1;
  const count = endDay !== null ? Math.min(started, chargedPeriods(deliveredOn, endDay)) : started;
  const periods: RentPeriod[] = [];
  for (let periodNo = 0; periodNo < count; periodNo++) {
    const start = addDays(deliveredOn, periodNo * RENT_PERIOD_DAYS);
    const fullEnd = addDays(start, RENT_PERIOD_DAYS - 1);
    periods.push({
      periodNo,
      start,
      end: endDay !== null && endDay < fullEnd ? (endDay < start ? start : endDay) : fullEnd,
    });
  }
  return periods;
};

/** From `from` on, `payerId` is responsible; `because` are the events that say so. */
export type PayerChange = { from: string; payerId: string; because: EventRef[] };

/** A move of the holder: from `movedOn` they live in `toMunicipality`. */
export type HolderMove = { movedOn: string; toMunicipality: string; because: EventRef };

/** The payer of a municipality and the event that registered it; null when none is registered. */
export type PayerOfMunicipality = (municipality: string) => { payerId: string; because: EventRef } | null;

/**
 * Who pays for an aid, day by day, from its delivery on. At delivery the order's payer. When the holder moves on
 * or after the delivery day, an aid with municipal cost responsibility passes to the payer of the new
 * municipality from the move day (kept with the previous payer while the new municipality has none registered);
 * an aid with regional cost responsibility stays with the order's payer. A move dated before the delivery day
 * changes nothing: the order named the payer at delivery. Moves are taken in the order of their days.
 */
export const payerTimeline = (
  delivery: { deliveredOn: string; orderPayerId: string; because: EventRef[] },
  costResponsibility: 'municipality' | 'region',
  moves: readonly HolderMove[],
  payerOf: PayerOfMunicipality,
): PayerChange[] => {
  const timeline: PayerChange[] = [
    { from: delivery.deliveredOn, payerId: delivery.orderPayerId, because: delivery.because },
  ];
  if (costResponsibility === 'region') return timeline;
  const inOrder = moves
    .filter((move) => move.movedOn >= delivery.deliveredOn)
    .sort((a, b) => (a.movedOn < b.movedOn ? -1 : a.movedOn > b.movedOn ? 1 : 0));
  for (const move of inOrder) {
    const payer = payerOf(move.toMunicipality);
    if (payer === null) continue;
    const change = { from: move.movedOn, payerId: payer.payerId, because: [move.because, payer.because] };
    // Two moves on one day: the later registered one stands.
    if (timeline.at(-1)!.from === move.movedOn) timeline[timeline.length - 1] = change;
    else timeline.push(change);
  }
  return timeline;
};

/** The change in force on `day`: the last one from on or before it (the first before any). */
export const payerOn = (timeline: readonly PayerChange[], day: string): PayerChange => {
  let current = timeline[0]!;
  for (const change of timeline) if (change.from <= day) current = change;
  return current;
};

/** A charge before it is put in a month: a started rent period, or a one-off sale. */
export type Charge = {
  kind: 'rent' | 'sale';
  /** The period's number within its loan (0 for the first; 0 for a sale). */
  periodNo: number;
  periodStart: string;
  periodEnd: string;
  payerId: string;
  amountSek: number;
  because: EventRef[];
};

/** What a loan needs to be charged: when it began and ended, what it costs, who pays, and the events behind it. */
export type LoanFacts = {
  deliveredOn: string;
  endDay: string | null;
  monthlyRentSek: number;
  timeline: readonly PayerChange[];
  /** The delivery, the article's rent, and what ended the loan (return, pickup request, corrections). */
  because: readonly EventRef[];
};

/**
 * Each started period of a loan costs the monthly rent in full and is charged to the payer responsible on its
 * first day; it belongs to the calendar month in which it starts. `until` bounds a loan that runs on.
 */
export const rentCharges = (loan: LoanFacts, until: string): Charge[] =>
  rentPeriods(loan.deliveredOn, loan.endDay, until).map((period) => {
    const payer = payerOn(loan.timeline, period.start);
    return {
      kind: 'rent',
      periodNo: period.periodNo,
      periodStart: period.start,
      periodEnd: period.end,
      payerId: payer.payerId,
      amountSek: loan.monthlyRentSek,
      because: dedupe([...loan.because, ...payer.because]),
    };
  });

const dedupe = (refs: readonly EventRef[]): EventRef[] => {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.streamId}@${ref.revision}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** A consumable or a sold aid is charged once, on its delivery day, at its price, to the order's payer. */
export const saleCharge = (deliveredOn: string, payerId: string, amountSek: number, because: EventRef[]): Charge => ({
  kind: 'sale',
  periodNo: 0,
  periodStart: deliveredOn,
  periodEnd: deliveredOn,
  payerId,
  amountSek,
  because,
});

/** A charge as it was put on an invoice basis, under its line id. */
export type BilledCharge = Charge & { lineId: string };

/** What a correction of a closed month consists of: the lines credited, and the charges due again. */
export type Corrections = {
  credits: BilledCharge[];
  /** `corrects` names the credited line a re-charge replaces; null for a charge no closed month had. */
  recharges: (Charge & { corrects: string | null })[];
};

const sameCharge = (a: Charge, b: Charge): boolean =>
  a.kind === b.kind &&
  a.periodNo === b.periodNo &&
  a.periodStart === b.periodStart &&
  a.payerId === b.payerId &&
  a.amountSek === b.amountSek;

/**
 * The months the books hold as closed: from the first month ever closed (earlier months were invoiced before
 * aidledger's books began, e.g. by the system it replaced) through the last closed month.
 */
export type ClosedBooks = { from: string; through: string };

/**
 * Nothing once closed changes. `billed` are one loan's lines in closed months as they stand (frozen lines and
 * earlier re-charges, less what was credited); `due` are its charges now. Every billed line that is no longer
 * due is credited in full, and every charge now due in a closed month that is not billed is charged again: both
 * go to the first open month. A line whose only change is its last day (a return a few days later within the
 * same period) stays as it is. Months before the books began are not aidledger's to charge or correct.
 */
export const correctionsFor = (
  billed: readonly BilledCharge[],
  due: readonly Charge[],
  books: ClosedBooks | null,
): Corrections => {
  if (books === null) return { credits: [], recharges: [] };
  const inBooks = (charge: Charge): boolean =>
    monthOf(charge.periodStart) >= books.from && monthOf(charge.periodStart) <= books.through;
  const dueInClosed = due.filter(inBooks);
  const credits = billed.filter((line) => inBooks(line) && !dueInClosed.some((charge) => sameCharge(line, charge)));
  const recharges = dueInClosed
    .filter((charge) => !billed.some((line) => sameCharge(line, charge)))
    .map((charge) => ({
      ...charge,
      corrects: credits.find((line) => line.kind === charge.kind && line.periodNo === charge.periodNo)?.lineId ?? null,
    }));
  return { credits, recharges };
};
