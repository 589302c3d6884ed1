import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { DomainError } from '@aidledger/domain';
import {
  billingMonths,
  isClosed,
  findPayers,
  invoiceBasis,
  invoiceBasisOfAll,
  payerFleet,
  rentForecast,
  type BillingLine,
  type InvoiceBasis,
} from '@aidledger/projections';
import { AccessLog } from '../access-log/access-log.js';
import type { Accessor } from '../access-log/accessed-by.decorator.js';
import type { Principal } from '../auth/roles.js';
import { todayInStockholm } from '../clock/clock.js';
import { problem } from '../errors/problem-details.js';
import { ProblemException } from '../errors/problem-details.filter.js';
import { Read, type ReadSources } from '../read-models/read.query.js';
import type { BillingMonthDto, FleetDto, InvoiceBasisDto, InvoiceLineDto } from './billing.dto.js';
import { PersonRefs } from './person-ref.js';

export type PayerMonth = { payerId: string; month: string };

/** A line as it leaves the API, with the person it names kept beside it for the access log (never sent). */
export type NamedLine = InvoiceLineDto & { personId: string | null };

const sek = (amount: number): number => Math.round(amount * 100) / 100;

const personIdsOf = (rows: readonly { personId: string | null }[]): string[] =>
  rows.flatMap(({ personId }) => (personId === null ? [] : [personId]));

/**
 * The billing reads as the API answers them: a payer reads its own payer only, persons go out as `personRef`, and
 * every read that names persons records one access-log entry per person before it answers.
 */
@Injectable()
export class BillingReads {
  constructor(
    private readonly queries: QueryBus,
    private readonly personRefs: PersonRefs,
    @Inject(AccessLog) private readonly accessLog: AccessLog,
  ) {}

  async invoiceBasis(reader: Principal, accessor: Accessor, query: PayerMonth): Promise<InvoiceBasisDto> {
    const basis = await this.namedBasis(reader, query, (db, today) => invoiceBasis(db, { ...query, today }));
    return this.logged(accessor, 'billing.invoice-basis.read', basis);
  }

  async forecast(reader: Principal, accessor: Accessor, query: PayerMonth): Promise<InvoiceBasisDto> {
    const basis = await this.namedBasis(reader, query, (db, today) => rentForecast(db, { ...query, today }));
    return this.logged(accessor, 'billing.forecast.read', basis);
  }

  /** The lines of one basis for an export, which logs the persons itself, a page at a time. */
  async invoiceBasisLines(reader: Principal, query: PayerMonth): Promise<NamedLine[]> {
    return (await this.namedBasis(reader, query, (db, today) => invoiceBasis(db, { ...query, today }))).lines;
  }

  async fleet(reader: Principal, accessor: Accessor, { payerId }: { payerId: string }): Promise<FleetDto> {
    await this.requirePayer(reader, payerId);
    const items = await this.read(({ db }) => payerFleet(db, { payerId, today: todayInStockholm() }));
    const name = await this.personRefs.naming();
    await this.accessLog.recordReads(accessor, 'billing.fleet.read', personIdsOf(items));
    return { payerId, items: items.map(({ personId, ...item }) => ({ ...item, personRef: name(personId) })) };
  }

  /** Every payer's total of one month; names no person. */
  async month(month: string): Promise<BillingMonthDto> {
    const today = todayInStockholm();
    const [books, bases, { items: payers }] = await this.read(({ db }) =>
      Promise.all([billingMonths(db), invoiceBasisOfAll(db, { month, today }), findPayers(db)]),
    );
    const byPayer = new Map(bases.map((basis) => [basis.payerId, basis]));
    const names = new Map(payers.map(({ payerId, name }) => [payerId, name]));
    const payerIds = [...new Set([...names.keys(), ...byPayer.keys()])].sort();
    const rows = payerIds.map((payerId) => ({
      payerId,
      name: names.get(payerId) ?? payerId,
      lines: byPayer.get(payerId)?.lines.length ?? 0,
      totalSek: byPayer.get(payerId)?.totalSek ?? 0,
    }));
    return {
      month,
      closed: isClosed(books, month),
      closedThrough: books.closedThrough,
      booksFrom: books.booksFrom,
      payers: rows,
      totalSek: sek(rows.reduce((sum, row) => sum + row.totalSek, 0)),
    };
  }

  private read<T>(perform: (sources: ReadSources) => Promise<T>): Promise<T> {
    return this.queries.execute(new Read(perform));
  }

  /** A payer reads its own payer only (403 before anything is read); an unknown payer is 404. */
  private async requirePayer(reader: Principal, payerId: string): Promise<void> {
    if (reader.role === 'payer' && reader.payerId !== payerId)
      throw new ProblemException(
        problem(
          403,
          'AUTH.FORBIDDEN',
          "A payer reads its own invoice basis, forecast and fleet only, not another payer's",
        ),
      );
    const { items } = await this.read(({ db }) => findPayers(db));
    // The id is not repeated: it is whatever was typed into the query.
    if (!items.some((payer) => payer.payerId === payerId))
      throw new DomainError('PAYER.NOT_FOUND', 'No payer is registered with this payerId', 'not_found');
  }

  private async namedBasis(
    reader: Principal,
    { payerId }: PayerMonth,
    perform: (db: ReadSources['db'], today: string) => Promise<InvoiceBasis>,
  ): Promise<Omit<InvoiceBasisDto, 'lines'> & { lines: NamedLine[] }> {
    await this.requirePayer(reader, payerId);
    const { month, closed, lines, totalSek } = await this.read(({ db }) => perform(db, todayInStockholm()));
    const name = await this.personRefs.naming();
    return { payerId, month, closed, lines: lines.map((line) => namedLine(line, name)), totalSek };
  }

  private async logged(
    accessor: Accessor,
    action: string,
    { lines, ...basis }: Omit<InvoiceBasisDto, 'lines'> & { lines: NamedLine[] },
  ): Promise<InvoiceBasisDto> {
    await this.accessLog.recordReads(accessor, action, personIdsOf(lines));
    return { ...basis, lines: lines.map(({ personId: _personId, ...line }) => line) };
  }
}

const namedLine = (
  { lineId, kind, assetId, articleNo, personId, periodStart, periodEnd, amountSek, corrects, because }: BillingLine,
  name: (personId: string) => string,
): NamedLine => ({
  lineId,
  kind,
  assetId,
  articleNo,
  personRef: personId === null ? null : name(personId),
  personId,
  periodStart,
  periodEnd,
  amountSek,
  corrects,
  because: because.map(({ streamId, revision }) => ({ streamId, revision })),
});
