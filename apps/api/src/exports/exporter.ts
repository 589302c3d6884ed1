import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { AccessLog } from '../access-log/access-log.js';
import type { Accessor } from '../access-log/accessed-by.decorator.js';
import { todayInStockholm } from '../clock/clock.js';
import { Read, type ReadSources } from '../read-models/read.query.js';
import { CONTENT_TYPES, renderExport, type ExportFormat, type ExportTable } from './export-table.js';

/** Performs one read over the QueryBus; an export reads its rows a page at a time through it. */
export type Reader = <T>(perform: (sources: ReadSources) => Promise<T>) => Promise<T>;

/**
 * One export: its columns (and file name) for the query, its rows as pages read through `read`, and, when its rows
 * name persons, the access-log action and the person each row names.
 */
export type ExportDeclaration<Query, Row> = {
  table: (query: Query) => ExportTable<Row>;
  pages: (read: Reader, query: Query) => AsyncIterable<Row[]>;
  personReads?: { action: string; personIdOf: (row: Row) => string | null | undefined };
};

/** Pages of a keyset-paged read: `cursor` undefined first, then each page's `nextCursor` until there is none. */
export async function* pagesOf<Row>(
  readPage: (cursor: string | undefined) => Promise<{ items: Row[]; nextCursor?: string }>,
): AsyncIterable<Row[]> {
  let cursor: string | undefined;
  do {
    const page = await readPage(cursor);
    yield page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** Streams an export as CSV or XLSX; every person a page names is logged before that page is written. */
@Injectable()
export class Exporter {
  private readonly read: Reader;

  constructor(
    queries: QueryBus,
    @Inject(AccessLog) private readonly accessLog: AccessLog,
  ) {
    this.read = (perform) => queries.execute(new Read(perform));
  }

  /** Sends the headers and starts the stream once the first page is read and logged; the rest follows as read. */
  async send<Query, Row>(
    reply: FastifyReply,
    { format, accessor }: { format: ExportFormat; accessor: Accessor },
    declaration: ExportDeclaration<Query, Row>,
    query: Query,
  ): Promise<void> {
    const table = declaration.table(query);
    const pages = declaration.pages(this.read, query)[Symbol.asyncIterator]();
    const named = new Set<string>();
    const next = async (): Promise<IteratorResult<Row[]>> => {
      const page = await pages.next();
      if (!page.done && declaration.personReads)
        await this.logReads(accessor, declaration.personReads, page.value, named);
      return page;
    };
    // The first page before the headers: an unknown id or a log that cannot be written is still a Problem Details.
    const first = await next();
    // The next page is read and logged while this one is written: the log's commits overlap the sending.
    async function* rows(): AsyncIterable<Row> {
      let page = first;
      while (!page.done) {
        const following = next();
        following.catch(() => undefined);
        yield* page.value;
        page = await following;
      }
    }
    const fileName = `${table.fileName}-${todayInStockholm()}.${format}`;
    void reply
      .header('content-type', CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'no-store')
      .send(renderExport(format, table, rows()));
  }

  /** One entry per person per export, however many of their aids it lists: a batch per page. */
  private logReads<Row>(
    accessor: Accessor,
    { action, personIdOf }: NonNullable<ExportDeclaration<unknown, Row>['personReads']>,
    rows: Row[],
    named: Set<string>,
  ): Promise<void> {
    const fresh: string[] = [];
    for (const row of rows) {
      const personId = personIdOf(row);
      if (typeof personId !== 'string' || named.has(personId)) continue;
      named.add(personId);
      fresh.push(personId);
    }
    return this.accessLog.recordReads(accessor, action, fresh);
  }
}
