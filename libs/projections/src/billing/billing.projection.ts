import {
  addDays,
  correctionsFor,
  daysBetween,
  RENT_PERIOD_DAYS,
  DEFAULT_RENT_STOP_WORKING_DAYS,
  monthBounds,
  monthOf,
  nextMonth,
  payerTimeline,
  rentCharges,
  rentEndDay,
  saleCharge,
  type AidDelivered,
  type AidDeliveryReversed,
  type AidReturned,
  type ArticleRegistered,
  type BilledCharge,
  type BillingMonthClosed,
  type BusinessDateCorrected,
  type Charge,
  type ConsumablesDelivered,
  type CostResponsibility,
  type EventRef,
  type HolderMove,
  type OrderPlaced,
  type PayerChange,
  type PayerRegistered,
  type PersonMoved,
  type PickupCancelled,
  type PickupRequested,
} from '@aidledger/domain';
import type { RecordedEvent } from '@aidledger/event-store';
import { chunk, MAX_PARAMETERS, type ReadModelTransaction } from '../read-model-db.js';
import { tableName, type Projection } from '../runtime/projection.js';
import { createIndexes, createTable } from '../runtime/tables.js';
import { loadRowsByKey, toNumber, upsertRows } from '../runtime/rows.js';

/**
 * The read side of the money (DESIGN.md, "Money: payers and rent"). Every loan (one per AidDelivered), sold aid
 * and consumables delivery is kept with its facts and the events behind them; its charges are computed by the
 * pure rules of `rent.ts` only. Open months are computed when asked; `BillingMonthClosed` freezes the lines of
 * every month through it; afterwards a change to a loan that touches a closed month adds correction lines to the
 * first open month. Deterministic: no clock, ids from the events.
 */

/** What is charged: rent per started period, an aid sold on delivery, or consumables. */
export type LoanKind = 'rent' | 'sale' | 'consumable';

/** A loan's facts as the projection keeps them (the `facts` JSON column of `loans`). */
export type Loan = {
  /** `<assetId>:<revision of AidDelivered>`, or `<stock stream>:<revision>` for consumables. */
  loanId: string;
  kind: LoanKind;
  assetId: string | null;
  articleNo: string;
  personId: string;
  orderId: string;
  orderPayerId: string;
  deliveredOn: string;
  returnedOn: string | null;
  /** The revision of the AidReturned that ended it, so a corrected `returnedOn` finds it. */
  returnedRevision: number | null;
  pickupRequestedOn: string | null;
  /** `rentEndDay` of the return and the pickup request; the delivery day for a sale. */
  endDay: string | null;
  /** The monthly rent for `rent`; the price (× quantity) for a sale. */
  amountSek: number;
  costResponsibility: CostResponsibility;
  timeline: PayerChange[];
  refs: {
    delivery: EventRef;
    order: EventRef | null;
    article: EventRef | null;
    returned: EventRef | null;
    pickup: EventRef | null;
    corrections: EventRef[];
  };
  reversed: boolean;
};

/** A loan as its delivery starts it: nothing returned, asked to be picked up or corrected yet. */
const startedLoan = (
  delivery: RecordedEvent,
  order: OrderRow | undefined,
  article: ArticleFacts | undefined,
  loan: Omit<
    Loan,
    'orderPayerId' | 'returnedOn' | 'returnedRevision' | 'pickupRequestedOn' | 'timeline' | 'refs' | 'reversed'
  >,
): Loan => ({
  ...loan,
  // A delivery recorded before its order (the import's order) learns its payer when the order comes.
  orderPayerId: order?.payer_id ?? '',
  returnedOn: null,
  returnedRevision: null,
  pickupRequestedOn: null,
  timeline: [],
  refs: {
    delivery: refOf(delivery),
    order: order ? (JSON.parse(order.ref) as EventRef) : null,
    article: article?.ref ?? null,
    returned: null,
    pickup: null,
    corrections: [],
  },
  reversed: false,
});

export type LoanRow = {
  loan_id: string;
  asset_id: string | null;
  order_id: string;
  person_id: string;
  kind: string;
  delivered_on: string;
  end_day: string | null;
  reversed: number;
  facts: string;
};

/** A line of a closed month (frozen), or a correction line (in the first open month when it was written). */
export type LineRow = {
  line_id: string;
  loan_id: string;
  month: string;
  payer_id: string;
  kind: 'rent' | 'sale' | 'correction';
  /** The kind of the charge behind it (a correction's too), so a loan's billed charges can be read back. */
  charge_kind: 'rent' | 'sale';
  period_no: number;
  asset_id: string | null;
  article_no: string;
  person_id: string | null;
  period_start: string;
  period_end: string;
  amount_sek: number;
  corrects: string | null;
  because: string;
};

type ArticleRow = { article_no: string; facts: string };
type ArticleFacts = {
  rentable: boolean;
  monthlyRentSek: number;
  purchasePriceSek: number;
  costResponsibility: CostResponsibility;
  ref: EventRef;
};
type OrderRow = { order_id: string; payer_id: string; person_id: string; ref: string };
type MunicipalityPayerRow = { municipality: string; payer_id: string; ref: string };
type MoveRow = {
  move_id: string;
  person_id: string;
  to_municipality: string;
  moved_on: string;
  position: number;
  ref: string;
};
/** The books begin with `books_from`, the first month ever closed, and are closed through `closed_through`. */
type BooksRow = { id: string; books_from: string | null; closed_through: string | null; position: number };
type LoanPayerRow = { loan_id: string; payer_id: string };

type BillingEvent =
  | ArticleRegistered
  | PayerRegistered
  | OrderPlaced
  | PersonMoved
  | AidDelivered
  | AidReturned
  | PickupRequested
  | PickupCancelled
  | BusinessDateCorrected
  | AidDeliveryReversed
  | ConsumablesDelivered
  | BillingMonthClosed;

const ASSET_EVENTS = new Set([
  'AidDelivered',
  'AidReturned',
  'PickupRequested',
  'PickupRescheduled',
  'PickupCancelled',
  'BusinessDateCorrected',
  'AidDeliveryReversed',
]);

export const BILLING_EVENT_TYPES = [
  'ArticleRegistered',
  'PayerRegistered',
  'OrderPlaced',
  'PersonMoved',
  ...ASSET_EVENTS,
  'ConsumablesDelivered',
  'BillingMonthClosed',
] as const;

const refOf = (event: RecordedEvent): EventRef => ({ streamId: event.streamId, revision: Number(event.revision) });

const dedupe = (refs: readonly (EventRef | null)[]): EventRef[] => {
  const seen = new Set<string>();
  return refs.filter((ref): ref is EventRef => {
    if (ref === null) return false;
    const key = `${ref.streamId}@${ref.revision}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** The events behind a loan's charges other than who pays: delivery, article, and what ended or corrected it. */
const loanBecause = (loan: Loan): EventRef[] =>
  loan.kind === 'rent'
    ? dedupe([loan.refs.delivery, loan.refs.article, loan.refs.returned, loan.refs.pickup, ...loan.refs.corrections])
    : dedupe([loan.refs.delivery, loan.refs.order, loan.refs.article, ...loan.refs.corrections]);

/** A loan's charges for the periods started on or before `until`, by the rules of rent.ts. */
export const chargesOf = (loan: Loan, until: string): Charge[] => {
  if (loan.reversed) return [];
  if (loan.kind === 'rent')
    return rentCharges(
      {
        deliveredOn: loan.deliveredOn,
        endDay: loan.endDay,
        monthlyRentSek: loan.amountSek,
        timeline: loan.timeline,
        because: loanBecause(loan),
      },
      until,
    );
  return loan.deliveredOn <= until
    ? [saleCharge(loan.deliveredOn, loan.orderPayerId, loan.amountSek, loanBecause(loan))]
    : [];
};

/**
 * A loan's charges for the periods that start from `from` through `until`, without walking the periods before:
 * rent.ts is asked for the loan as if delivered on the first period start on or after `from`, and the period
 * numbers are put back. That gives the same charges (periods every 30 days from there, each charged when it starts
 * before the loan's end, to the payer of its first day) as long as the loan has not ended by that start; when it
 * has, the whole loan is computed.
 */
export const chargesFrom = (loan: Loan, from: string, until: string): Charge[] => {
  const skipped =
    loan.kind === 'rent' ? Math.max(0, Math.ceil(daysBetween(loan.deliveredOn, from) / RENT_PERIOD_DAYS)) : 0;
  const start = addDays(loan.deliveredOn, skipped * RENT_PERIOD_DAYS);
  if (skipped === 0 || (loan.endDay !== null && loan.endDay <= start))
    return chargesOf(loan, until).filter((charge) => charge.periodStart >= from);
  return chargesOf({ ...loan, deliveredOn: start }, until).map((charge) => ({
    ...charge,
    periodNo: charge.periodNo + skipped,
  }));
};

/** The id of a charge's line: `rent:<loanId>:<periodNo>` or `sale:<loanId>`. */
export const chargeLineId = (loan: Loan, charge: Charge): string =>
  charge.kind === 'rent' ? `rent:${loan.loanId}:${charge.periodNo}` : `sale:${loan.loanId}`;

export const parseLoan = (row: Pick<LoanRow, 'facts'>): Loan => JSON.parse(row.facts) as Loan;

const loanRow = (loan: Loan): LoanRow => ({
  loan_id: loan.loanId,
  asset_id: loan.assetId,
  order_id: loan.orderId,
  person_id: loan.personId,
  kind: loan.kind,
  delivered_on: loan.deliveredOn,
  end_day: loan.endDay,
  reversed: loan.reversed ? 1 : 0,
  facts: JSON.stringify(loan),
});

/** A charge as a line of the invoice basis (a frozen line keeps its own kind). */
export const chargeLine = (loan: Loan, charge: Charge): LineRow => ({
  line_id: chargeLineId(loan, charge),
  loan_id: loan.loanId,
  month: monthOf(charge.periodStart),
  payer_id: charge.payerId,
  kind: charge.kind,
  charge_kind: charge.kind,
  period_no: charge.periodNo,
  asset_id: loan.assetId,
  article_no: loan.articleNo,
  person_id: loan.personId,
  period_start: charge.periodStart,
  period_end: charge.periodEnd,
  amount_sek: charge.amountSek,
  corrects: null,
  because: JSON.stringify(charge.because),
});

const billedCharge = (line: LineRow): BilledCharge => ({
  lineId: line.line_id,
  kind: line.charge_kind,
  periodNo: toNumber(line.period_no),
  periodStart: line.period_start,
  periodEnd: line.period_end,
  payerId: line.payer_id,
  amountSek: toNumber(line.amount_sek),
  because: JSON.parse(line.because) as EventRef[],
});

/**
 * What a loan's lines have billed for closed months as it stands: its frozen lines and the re-charges written
 * since, less every line a credit took back.
 */
export const billedOf = (lines: readonly LineRow[]): BilledCharge[] => {
  const credited = new Set(lines.filter((line) => line.line_id.startsWith('credit:')).map((line) => line.corrects));
  return lines.filter((line) => !line.line_id.startsWith('credit:') && !credited.has(line.line_id)).map(billedCharge);
};

export type BillingProjectionOptions = { rentStopWorkingDays?: number };

export const billingProjection = ({
  rentStopWorkingDays = DEFAULT_RENT_STOP_WORKING_DAYS,
}: BillingProjectionOptions = {}): Projection => ({
  name: 'billing',
  version: 1,
  handles: BILLING_EVENT_TYPES,
  tables: ['books', 'articles', 'orders', 'municipality_payers', 'moves', 'loans', 'loan_payers', 'lines'],
  async createTables(db, prefix) {
    await createTable(db, tableName(prefix, 'books'), {
      id: 'text primary key',
      books_from: 'text',
      closed_through: 'text',
      position: 'bigint not null',
    });
    await createTable(db, tableName(prefix, 'articles'), { article_no: 'text primary key', facts: 'text not null' });
    await createTable(db, tableName(prefix, 'orders'), {
      order_id: 'text primary key',
      payer_id: 'text not null',
      person_id: 'text not null',
      ref: 'text not null',
    });
    await createTable(db, tableName(prefix, 'municipality_payers'), {
      municipality: 'text primary key',
      payer_id: 'text not null',
      ref: 'text not null',
    });
    const moves = tableName(prefix, 'moves');
    await createTable(db, moves, {
      move_id: 'text primary key',
      person_id: 'text not null',
      to_municipality: 'text not null',
      moved_on: 'text not null',
      position: 'bigint not null',
      ref: 'text not null',
    });
    await createIndexes(db, moves, { person: ['person_id'], municipality: ['to_municipality'] });
    const loans = tableName(prefix, 'loans');
    await createTable(db, loans, {
      loan_id: 'text primary key',
      asset_id: 'text',
      order_id: 'text not null',
      person_id: 'text not null',
      kind: 'text not null',
      delivered_on: 'text not null',
      end_day: 'text',
      reversed: 'integer not null',
      facts: 'text not null',
    });
    await createIndexes(db, loans, { asset: ['asset_id'], person: ['person_id'], order: ['order_id'] });
    const loanPayers = tableName(prefix, 'loan_payers');
    await createTable(db, loanPayers, { loan_id: 'text not null', payer_id: 'text not null' }, ['loan_id', 'payer_id']);
    await createIndexes(db, loanPayers, { payer: ['payer_id'] });
    const lines = tableName(prefix, 'lines');
    await createTable(db, lines, {
      line_id: 'text primary key',
      loan_id: 'text not null',
      month: 'text not null',
      payer_id: 'text not null',
      kind: 'text not null',
      charge_kind: 'text not null',
      period_no: 'integer not null',
      asset_id: 'text',
      article_no: 'text not null',
      person_id: 'text',
      period_start: 'text not null',
      period_end: 'text not null',
      amount_sek: 'integer not null',
      corrects: 'text',
      because: 'text not null',
    });
    await createIndexes(db, lines, { month: ['month', 'payer_id'], loan: ['loan_id'] });
  },
  async applyBatch(trx, prefix, batch) {
    const t = (suffix: string): string => tableName(prefix, suffix);
    const books = ((await trx.selectFrom(t('books')).selectAll().where('id', '=', 'books').executeTakeFirst()) as
      BooksRow | undefined) ?? { id: 'books', books_from: null, closed_through: null, position: -1 };
    // Every event is applied once: a batch applied again (or in part) changes nothing.
    const events = batch.filter((event) => Number(event.position) > toNumber(books.position));
    if (events.length === 0) return;
    const state = new BatchState(trx, t);
    await state.load(events, books.closed_through !== null);

    let booksFrom = books.books_from;
    let closedThrough = books.closed_through;
    /** Recomputes a changed loan and, when that changes a closed month, corrects it in the first open month. */
    const settle = (loan: Loan, cause: RecordedEvent): void => {
      if (loan.kind === 'rent') {
        loan.endDay = rentEndDay(loan.returnedOn, loan.pickupRequestedOn, rentStopWorkingDays);
        loan.timeline = state.timelineOf(loan);
      }
      state.changed.set(loan.loanId, loan);
      if (closedThrough === null || booksFrom === null) return;
      const billedLines = state.linesOf(loan.loanId);
      const due = chargesOf(loan, monthBounds(closedThrough).last);
      const { credits, recharges } = correctionsFor(billedOf(billedLines), due, {
        from: booksFrom,
        through: closedThrough,
      });
      const month = nextMonth(closedThrough);
      const position = Number(cause.position);
      const causeRef = refOf(cause);
      for (const credit of credits)
        state.addLine({
          line_id: `credit:${credit.lineId}:${position}`,
          loan_id: loan.loanId,
          month,
          payer_id: credit.payerId,
          kind: 'correction',
          charge_kind: credit.kind,
          period_no: credit.periodNo,
          asset_id: loan.assetId,
          article_no: loan.articleNo,
          person_id: loan.personId,
          period_start: credit.periodStart,
          period_end: credit.periodEnd,
          amount_sek: -credit.amountSek,
          corrects: credit.lineId,
          because: JSON.stringify(dedupe([causeRef, ...credit.because])),
        });
      for (const recharge of recharges)
        state.addLine({
          ...chargeLine(loan, recharge),
          line_id: `recharge:${chargeLineId(loan, recharge)}:${position}`,
          month,
          kind: 'correction',
          corrects: recharge.corrects,
          because: JSON.stringify(dedupe([causeRef, ...recharge.because])),
        });
    };

    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as BillingEvent;
      switch (event.type) {
        case 'ArticleRegistered': {
          const { articleNo, rentable, monthlyRentSek, purchasePriceSek, costResponsibility } = event.data;
          if (state.articles.has(articleNo)) break;
          state.setArticle(articleNo, {
            rentable,
            monthlyRentSek: monthlyRentSek ?? 0,
            purchasePriceSek,
            costResponsibility: costResponsibility ?? 'municipality',
            ref: refOf(recorded),
          });
          break;
        }
        case 'PayerRegistered': {
          const { municipality, payerId } = event.data;
          // The first payer registered for a municipality pays for it.
          if (municipality === null || state.municipalityPayers.has(municipality)) break;
          state.setMunicipalityPayer({ municipality, payer_id: payerId, ref: JSON.stringify(refOf(recorded)) });
          for (const personId of state.personsMovedTo(municipality))
            for (const loan of state.loansOfPerson(personId)) if (loan.kind === 'rent') settle(loan, recorded);
          break;
        }
        case 'OrderPlaced': {
          const { orderId, payerId, personId } = event.data;
          state.orders.set(orderId, {
            order_id: orderId,
            payer_id: payerId,
            person_id: personId,
            ref: JSON.stringify(refOf(recorded)),
          });
          state.changedOrders.add(orderId);
          // An import appends an aid's delivery before its order: the loan learns its payer now.
          for (const loan of state.loansOfOrder(orderId)) {
            if (loan.refs.order !== null) continue;
            loan.orderPayerId = payerId;
            loan.refs.order = refOf(recorded);
            if (loan.kind === 'consumable') loan.personId = personId;
            settle(loan, recorded);
          }
          break;
        }
        case 'PersonMoved':
          state.addMove({
            move_id: `${recorded.streamId}:${recorded.revision}`,
            person_id: event.data.personId,
            to_municipality: event.data.toMunicipality,
            moved_on: event.data.movedOn,
            position: Number(recorded.position),
            ref: JSON.stringify(refOf(recorded)),
          });
          for (const loan of state.loansOfPerson(event.data.personId)) if (loan.kind === 'rent') settle(loan, recorded);
          break;
        case 'AidDelivered': {
          const { assetId, articleNo, personId, orderId, deliveredOn } = event.data;
          const loanId = `${assetId}:${recorded.revision}`;
          if (state.loans.has(loanId)) break;
          const article = state.articleOf(articleNo);
          const order = state.orders.get(orderId);
          const kind = article && !article.rentable ? 'sale' : 'rent';
          const loan = startedLoan(recorded, order, article, {
            loanId,
            kind,
            assetId,
            articleNo,
            personId,
            orderId,
            deliveredOn,
            // A sale is charged on its delivery day and ends there.
            endDay: kind === 'sale' ? deliveredOn : null,
            amountSek: article ? (article.rentable ? article.monthlyRentSek : article.purchasePriceSek) : 0,
            costResponsibility: article?.costResponsibility ?? 'municipality',
          });
          state.addLoan(loan);
          settle(loan, recorded);
          break;
        }
        case 'AidReturned': {
          const loan = state.openLoanOf(event.data.assetId);
          if (!loan) break;
          loan.returnedOn = event.data.returnedOn;
          loan.returnedRevision = Number(recorded.revision);
          loan.refs.returned = refOf(recorded);
          settle(loan, recorded);
          break;
        }
        case 'PickupRequested': {
          const loan = state.openLoanOf(event.data.assetId);
          if (!loan || loan.kind !== 'rent') break;
          loan.pickupRequestedOn = event.data.requestedOn;
          loan.refs.pickup = refOf(recorded);
          settle(loan, recorded);
          break;
        }
        case 'PickupCancelled': {
          const loan = state.openLoanOf(event.data.assetId);
          if (!loan || loan.kind !== 'rent' || loan.pickupRequestedOn === null) break;
          loan.pickupRequestedOn = null;
          loan.refs.pickup = null;
          settle(loan, recorded);
          break;
        }
        case 'BusinessDateCorrected': {
          const { assetId, revision, field, to } = event.data;
          const loan =
            field === 'deliveredOn'
              ? state.loans.get(`${assetId}:${revision}`)
              : field === 'returnedOn'
                ? state.loansOfAsset(assetId).find((held) => held.returnedRevision === revision)
                : undefined;
          if (!loan || loan.reversed) break;
          if (field === 'deliveredOn') {
            loan.deliveredOn = to;
            if (loan.kind !== 'rent') loan.endDay = to;
          } else loan.returnedOn = to;
          loan.refs.corrections.push(refOf(recorded));
          settle(loan, recorded);
          break;
        }
        case 'AidDeliveryReversed': {
          const loan = state.loans.get(`${event.data.assetId}:${event.data.revision}`);
          if (!loan || loan.reversed) break;
          loan.reversed = true;
          loan.refs.corrections.push(refOf(recorded));
          settle(loan, recorded);
          break;
        }
        case 'ConsumablesDelivered': {
          const { articleNo, quantity, orderId, deliveredOn } = event.data;
          const loanId = `${recorded.streamId}:${recorded.revision}`;
          if (state.loans.has(loanId)) break;
          const article = state.articleOf(articleNo);
          const order = state.orders.get(orderId);
          const loan = startedLoan(recorded, order, article, {
            loanId,
            kind: 'consumable',
            assetId: null,
            articleNo,
            personId: order?.person_id ?? '',
            orderId,
            deliveredOn,
            endDay: deliveredOn,
            amountSek: quantity * (article?.purchasePriceSek ?? 0),
            costResponsibility: 'region',
          });
          state.addLoan(loan);
          settle(loan, recorded);
          break;
        }
        case 'BillingMonthClosed': {
          const { month } = event.data;
          if (closedThrough !== null && month <= closedThrough) break;
          // The first close begins the books: the months before it were invoiced before them.
          await state.freeze(closedThrough, month);
          booksFrom ??= month;
          closedThrough = month;
          break;
        }
      }
    }
    await state.write({
      id: 'books',
      books_from: booksFrom,
      closed_through: closedThrough,
      position: Number(events.at(-1)!.position),
    });
  },
});

/** Loans read at a time when a month is closed. */
const FREEZE_PAGE = 5000;

const byMonthAndPayer = (a: LineRow, b: LineRow): number =>
  a.month !== b.month ? (a.month < b.month ? -1 : 1) : a.payer_id < b.payer_id ? -1 : a.payer_id > b.payer_id ? 1 : 0;

/** The rows one batch reads and changes, loaded once by key before its events are applied in order. */
class BatchState {
  readonly articles = new Map<string, ArticleFacts>();
  readonly orders = new Map<string, OrderRow>();
  readonly municipalityPayers = new Map<string, MunicipalityPayerRow>();
  readonly loans = new Map<string, Loan>();
  readonly changed = new Map<string, Loan>();
  readonly changedOrders = new Set<string>();
  private readonly changedArticles = new Set<string>();
  private readonly changedMunicipalities = new Set<string>();
  private readonly movesByPerson = new Map<string, MoveRow[]>();
  private readonly newMoves: MoveRow[] = [];
  private readonly movedTo = new Map<string, Set<string>>();
  private readonly loansByAsset = new Map<string, Loan[]>();
  private readonly loansByPerson = new Map<string, Loan[]>();
  private readonly loansByOrder = new Map<string, Loan[]>();
  /** Lines of the loans this batch may change, so their billed charges are known. */
  private readonly linesByLoan = new Map<string, LineRow[]>();
  private readonly newLines: LineRow[] = [];

  constructor(
    private readonly trx: ReadModelTransaction,
    private readonly t: (suffix: string) => string,
  ) {}

  async load(events: readonly RecordedEvent[], booksClosed: boolean): Promise<void> {
    const data = (event: RecordedEvent, field: string): string => String(event.data[field]);
    const of = (types: readonly string[], field: string): string[] => [
      ...new Set(events.filter((event) => types.includes(event.type)).map((event) => data(event, field))),
    ];
    const articleNos = of(['ArticleRegistered', 'AidDelivered', 'ConsumablesDelivered'], 'articleNo');
    for (const [articleNo, row] of await loadRowsByKey<ArticleRow>(
      this.trx,
      this.t('articles'),
      'article_no',
      articleNos,
    ))
      this.articles.set(articleNo, JSON.parse(row.facts) as ArticleFacts);
    const orderIds = of(['OrderPlaced', 'AidDelivered', 'ConsumablesDelivered'], 'orderId');
    for (const [orderId, row] of await loadRowsByKey<OrderRow>(this.trx, this.t('orders'), 'order_id', orderIds))
      this.orders.set(orderId, row);
    // Persons whose loans' payers may change: those who move, and those who moved to a municipality that gets a payer.
    const payerMunicipalities = events
      .filter((event) => event.type === 'PayerRegistered' && event.data.municipality !== null)
      .map((event) => data(event, 'municipality'));
    const movedThere = await this.selectIn<MoveRow>('moves', 'to_municipality', payerMunicipalities);
    for (const move of movedThere) this.noteMovedTo(move);
    const persons = [...new Set([...of(['PersonMoved'], 'personId'), ...movedThere.map((move) => move.person_id)])];
    for (const personId of persons) this.loansByPerson.set(personId, []);
    const assets = [...new Set(events.filter((event) => ASSET_EVENTS.has(event.type)).map((e) => data(e, 'assetId')))];
    for (const assetId of assets) this.loansByAsset.set(assetId, []);
    const rows = [
      ...(await this.selectIn<LoanRow>('loans', 'person_id', persons)),
      ...(await this.selectIn<LoanRow>('loans', 'asset_id', assets)),
      ...(await this.selectIn<LoanRow>('loans', 'order_id', of(['OrderPlaced'], 'orderId'))),
    ];
    for (const row of rows) if (!this.loans.has(row.loan_id)) this.index(parseLoan(row));
    // The moves of every holder whose loans this batch may recompute.
    const holders = [
      ...new Set([...persons, ...of(['AidDelivered'], 'personId'), ...[...this.loans.values()].map((l) => l.personId)]),
    ];
    for (const personId of holders) this.movesByPerson.set(personId, []);
    const moves = await this.selectIn<MoveRow>('moves', 'person_id', holders);
    for (const move of moves.sort((x, y) => toNumber(x.position) - toNumber(y.position))) {
      this.movesByPerson.get(move.person_id)!.push(move);
    }
    // The payers of every municipality a loaded holder moved to, and of those this batch moves to or registers.
    const municipalities = [
      ...of(['PersonMoved'], 'toMunicipality'),
      ...payerMunicipalities,
      ...moves.map((move) => move.to_municipality),
    ];
    for (const [municipality, row] of await loadRowsByKey<MunicipalityPayerRow>(
      this.trx,
      this.t('municipality_payers'),
      'municipality',
      municipalities,
    ))
      this.municipalityPayers.set(municipality, row);
    for (const loanId of this.loans.keys()) this.linesByLoan.set(loanId, []);
    // Lines exist only once a month is closed.
    const closes = events.some((event) => event.type === 'BillingMonthClosed');
    if (booksClosed || closes)
      for (const line of await this.selectIn<LineRow>('lines', 'loan_id', [...this.loans.keys()]))
        this.linesByLoan.get(line.loan_id)!.push(line);
  }

  private async selectIn<T>(suffix: string, column: string, keys: readonly string[]): Promise<T[]> {
    const found: T[] = [];
    for (const part of chunk([...new Set(keys)], MAX_PARAMETERS))
      if (part.length > 0)
        found.push(
          ...((await this.trx.selectFrom(this.t(suffix)).selectAll().where(column, 'in', part).execute()) as T[]),
        );
    return found;
  }

  private noteMovedTo(move: MoveRow): void {
    const persons = this.movedTo.get(move.to_municipality) ?? new Set<string>();
    persons.add(move.person_id);
    this.movedTo.set(move.to_municipality, persons);
  }

  private index(loan: Loan): void {
    this.loans.set(loan.loanId, loan);
    if (loan.assetId !== null) this.loansByAsset.get(loan.assetId)?.push(loan);
    this.loansByPerson.get(loan.personId)?.push(loan);
    const ofOrder = this.loansByOrder.get(loan.orderId) ?? [];
    ofOrder.push(loan);
    this.loansByOrder.set(loan.orderId, ofOrder);
  }

  loansOfOrder(orderId: string): Loan[] {
    return this.loansByOrder.get(orderId) ?? [];
  }

  articleOf(articleNo: string): ArticleFacts | undefined {
    return this.articles.get(articleNo);
  }

  setArticle(articleNo: string, facts: ArticleFacts): void {
    this.articles.set(articleNo, facts);
    this.changedArticles.add(articleNo);
  }

  setMunicipalityPayer(row: MunicipalityPayerRow): void {
    this.municipalityPayers.set(row.municipality, row);
    this.changedMunicipalities.add(row.municipality);
  }

  addMove(move: MoveRow): void {
    const moves = this.movesByPerson.get(move.person_id) ?? [];
    moves.push(move);
    this.movesByPerson.set(move.person_id, moves);
    this.newMoves.push(move);
    this.noteMovedTo(move);
  }

  personsMovedTo(municipality: string): string[] {
    return [...(this.movedTo.get(municipality) ?? [])].sort();
  }

  addLoan(loan: Loan): void {
    this.index(loan);
    this.linesByLoan.set(loan.loanId, []);
  }

  loansOfAsset(assetId: string): Loan[] {
    return this.loansByAsset.get(assetId) ?? [];
  }

  /** The loan of the aid that runs now, if any. */
  openLoanOf(assetId: string): Loan | undefined {
    return this.loansOfAsset(assetId).find(
      (loan) => !loan.reversed && loan.kind === 'rent' && loan.returnedOn === null,
    );
  }

  loansOfPerson(personId: string): Loan[] {
    return [...(this.loansByPerson.get(personId) ?? [])].sort((a, b) => (a.loanId < b.loanId ? -1 : 1));
  }

  /** The lines of a loan this batch loaded or made (every loan an event of the batch can change). */
  linesOf(loanId: string): LineRow[] {
    return this.linesByLoan.get(loanId) ?? [];
  }

  addLine(line: LineRow): void {
    this.newLines.push(line);
    this.linesByLoan.get(line.loan_id)?.push(line);
  }

  /** The payers of a rent loan day by day, from its order's payer and the holder's moves. */
  timelineOf(loan: Loan): PayerChange[] {
    const moves: HolderMove[] = (this.movesByPerson.get(loan.personId) ?? []).map((move) => ({
      movedOn: move.moved_on,
      toMunicipality: move.to_municipality,
      because: JSON.parse(move.ref) as EventRef,
    }));
    return payerTimeline(
      {
        deliveredOn: loan.deliveredOn,
        orderPayerId: loan.orderPayerId,
        because: dedupe([loan.refs.delivery, loan.refs.order]),
      },
      loan.costResponsibility,
      moves,
      (municipality) => {
        const payer = this.municipalityPayers.get(municipality);
        return payer ? { payerId: payer.payer_id, because: JSON.parse(payer.ref) as EventRef } : null;
      },
    );
  }

  /**
   * Closing through `month`: the lines of every loan's periods started after `closedThrough` (in `month` itself at
   * the first close, which begins the books) and in or before
   * `month`, frozen. The loans this batch holds are taken as they stand; the rest are read page by page and their
   * lines written at once, so a first close after an import of years of loans does not hold them all in memory.
   */
  async freeze(closedThrough: string | null, month: string): Promise<void> {
    const { first } = monthBounds(closedThrough === null ? month : nextMonth(closedThrough));
    const until = monthBounds(month).last;
    const linesOf = (loan: Loan): LineRow[] =>
      chargesFrom(loan, first, until).map((charge) => chargeLine(loan, charge));
    for (const loan of [...this.loans.values()].sort((a, b) => (a.loanId < b.loanId ? -1 : 1)))
      for (const line of linesOf(loan)) this.addLine(line);
    let after = '';
    for (;;) {
      const page = (await this.trx
        .selectFrom(this.t('loans'))
        .selectAll()
        .where('loan_id', '>', after)
        .where('reversed', '=', 0)
        .where('delivered_on', '<=', until)
        .where((eb) => eb.or([eb('end_day', 'is', null), eb('end_day', '>=', first)]))
        .orderBy('loan_id')
        .limit(FREEZE_PAGE)
        .execute()) as LoanRow[];
      if (page.length === 0) return;
      after = page.at(-1)!.loan_id;
      const lines = page.filter((row) => !this.loans.has(row.loan_id)).flatMap((row) => linesOf(parseLoan(row)));
      // Written month by month, so a month's lines lie together and reading one month reads few pages.
      await upsertRows(this.trx, this.t('lines'), ['line_id'], lines.sort(byMonthAndPayer));
    }
  }

  async write(books: BooksRow): Promise<void> {
    const { trx, t } = this;
    await upsertRows(trx, t('books'), ['id'], [books]);
    await upsertRows(
      trx,
      t('articles'),
      ['article_no'],
      [...this.changedArticles].map((articleNo) => ({
        article_no: articleNo,
        facts: JSON.stringify(this.articles.get(articleNo)),
      })),
    );
    await upsertRows(
      trx,
      t('orders'),
      ['order_id'],
      [...this.changedOrders].map((orderId) => this.orders.get(orderId)!),
    );
    await upsertRows(
      trx,
      t('municipality_payers'),
      ['municipality'],
      [...this.changedMunicipalities].map((municipality) => this.municipalityPayers.get(municipality)!),
    );
    await upsertRows(trx, t('moves'), ['move_id'], this.newMoves);
    const changed = [...this.changed.values()];
    await upsertRows(trx, t('loans'), ['loan_id'], changed.map(loanRow));
    for (const part of chunk(
      changed.map((loan) => loan.loanId),
      MAX_PARAMETERS,
    ))
      await trx.deleteFrom(t('loan_payers')).where('loan_id', 'in', part).execute();
    const loanPayers: LoanPayerRow[] = changed
      .filter((loan) => !loan.reversed)
      .flatMap((loan) =>
        [...new Set(loan.kind === 'rent' ? loan.timeline.map((change) => change.payerId) : [loan.orderPayerId])].map(
          (payerId) => ({ loan_id: loan.loanId, payer_id: payerId }),
        ),
      );
    await upsertRows(trx, t('loan_payers'), ['loan_id', 'payer_id'], loanPayers);
    await upsertRows(trx, t('lines'), ['line_id'], this.newLines.sort(byMonthAndPayer));
  }
}

/** The projection with the default rent stop (`DEFAULT_RENT_STOP_WORKING_DAYS`). */
export const defaultBillingProjection = billingProjection();
