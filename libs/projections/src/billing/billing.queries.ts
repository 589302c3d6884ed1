import { monthBounds, payerOn, type EventRef } from '@aidledger/domain';
import type { ReadModelDb } from '../read-model-db.js';
import { tableName } from '../runtime/projection.js';
import { activePrefix } from '../runtime/projection-state.js';
import { toNumber } from '../runtime/rows.js';
import { chargeLineId, chargesFrom, parseLoan, type LineRow, type Loan, type LoanRow } from './billing.projection.js';

export type BillingLine = {
  lineId: string;
  kind: 'rent' | 'sale' | 'correction';
  /** null for consumables. */
  assetId: string | null;
  articleNo: string;
  /** The API turns it into `personRef`; never sent as is to a payer. */
  personId: string | null;
  payerId: string;
  /** YYYY-MM the line belongs to. */
  month: string;
  periodStart: string;
  periodEnd: string;
  /** Negative for a credit. */
  amountSek: number;
  /** Correction lines: the lineId corrected. */
  corrects: string | null;
  /** `{streamId, revision}` of the events behind the line. */
  because: EventRef[];
};

export type InvoiceBasis = { payerId: string; month: string; closed: boolean; lines: BillingLine[]; totalSek: number };

/** An aid out now and what it costs its payer. */
export type FleetItem = {
  assetId: string;
  articleNo: string;
  personId: string;
  deliveredOn: string;
  payerSince: string;
  monthlyRentSek: number;
};

const toLine = (row: LineRow): BillingLine => ({
  lineId: row.line_id,
  kind: row.kind,
  assetId: row.asset_id,
  articleNo: row.article_no,
  personId: row.person_id === '' ? null : row.person_id,
  payerId: row.payer_id,
  month: row.month,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  amountSek: toNumber(row.amount_sek),
  corrects: row.corrects,
  because: JSON.parse(row.because) as EventRef[],
});

const byPeriodThenId = (a: BillingLine, b: BillingLine): number =>
  a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : a.lineId < b.lineId ? -1 : 1;

const basis = (payerId: string, month: string, closed: boolean, lines: BillingLine[]): InvoiceBasis => {
  const sorted = lines.sort(byPeriodThenId);
  return { payerId, month, closed, lines: sorted, totalSek: sorted.reduce((sum, line) => sum + line.amountSek, 0) };
};

type Tables = { books: string; loans: string; loanPayers: string; lines: string };

const tablesOf = async (db: ReadModelDb): Promise<Tables | null> => {
  const prefix = await activePrefix(db, 'billing');
  if (!prefix) return null;
  return {
    books: tableName(prefix, 'books'),
    loans: tableName(prefix, 'loans'),
    loanPayers: tableName(prefix, 'loan_payers'),
    lines: tableName(prefix, 'lines'),
  };
};

/**
 * The books begin with `booksFrom`, the first month ever closed (earlier months were invoiced before aidledger,
 * by the system it replaced), and are closed through `closedThrough`; both null while no month is closed.
 */
export type Books = { booksFrom: string | null; closedThrough: string | null };

const booksOf = async (db: ReadModelDb, tables: Tables): Promise<Books> => {
  const row = (await db
    .selectFrom(tables.books)
    .select(['books_from', 'closed_through'])
    .where('id', '=', 'books')
    .executeTakeFirst()) as { books_from: string | null; closed_through: string | null } | undefined;
  return { booksFrom: row?.books_from ?? null, closedThrough: row?.closed_through ?? null };
};

export const billingMonths = async (db: ReadModelDb): Promise<Books> => {
  const tables = await tablesOf(db);
  return tables ? await booksOf(db, tables) : { booksFrom: null, closedThrough: null };
};

/** A month is closed once the books are closed through it; a month before the books began is too. */
export const isClosed = ({ closedThrough }: Books, month: string): boolean =>
  closedThrough !== null && month <= closedThrough;

/** The loans that may have a period starting in `month`, of one payer or all (not reversed). */
const loansIn = async (db: ReadModelDb, tables: Tables, month: string, payerId: string | null): Promise<Loan[]> => {
  const { first, last } = monthBounds(month);
  let query = db
    .selectFrom(tables.loans)
    .select('facts')
    .where('reversed', '=', 0)
    .where('delivered_on', '<=', last)
    .where((eb) => eb.or([eb('end_day', 'is', null), eb('end_day', '>=', first)]));
  if (payerId !== null)
    query = query.where(
      'loan_id',
      'in',
      db.selectFrom(tables.loanPayers).select('loan_id').where('payer_id', '=', payerId),
    );
  return ((await query.execute()) as Pick<LoanRow, 'facts'>[]).map(parseLoan);
};

/** The lines of open `month` computed from the loans: periods started in it on or before `until`. */
const computedLines = (loans: readonly Loan[], month: string, until: string, payerId: string | null): BillingLine[] => {
  const { first, last } = monthBounds(month);
  const through = until < last ? until : last;
  return loans.flatMap((loan) =>
    chargesFrom(loan, first, through)
      .filter((charge) => payerId === null || charge.payerId === payerId)
      .map((charge) => ({
        lineId: chargeLineId(loan, charge),
        kind: charge.kind,
        assetId: loan.assetId,
        articleNo: loan.articleNo,
        personId: loan.personId === '' ? null : loan.personId,
        payerId: charge.payerId,
        month,
        periodStart: charge.periodStart,
        periodEnd: charge.periodEnd,
        amountSek: charge.amountSek,
        corrects: null,
        because: charge.because,
      })),
  );
};

const storedLines = async (
  db: ReadModelDb,
  tables: Tables,
  month: string,
  payerId: string | null,
): Promise<BillingLine[]> => {
  let query = db.selectFrom(tables.lines).selectAll().where('month', '=', month);
  if (payerId !== null) query = query.where('payer_id', '=', payerId);
  return ((await query.execute()) as LineRow[]).map(toLine);
};

/**
 * A payer's invoice basis for a month. A closed month is read as frozen (its lines and the corrections written
 * into it); an open one is computed from the loans, with the periods started on or before `today`, plus the
 * corrections of closed months it holds as the first open month.
 */
export const invoiceBasis = async (
  db: ReadModelDb,
  q: { payerId: string; month: string; today: string },
): Promise<InvoiceBasis> => {
  const [found] = await basesOf(db, q.month, q.today, q.payerId);
  return found ?? basis(q.payerId, q.month, false, []);
};

/** Every payer's basis of one month at once (the benchmark figure, the finance screen's totals). */
export const invoiceBasisOfAll = async (
  db: ReadModelDb,
  q: { month: string; today: string },
): Promise<InvoiceBasis[]> => basesOf(db, q.month, q.today, null);

const basesOf = async (
  db: ReadModelDb,
  month: string,
  today: string,
  payerId: string | null,
): Promise<InvoiceBasis[]> => {
  const tables = await tablesOf(db);
  if (!tables) return payerId === null ? [] : [basis(payerId, month, false, [])];
  const books = await booksOf(db, tables);
  const closed = isClosed(books, month);
  // Before the books began there is nothing to charge: those months were invoiced before aidledger.
  const lines =
    books.booksFrom !== null && month < books.booksFrom ? [] : await storedLines(db, tables, month, payerId);
  if (!closed) lines.push(...computedLines(await loansIn(db, tables, month, payerId), month, today, payerId));
  const byPayer = new Map<string, BillingLine[]>();
  if (payerId !== null) byPayer.set(payerId, []);
  for (const line of lines) {
    const payerLines = byPayer.get(line.payerId) ?? [];
    payerLines.push(line);
    byPayer.set(line.payerId, payerLines);
  }
  return [...byPayer.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([payer, payerLines]) => basis(payer, month, closed, payerLines));
};

/**
 * The rent periods that will start in `month` for the payer's loans running on `today` (not returned by then),
 * if they still run then: a known rent stop counts. Corrections and sales are not forecast.
 */
export const rentForecast = async (
  db: ReadModelDb,
  q: { payerId: string; month: string; today: string },
): Promise<InvoiceBasis> => {
  const tables = await tablesOf(db);
  if (!tables) return basis(q.payerId, q.month, false, []);
  const running = (await loansIn(db, tables, q.month, q.payerId)).filter(
    (loan) =>
      loan.kind === 'rent' && loan.deliveredOn <= q.today && (loan.returnedOn === null || loan.returnedOn > q.today),
  );
  return basis(q.payerId, q.month, false, computedLines(running, q.month, monthBounds(q.month).last, q.payerId));
};

/** The aids out now whose responsible payer today is `payerId`, with the day it became so. */
export const payerFleet = async (db: ReadModelDb, q: { payerId: string; today: string }): Promise<FleetItem[]> => {
  const tables = await tablesOf(db);
  if (!tables) return [];
  const rows = (await db
    .selectFrom(tables.loans)
    .select('facts')
    .where('reversed', '=', 0)
    .where('kind', '=', 'rent')
    .where('delivered_on', '<=', q.today)
    .where('loan_id', 'in', db.selectFrom(tables.loanPayers).select('loan_id').where('payer_id', '=', q.payerId))
    .execute()) as Pick<LoanRow, 'facts'>[];
  return rows
    .map(parseLoan)
    .filter((loan) => loan.returnedOn === null || loan.returnedOn > q.today)
    .flatMap((loan): FleetItem[] => {
      const current = payerOn(loan.timeline, q.today);
      if (current.payerId !== q.payerId) return [];
      // Since the first of the changes in a row that kept this payer.
      let since = current.from;
      for (const change of [...loan.timeline].reverse())
        if (change.from <= current.from) {
          if (change.payerId !== q.payerId) break;
          since = change.from;
        }
      return [
        {
          assetId: loan.assetId!,
          articleNo: loan.articleNo,
          personId: loan.personId,
          deliveredOn: loan.deliveredOn,
          payerSince: since,
          monthlyRentSek: loan.amountSek,
        },
      ];
    })
    .sort((a, b) => (a.assetId < b.assetId ? -1 : a.assetId > b.assetId ? 1 : 0));
};
